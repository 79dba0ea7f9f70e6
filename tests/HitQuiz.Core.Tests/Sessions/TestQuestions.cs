using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Sessions;

internal static class TestQuestions
{
    public static Question Mc(string id, string section = "Section A") =>
        new(id, QuestionKind.MultipleChoice, $"Stem of {id}?", ["Right", "Wrong 1", "Wrong 2", "Wrong 3"], ["Right"])
        {
            Source = new SourceReference("sources/doc.txt", section),
        };

    public static Question Multi(string id) =>
        new(id, QuestionKind.MultipleResponse, "Choose two.", ["A", "B", "C", "D"], ["B", "D"]);

    public static Question Cloze(string id) =>
        new(id, QuestionKind.Cloze, "A technician may handle billing and _____.", [], ["transcription", "medical transcription"]);

    public static Question TrueFalse(string id, bool key) =>
        new(id, QuestionKind.TrueFalse, "HITs must be licensed by their state.", ["True", "False"], [key ? "True" : "False"]);
}
