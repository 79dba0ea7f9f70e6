using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>Splits prose into sentences with punctuation rules and an abbreviation list.</summary>
public static partial class SentenceSplitter
{
    // Words whose period never ends a sentence: titles and prefixes are always followed by more of the sentence.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "cf", "fig", "approx", "e.g", "i.e", "u.s", "u.k", "u.n", "ph.d",
    };

    // Words whose period ends a sentence only when a capitalised word follows ("etc. The next" splits, "etc. and" does not).
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalSpans = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var bounds = new List<(int Start, int Length)>();
        Bounds(text, bounds);
        return bounds.ConvertAll(b => new Sentence(text.Substring(b.Start, b.Length), b.Start, b.Length));
    }

    /// <summary>True when the text is a single sentence (as <see cref="Split"/> reads it).</summary>
    public static bool IsOneSentence(string text)
    {
        var bounds = new List<(int Start, int Length)>(2);
        Bounds(text, bounds);
        return bounds.Count == 1;
    }

    /// <summary>
    /// Where each sentence of the text starts and how long it is (trimmed), in order, added to <paramref name="into"/>:
    /// what <see cref="Split"/> finds, without copying the sentences out of the text.
    /// </summary>
    public static void Bounds(string text, List<(int Start, int Length)> into)
    {
        var start = 0;
        foreach (var end in Terminator().EnumerateMatches(text))
        {
            var stop = end.Index + end.Length;
            if (stop < text.Length && IsAbbreviation(text, end.Index, stop))
            {
                continue;
            }

            Add(into, text, start, stop);
            start = stop;
        }

        Add(into, text, start, text.Length);
    }

    private static bool IsAbbreviation(string text, int period, int next)
    {
        if (text[period] != '.')
        {
            return false;
        }

        var word = WordBefore(text, period);
        var following = WordAfter(text, next);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "J. Smith"
        }

        if (NeverFinalSpans.Contains(word) || DottedAcronym().IsMatch(word))
        {
            return true;
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase) && following.Length > 0 && char.IsDigit(following[0]))
        {
            return true; // "No. 5"
        }

        return AbbreviationSpans.Contains(word) && (following.Length == 0 || !char.IsUpper(following[0]));
    }

    // Every period of every paragraph is judged here: the words are looked at in place, not copied.
    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        var i = period;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }

        return text.AsSpan(i, period - i);
    }

    private static ReadOnlySpan<char> WordAfter(string text, int next)
    {
        var i = next;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return text.AsSpan(i, j - i).TrimStart("\"'“‘(");
    }

    private static void Add(List<(int Start, int Length)> sentences, string text, int start, int stop)
    {
        var from = start;
        while (from < stop && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        var to = stop;
        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            sentences.Add((from, to - from));
        }
    }

    // A run of end punctuation, any closing quotes or brackets, then whitespace (a period inside "3.5" is not followed by space).
    [GeneratedRegex(@"[.!?]+[""'”’)\]]*(?=\s)")]
    private static partial Regex Terminator();

    [GeneratedRegex(@"^([A-Za-z]\.)+[A-Za-z]$")]
    private static partial Regex DottedAcronym();
}
