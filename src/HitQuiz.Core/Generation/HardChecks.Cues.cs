using HitQuiz.Questions;

namespace HitQuiz.Generation;

internal static partial class HardChecks
{
    public static string? R5_no_cue_gives_the_key_away(Candidate item)
    {
        if (ArticleCue().IsMatch(item.Stem.Replace("a(n) ", "", StringComparison.Ordinal)))
        {
            return "R5: an article before the blank or at the end of the stem leaks the key";
        }

        return item.Distractors.Count == 0 ? null : OptionCue(item);
    }

    private static string? OptionCue(Candidate item)
    {
        var options = item.Answers.Concat(item.Distractors).ToList();
        if (options.Any(o => AboveOption().IsMatch(o)))
        {
            return "R5: \"all/none of the above\" is not an option";
        }

        if (item.Distractors.Any(d => Absolute().IsMatch(d)) && !item.Answers.Any(a => Absolute().IsMatch(a)))
        {
            return "R5: an absolute word appears only in distractors";
        }

        var mean = item.Distractors.Average(d => d.Length);
        if (item.Kind != QuestionKind.NotListed && item.Key.Length > 12 && (item.Key.Length > mean * 1.8 || item.Key.Length < mean / 1.8))
        {
            return "R5: the key's length stands out";
        }

        if (item.Kind is not (QuestionKind.MultipleChoice or QuestionKind.MultipleResponse))
        {
            return null;
        }

        var stemStems = Words.ContentStems(item.Stem);
        var repeated = Words.ContentStems(item.Key).Where(w => w.Length >= 4 && stemStems.Contains(w)).ToList();
        if (repeated.Count == 0)
        {
            return null;
        }

        // Each distractor's stems worked out once, not once per repeated word.
        var distractorStems = item.Distractors.Select(Words.ContentStems).ToList();
        return repeated.Any(w => distractorStems.All(d => !d.Contains(w))) ? "R5: a stem word is repeated only in the key" : null;
    }

    public static string? R6_content_is_important(Candidate item, GenerationContext context)
    {
        if (context.IsBoilerplate(item.Evidence.Text))
        {
            return "R6: the evidence is boilerplate";
        }

        var isAcronym = item.Template.StartsWith("acronym", StringComparison.Ordinal) || item.Template.StartsWith("expansion", StringComparison.Ordinal);
        return !isAcronym && item.Answers.Any(context.IsTopic) ? "R6: the answer is the document's own topic" : null;
    }

    public static string? R7_options_and_stem_do_not_overlap(Candidate item)
    {
        var options = item.Answers.Concat(item.Distractors).ToList();
        if (item.Kind == QuestionKind.Cloze || item.Kind == QuestionKind.TrueFalse)
        {
            return item.Kind == QuestionKind.Cloze && item.Answers.Any(a => Words.ContainsPhrase(item.Stem, a) && a.Length > 3)
                ? "R7: the stem contains the key" : null;
        }

        // Each option normalised once, not once for every other option it is compared with, all into one buffer: the
        // stem first, then the options, each at its end.
        var size = item.Stem.Length + 2 + options.Sum(o => o.Length + 2);
        using var buffer = new CharBuffer(stackalloc char[512], size);
        var stem = Words.PadInto(item.Stem, buffer.Span);
        var ends = options.Count <= 32 ? stackalloc int[options.Count + 1] : new int[options.Count + 1];
        ends[0] = stem.Length;
        for (var i = 0; i < options.Count; i++)
        {
            ends[i + 1] = ends[i] + Words.PadInto(options[i], buffer.Span[ends[i]..]).Length;
        }

        var padded = buffer.Span;
        for (var o = 0; o < options.Count; o++)
        {
            for (var p = 0; p < options.Count; p++)
            {
                if (options[p] != options[o] && Words.ContainsPadded(padded[ends[p]..ends[p + 1]], padded[ends[o]..ends[o + 1]]))
                {
                    return "R7: one option is contained in another";
                }
            }
        }

        for (var o = 0; o < options.Count; o++)
        {
            if (Words.ContainsPadded(stem, padded[ends[o]..ends[o + 1]]))
            {
                return "R7: the stem contains an option";
            }
        }

        return null;
    }

    public static string? R8_evidence_is_in_the_cited_section(Candidate item, Sources.SourceDocument document)
    {
        var e = item.Evidence;
        if (e.FirstLine < 1 || e.LastLine > document.Lines.Count || e.FirstLine > e.LastLine)
        {
            return "R8: the cited lines are outside the document";
        }

        var section = document.SectionAt(e.FirstLine);
        using var buffer = new CharBuffer(stackalloc char[256], e.Text.Length);
        // The first 40 characters of the normalised evidence are enough to find it at its lines.
        var head = buffer.Span[..Words.Normalize(e.Text, buffer.Span, most: 40)];
        return section?.Title != e.Section ? "R8: the cited section does not contain the evidence"
            : !NormalizedLines.Of(document).Contain(e.FirstLine - 1, e.LastLine - e.FirstLine + 1, head) ? "R8: the evidence is not at the cited lines"
            : null;
    }

    private static bool NumberIn(string text, string key) =>
        QuantityReader.Read(key) is [{ } k] && QuantityReader.Read(text).Any(q => q.Value == k.Value);

    // The number a text states when it states exactly one.
    private static Quantity? OnlyNumber(string text) => QuantityReader.Read(text) is [{ } q] ? q : null;

    private static bool SameNumber(Quantity x, Quantity y) =>
        x.Value == y.Value || x.IsCompatibleWith(y) && y.Hedge is not null || y.IsCompatibleWith(x) && x.Hedge is not null;
}
