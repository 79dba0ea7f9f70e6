using HitQuiz.Questions;

namespace HitQuiz.Cli;

/// <summary>
/// Reads a typed answer line in plain mode: a number or letter ("2", "b"), several for multiple response
/// ("1,3", "a c", "AC"), true/false words for true/false, any text for cloze, a number for numerical, and one
/// choice letter per left item for matching ("BAC" or "b a c"). Returns null when the line is not an answer, so
/// the question is asked again.
/// </summary>
internal static class PlainAnswerParser
{
    public static Response? Parse(Question question, string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        switch (question.Kind)
        {
            case QuestionKind.Cloze:
                return Response.Typed(text);
            case QuestionKind.Numerical:
                return AnswerChecker.TypedNumber(text) is not null ? Response.Typed(text) : null;
            case QuestionKind.Matching:
                return Matching(question, text);
            default:
                break;
        }

        if (question.Kind == QuestionKind.TrueFalse && TrueFalseIndex(text) is int tf)
        {
            return Response.Choice(tf);
        }

        var picks = Picks(text, question.Options.Count);
        if (picks is null || picks.Count == 0)
        {
            return null;
        }

        var single = question.Kind != QuestionKind.MultipleResponse;
        return single && picks.Count != 1 ? null : Response.Choice([.. picks]);
    }

    public static string Prompt(Question question)
    {
        var count = question.Options.Count;
        var letters = count <= 4 ? $" or A-{(char)('A' + count - 1)}" : "";
        return question.Kind switch
        {
            QuestionKind.Cloze => "Type your answer:",
            QuestionKind.Numerical => "Type a number:",
            QuestionKind.Matching => $"A letter (A-{AnswerKey.Letter(question.Choices.Count - 1)}) for each of 1-{question.Options.Count}, in order (e.g. \"{Example(question)}\"):",
            QuestionKind.MultipleResponse => $"Choose {question.Answers.Count} (e.g. 1,3):",
            QuestionKind.TrueFalse => "Answer (1 True, 2 False, or T/F):",
            _ => $"Answer (1-{count}{letters}):",
        };
    }

    private static Response? Matching(Question question, string text)
    {
        var letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != ','));
        var picks = letters.Select(c => char.ToLowerInvariant(c) - 'a').ToArray();
        var valid = picks.Length == question.Options.Count && picks.All(p => p >= 0 && p < question.Choices.Count);
        return valid ? Response.Choice(picks) : null;
    }

    private static string Example(Question question) =>
        string.Concat(Enumerable.Range(0, question.Options.Count).Select(i => AnswerKey.Letter(i % Math.Max(1, question.Choices.Count))));

    private static int? TrueFalseIndex(string text) => text.ToLowerInvariant() switch
    {
        "t" or "true" => 0,
        "f" or "false" => 1,
        _ => null,
    };

    private static List<int>? Picks(string text, int count)
    {
        var tokens = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 1 && count <= 4 && tokens[0].All(char.IsLetter) && tokens[0].Length > 1)
        {
            tokens = tokens[0].Select(c => c.ToString()).ToArray();
        }

        var picks = new List<int>();
        foreach (var token in tokens)
        {
            var index = Index(token, count);
            if (index is null)
            {
                return null;
            }

            picks.Add(index.Value);
        }

        return picks.Distinct().ToList();
    }

    private static int? Index(string token, int count)
    {
        var index = int.TryParse(token, out var n) ? n - 1
            : token.Length == 1 && char.IsLetter(token[0]) && count <= 4 ? char.ToLowerInvariant(token[0]) - 'a'
            : -1;
        return index >= 0 && index < count ? index : null;
    }
}
