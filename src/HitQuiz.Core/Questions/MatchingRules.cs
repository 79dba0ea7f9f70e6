namespace HitQuiz.Questions;

/// <summary>The rules of the matching kind (pairs) and the numerical kind (accepted values) in <c>*.quiz.md</c> files.</summary>
internal static class MatchingRules
{
    public static (string, IReadOnlyList<string>, IReadOnlyList<string>) Build(QuestionDraft draft, string stem)
    {
        ChoiceRules.RejectOptions(draft);
        RejectAnswerField(draft, "matching pairs are written \"- left -> right\"");
        var pairs = draft.Pairs.Where(p => p.Left.Length > 0).ToList();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in draft.Pairs)
        {
            if (pair.Right.Length == 0)
            {
                draft.Error(pair.Line, $"{draft.Label} has a pair with no right item; write it after \"->\".");
            }
            else if (pair.Left.Length > 0 && !seen.TryAdd(pair.Left, pair.Line))
            {
                draft.Error(pair.Line, $"{draft.Label} repeats the left item \"{pair.Left}\" (also on line {seen[pair.Left]}).");
            }
        }

        if (pairs.Count < 2)
        {
            draft.Error(draft.Line, $"{draft.Label} has {pairs.Count} pair{(pairs.Count == 1 ? "" : "s")}; give at least 2, one per line like \"- left -> right\".");
        }

        return (stem, pairs.Select(p => p.Left).ToList(), pairs.Select(p => p.Right).ToList());
    }

    public static (string, IReadOnlyList<string>, IReadOnlyList<string>) BuildNumerical(QuestionDraft draft, string stem)
    {
        ChoiceRules.RejectOptions(draft);
        var field = draft.Fields.GetValueOrDefault(QuizFields.Answer);
        var answers = (field?.Value ?? "").Split('|').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (answers.Count == 0)
        {
            draft.Error(field?.Line ?? draft.Line, $"{draft.Label} needs the accepted values, like \"Answer: 1822\", \"Answer: 1822:2\" or \"Answer: 1..5\".");
        }

        foreach (var bad in answers.Where(a => NumericAnswer.Parse(a) is null))
        {
            draft.Error(field!.Line, $"{draft.Label}: \"{bad}\" is not a number, a number with a tolerance (\"1822:2\") or a range (\"1..5\").");
        }

        return (stem, [], answers);
    }

    public static void RejectPairs(QuestionDraft draft, QuestionKind kind)
    {
        if (kind != QuestionKind.Matching && draft.Pairs.Count > 0)
        {
            draft.Error(draft.Pairs[0].Line, $"{draft.Label} cannot have \"- left -> right\" pairs; they are for [match] questions.");
        }
    }

    private static void RejectAnswerField(QuestionDraft draft, string instead)
    {
        if (draft.Fields.TryGetValue(QuizFields.Answer, out var answer))
        {
            draft.Error(answer.Line, $"{draft.Label}: \"Answer:\" is not used here; {instead}.");
        }
    }
}
