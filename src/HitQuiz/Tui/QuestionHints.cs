using HitQuiz.Questions;

namespace HitQuiz.Tui;

/// <summary>
/// The key hints of a question screen, by item kind, in practice and in an exam. An exam item's hints leave out
/// what the exam's own keys would push off an 80-column line (Backspace, Space, F1: the help lists them).
/// </summary>
internal static class QuestionHints
{
    private static readonly (string, string)[] ExamTail = [("←→", "Item"), ("Ctrl+F", "Flag"), ("Ctrl+S", "Submit"), ("Esc", "Grid")];

    public static IReadOnlyList<(string Key, string Action)> For(Question question, string matchingRange, bool exam)
    {
        var range = OptionKeys.Range(question);
        var manyOptions = question.Options.Count > 9;
        (string, string)[] answer = question.Kind switch
        {
            QuestionKind.Cloze or QuestionKind.Numerical when exam => [("Enter", "Answer")],
            QuestionKind.Cloze => [("type", "Answer"), ("Enter", "Submit")],
            QuestionKind.Numerical => [("type a number", "Answer"), ("Enter", "Submit")],
            QuestionKind.Matching when exam => [(matchingRange, "Match"), ("Enter", "Answer")],
            QuestionKind.Matching => [(matchingRange, "Match next"), ("Bksp", "Undo"), ("Enter", "Submit")],
            QuestionKind.MultipleResponse when exam => [(range, "Pick"), ("Enter", "Done")],
            QuestionKind.MultipleResponse when manyOptions => [(range, "Number"), ("Space", "Toggle"), ("Enter", "Submit")],
            QuestionKind.MultipleResponse => [(range, "Toggle"), ("Space", "Toggle"), ("Enter", "Submit")],
            _ when manyOptions && exam => [($"{range} Enter", "Choose")],
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
