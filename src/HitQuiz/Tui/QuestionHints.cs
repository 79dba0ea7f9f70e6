using HitQuiz.Questions;

namespace HitQuiz.Tui;

/// <summary>The key hints of a question screen, by item kind, in practice and in an exam.</summary>
internal static class QuestionHints
{
    private static readonly (string, string)[] ExamTail = [("←→", "Prev/next"), ("Ctrl+F", "Flag"), ("Ctrl+S", "Submit"), ("Esc", "Grid"), ("F1", "Help")];

    public static IReadOnlyList<(string Key, string Action)> For(Question question, string matchingRange, bool exam)
    {
        var range = OptionKeys.Range(question);
        var manyOptions = question.Options.Count > 9;
        (string, string)[] answer = question.Kind switch
        {
            QuestionKind.Cloze or QuestionKind.Numerical when exam => [("Enter", "Answer")],
            QuestionKind.Cloze => [("type", "Answer"), ("Enter", "Submit")],
            QuestionKind.Numerical => [("type a number", "Answer"), ("Enter", "Submit")],
            QuestionKind.Matching => [(matchingRange, "Match next"), ("Bksp", "Undo"), ("Enter", exam ? "Answer" : "Submit")],
            QuestionKind.MultipleResponse when manyOptions => [(range, "Number"), ("Space", "Toggle"), ("Enter", "Submit")],
            QuestionKind.MultipleResponse => [(range, "Toggle"), ("Space", "Toggle"), ("Enter", "Submit")],
            _ when manyOptions => [(range, "Number"), ("Enter", "Choose")],
            _ when exam => [(range, "Answer")],
            _ => [(range, "Answer"), ("↑↓", "Move"), ("Enter", "Choose")],
        };
        if (exam)
        {
            return [.. answer, .. ExamTail];
        }

        (string, string) end = question.Kind.IsTyped() || question.Kind == QuestionKind.Matching ? ("Esc", "End") : ("Q", "End");
        return [.. answer, ("F1", "Help"), end];
    }
}
