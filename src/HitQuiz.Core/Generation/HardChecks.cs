using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// The eight automatic checks every generated item must pass (R1–R8 of the generation guide). Each returns a failure
/// message, or null when the item passes; <see cref="Check"/> returns all failures.
/// </summary>
internal static partial class HardChecks
{
    // A stem that leans on text it does not contain: it opens with a pronoun or a connective, ends on "here", or says
    // "this role". Three patterns rather than one alternation, so that the anchored ones are tried at one place only
    // and not at every character of the stem.
    [GeneratedRegex(@"^(?:this|these|that|those|they|it|its|it's|he|she|his|her|their|them|there)\b|^(?:moreover|however|also|too|additionally|furthermore|so|but|and|in this|in that|at this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnresolvedOpening();

    [GeneratedRegex(@"\bhere[.?]?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnresolvedEnding();

    [GeneratedRegex(@"\bthis (?:entity|environment|field|role|job|one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnresolvedReference();

    private static bool IsUnresolved(ReadOnlySpan<char> text) =>
        UnresolvedOpening().IsMatch(text) || UnresolvedEnding().IsMatch(text) || UnresolvedReference().IsMatch(text);

    [GeneratedRegex(@"^\w+:")]
    private static partial Regex FieldLike();

    [GeneratedRegex(@"\b(?:an?|the)\s*$|\ban?\s+____", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleCue();

    [GeneratedRegex(@"\b(?:all|none) of the above\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboveOption();

    [GeneratedRegex(@"\b(?:always|never|all|none|only|every|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absolute();

    // R1–R8 in order; each gives its failure message, or null when the item passes it.
    private static readonly Func<Candidate, GenerationContext, string?>[] Rules =
    [
        (item, _) => R1_stem_is_grammatical_and_self_contained(item),
        (item, _) => R2_key_is_in_the_evidence(item),
        (item, context) => R3_exactly_one_answer_is_correct(item, context.Report),
        (item, _) => R4_distractors_are_plausible(item),
        (item, _) => R5_no_cue_gives_the_key_away(item),
        (item, context) => R6_content_is_important(item, context),
        (item, _) => R7_options_and_stem_do_not_overlap(item),
        (item, context) => R8_evidence_is_in_the_cited_section(item, context.View.Document),
    ];

    /// <summary>Every rule the item breaks, in rule order.</summary>
    public static IReadOnlyList<string> Check(Candidate item, GenerationContext context) =>
        Rules.Select(rule => rule(item, context)).OfType<string>().ToList();

    /// <summary>True when the item breaks no rule; the rules after the first broken one are not run.</summary>
    public static bool Passes(Candidate item, GenerationContext context)
    {
        foreach (var rule in Rules)
        {
            if (rule(item, context) is not null)
            {
                return false;
            }
        }

        return true;
    }

    public static string? R1_stem_is_grammatical_and_self_contained(Candidate item)
    {
        var stem = item.Stem.Trim();
        var body = stem.StartsWith("Which figure completes the sentence? ", StringComparison.Ordinal) ? stem.AsSpan(37) : stem;
        // A line starting "Word:" would read as a field in a question file.
        if (body.Length < 12 || IsUnresolved(body.Trim('"')) || body.EndsWith(':') || FieldLike().IsMatch(stem))
        {
            return "R1: the stem is not self-contained";
        }

        var blanks = Blanks(stem);
        return item.Kind == QuestionKind.Cloze && blanks != 1 ? "R1: a cloze needs exactly one blank"
            : item.Kind != QuestionKind.Cloze && blanks > 1 ? "R1: more than one blank"
            : null;
    }

    // How many blanks the stem has: the occurrences of the marker, counted from the left without overlapping.
    private static int Blanks(string stem)
    {
        var count = 0;
        for (var at = stem.IndexOf(Blank.Marker, StringComparison.Ordinal); at >= 0; at = stem.IndexOf(Blank.Marker, at + Blank.Marker.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static string? R2_key_is_in_the_evidence(Candidate item)
    {
        var keys = item.Kind switch
        {
            QuestionKind.TrueFalse => [],
            QuestionKind.NotListed => item.Distractors,
            QuestionKind.Cloze => item.Answers.Take(1).ToList(),
            _ => item.Answers,
        };
        return item.Answers.Count == 0 ? "R2: the item has no key"
            : Words.CountPhrases(item.Evidence.Text, keys, NumberIn) == keys.Count ? null
            : "R2: the key does not occur in the cited evidence";
    }

    public static string? R3_exactly_one_answer_is_correct(Candidate item, ConsistencyReport report)
    {
        var expected = item.Kind == QuestionKind.MultipleResponse ? 2 : 1;
        if (item.Kind != QuestionKind.Cloze && item.Answers.Count != expected)
        {
            return $"R3: expected {expected} correct answer(s), found {item.Answers.Count}";
        }

        // An acronym's expansion does not depend on the other values its sentence states.
        var isAcronym = item.Template is "acronym-expansion" or "expansion-acronym";
        if (report.IsBannedEvidence(item.Evidence) && !isAcronym || item.Answers.Concat(item.Distractors).Any(BannedValues(item, report).Matches))
        {
            return "R3: the item depends on a conflicting value";
        }

        var trueValues = item.Kind == QuestionKind.NotListed ? [] : item.TrueValues.Concat(item.Kind == QuestionKind.Cloze ? [] : item.Answers);
        return AnyIsTrue(item.Distractors, trueValues) ? "R3: a distractor is true per the source"
            : item.Kind == QuestionKind.NotListed && CountInEvidence(item, item.Distractors.Concat(item.Answers)) != item.Distractors.Count
                ? "R3: the unlisted key is in the list"
                : null;
    }

    // A distractor is true when its normalised text is that of a true value, or both state the same number.
    private static bool AnyIsTrue(IReadOnlyList<string> distractors, IEnumerable<string> trueValues)
    {
        if (distractors.Count == 0)
        {
            return false;
        }

        // Each number read once: a distractor is compared with every true value of the item.
        var wrong = distractors.Select(d => (Text: Words.Normalize(d), Number: Words.HasDigit(d) ? OnlyNumber(d) : null)).ToArray();
        return trueValues.Any(t => IsAmong(t, wrong));
    }

    private static bool IsAmong(string trueValue, (string Text, Quantity? Number)[] wrong)
    {
        // Normalised on the stack: a list's members are the true values of every item drawn from it.
        using var pooled = new CharBuffer(stackalloc char[256], trueValue.Length);
        var text = pooled.Span[..Words.Normalize(trueValue, pooled.Span)];
        var hasDigit = Words.HasDigit(trueValue);
        // The true value's own number, read the first time a distractor states one.
        Quantity? own = null;
        var read = false;
        foreach (var d in wrong)
        {
            if (text.SequenceEqual(d.Text))
            {
                return true;
            }

            if (hasDigit && d.Number is { } y)
            {
                if (!read)
                {
                    (own, read) = (OnlyNumber(trueValue), true);
                }

                if (own is { } x && SameNumber(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int CountInEvidence(Candidate item, IEnumerable<string> options)
    {
        return Words.CountPhrases(item.Evidence.Text, options);
    }

    private static BannedValues BannedValues(Candidate item, ConsistencyReport report) => report.BannedValuesFor(item.Evidence);

    public static string? R4_distractors_are_plausible(Candidate item)
    {
        if (!item.Kind.HasOptions() || item.Kind == QuestionKind.TrueFalse)
        {
            return null;
        }

        var options = item.Answers.Concat(item.Distractors).ToList();
        var minimum = item.Kind == QuestionKind.MultipleResponse ? 4 : 3;
        if (options.Count < minimum || !Words.AllDistinct(options))
        {
            return $"R4: needs {minimum} distinct options, has {options.DistinctBy(Words.Normalize).Count()}";
        }

        var numeric = options.Count(OptionOrder.IsNumeric);
        var capital = options.Count(o => char.IsUpper(o.TrimStart('(', '"')[0]));
        return numeric != 0 && numeric != options.Count ? "R4: numbers mixed with text"
            : capital != 0 && capital != options.Count ? "R4: options differ in capitalisation"
            : null;
    }
}
