namespace HitQuiz.Questions;

/// <summary>The option rules of the choice kinds (mc, multi, not), and the no-options rule of tf and cloze.</summary>
internal static class ChoiceRules
{
    public static (string, IReadOnlyList<string>, IReadOnlyList<string>) Build(QuestionDraft draft, QuestionKind kind, string stem)
    {
        if (draft.Fields.TryGetValue(QuizFields.Answer, out var answer))
        {
            draft.Error(answer.Line, $"{draft.Label}: \"Answer:\" is for [tf] and [cloze] questions; mark the correct options with [x].");
        }

        CheckOptionTexts(draft);
        if (draft.Options.Count < 2)
        {
            var count = draft.Options.Count == 1 ? "1 option" : "no options";
            draft.Error(draft.Line, $"{draft.Label} has {count}; give at least 2, one per line like \"- [ ] text\".");
        }
        else
        {
            CheckKeys(draft, kind);
        }

        var options = draft.Options.Select(o => o.Text).ToList();
        var keys = draft.Options.Where(o => o.Marked).Select(o => o.Text).ToList();
        return (stem, options, keys);
    }

    public static void RejectOptions(QuestionDraft draft)
    {
        if (draft.Options.Count > 0)
        {
            var instead = draft.Kind switch
            {
                QuestionKind.TrueFalse => "write \"Answer: true\" or \"Answer: false\"",
                QuestionKind.Numerical => "write the accepted values like \"Answer: 1822:2\"",
                QuestionKind.Matching => "write pairs like \"- left -> right\"",
                _ => "mark the answer in the text like [[answer]]",
            };
            draft.Error(draft.Options[0].Line, $"{draft.Label} cannot have options; {instead}.");
        }
    }

    private static void CheckOptionTexts(QuestionDraft draft)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in draft.Options)
        {
            if (option.Text.Length == 0)
            {
                draft.Error(option.Line, $"{draft.Label} has an empty option; write its text after the box.");
            }
            else if (seen.TryGetValue(option.Text, out var first))
            {
                draft.Error(option.Line, $"{draft.Label} repeats the option \"{option.Text}\" (also on line {first}).");
            }
            else
            {
                seen[option.Text] = option.Line;
            }
        }
    }

    private static void CheckKeys(QuestionDraft draft, QuestionKind kind)
    {
        var keys = draft.Options.Where(o => o.Marked).ToList();
        switch (kind)
        {
            case QuestionKind.MultipleChoice when keys.Count == 0:
                draft.Error(draft.Line, $"{draft.Label} has no option marked [x]; mark the correct answer.");
                break;
            case QuestionKind.MultipleChoice when keys.Count > 1:
                draft.Error(keys[1].Line, $"{draft.Label} has {keys.Count} options marked [x]; use [multi] when more than one answer is correct.");
                break;
            case QuestionKind.MultipleResponse when keys.Count < 2:
                draft.Error(keys.Count == 0 ? draft.Line : keys[0].Line,
                    $"{draft.Label} has {keys.Count} option{(keys.Count == 1 ? "" : "s")} marked [x]; a [multi] question needs at least 2 (use [mc] for one).");
                break;
            case QuestionKind.MultipleResponse when keys.Count == draft.Options.Count:
                draft.Error(draft.Line, $"{draft.Label} has every option marked [x]; leave at least one wrong option.");
                break;
            case QuestionKind.NotListed when keys.Count != 1:
                draft.Error(keys.Count == 0 ? draft.Line : keys[1].Line,
                    $"{draft.Label} needs exactly one option marked [x], the one that is NOT listed; found {keys.Count}.");
                break;
            default:
                break;
        }
    }
}
