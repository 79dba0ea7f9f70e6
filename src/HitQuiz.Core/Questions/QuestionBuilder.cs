using System.Text.RegularExpressions;

namespace HitQuiz.Questions;

/// <summary>Applies the rules of a question's kind to a <see cref="QuestionDraft"/> and builds the question.</summary>
internal static partial class QuestionBuilder
{
    public const string Blank = "_____";

    public static Question? Build(QuestionDraft draft, string? defaultSource)
    {
        var stem = string.Join(" ", draft.Stem.Select(s => s.Value)).Trim();
        var status = ReadStatus(draft);
        var source = SourceField.Read(draft, defaultSource);
        if (draft.Kind is not QuestionKind kind || draft.Id is not string id)
        {
            return null;
        }

        if (stem.Length == 0)
        {
            draft.Error(draft.Line, $"{draft.Label} has no question text; write it on the lines under the \"##\" line.");
        }

        var (finalStem, options, answers) = kind switch
        {
            QuestionKind.Cloze => BuildCloze(draft, stem),
            QuestionKind.TrueFalse => BuildTrueFalse(draft, stem),
            QuestionKind.Numerical => MatchingRules.BuildNumerical(draft, stem),
            QuestionKind.Matching => MatchingRules.Build(draft, stem),
            _ => ChoiceRules.Build(draft, kind, stem),
        };
        MatchingRules.RejectPairs(draft, kind);
        WarnAboutCues(draft, kind, finalStem);
        return new Question(id, kind, finalStem, options, answers)
        {
            Choices = kind == QuestionKind.Matching ? MatchingChoices.Order(answers.Concat(draft.Pairs.Select(p => p.Right))) : [],
            Topic = draft.Fields.GetValueOrDefault(QuizFields.Topic)?.Value,
            Source = source,
            Explanation = draft.Explanation,
            Status = status,
            Origin = new FileLocation(draft.File, draft.Line),
        };
    }

    private static QuestionStatus ReadStatus(QuestionDraft draft)
    {
        if (!draft.Fields.TryGetValue(QuizFields.Status, out var field))
        {
            return QuestionStatus.Ok;
        }

        if (Enum.TryParse<QuestionStatus>(field.Value, ignoreCase: true, out var status) && field.Value.All(char.IsLetter))
        {
            return status;
        }

        draft.Error(field.Line, $"unknown status \"{field.Value}\"; use ok, draft or rejected.");
        return QuestionStatus.Ok;
    }

    private static (string, IReadOnlyList<string>, IReadOnlyList<string>) BuildTrueFalse(QuestionDraft draft, string stem)
    {
        ChoiceRules.RejectOptions(draft);
        var field = draft.Fields.GetValueOrDefault(QuizFields.Answer);
        var answer = field?.Value.ToLowerInvariant() switch
        {
            "true" => "True",
            "false" => "False",
            _ => null,
        };
        if (answer is null)
        {
            draft.Error(field?.Line ?? draft.Line, $"{draft.Label} needs \"Answer: true\" or \"Answer: false\".");
        }

        return (stem, ["True", "False"], answer is null ? [] : [answer]);
    }

    private static (string, IReadOnlyList<string>, IReadOnlyList<string>) BuildCloze(QuestionDraft draft, string stem)
    {
        ChoiceRules.RejectOptions(draft);
        var blanks = BlankPattern().Matches(stem);
        if (blanks.Count == 0)
        {
            draft.Error(draft.Line, $"{draft.Label} has no blank; mark the answer in the question text like [[answer]].");
            return (stem, [], []);
        }

        if (blanks.Count > 1)
        {
            draft.Error(draft.Line, $"{draft.Label} has {blanks.Count} blanks; a cloze question has exactly one [[…]].");
        }

        var answers = SplitAnswers(blanks[0].Groups["answers"].Value);
        if (answers.Count == 0)
        {
            draft.Error(draft.Line, $"{draft.Label} has an empty blank; write the answer inside, like [[billing]].");
        }

        if (draft.Fields.TryGetValue(QuizFields.Answer, out var extra))
        {
            answers.AddRange(SplitAnswers(extra.Value).Where(a => !answers.Contains(a, StringComparer.OrdinalIgnoreCase)));
        }

        var shown = string.Concat(stem.AsSpan(0, blanks[0].Index), Blank, stem.AsSpan(blanks[0].Index + blanks[0].Length));
        return (shown, [], answers);
    }

    private static List<string> SplitAnswers(string text) =>
        [.. text.Split('|').Select(a => a.Trim()).Where(a => a.Length > 0)];

    private static void WarnAboutCues(QuestionDraft draft, QuestionKind kind, string stem)
    {
        if (kind != QuestionKind.Cloze && BlankPattern().IsMatch(stem))
        {
            draft.Error(draft.Line, $"{draft.Label} has a [[…]] blank; blanks are only for [cloze] questions.");
        }

        // The last word, read in place: the stem is not split into words for it.
        var words = stem.AsSpan().TrimEnd(" ?:.");
        var lastWord = words[(words.LastIndexOf(' ') + 1)..];
        if (kind.HasOptions() && kind != QuestionKind.TrueFalse
            && (lastWord.Equals("a", StringComparison.OrdinalIgnoreCase) || lastWord.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            draft.Warning(draft.Stem[^1].Line, $"{draft.Label} ends its question with \"{lastWord}\"; the article can give the answer away.");
        }
    }

    [GeneratedRegex(@"\[\[(?<answers>.*?)\]\]")]
    private static partial Regex BlankPattern();
}
