using System.Runtime.CompilerServices;

namespace HitQuiz.Generation;

/// <summary>Word-level text helpers: normalised comparison, crude stems and content words.</summary>
internal static class Words
{
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "and", "or", "on", "in", "to", "by", "with", "at", "as", "is", "are", "was", "were", "be",
        "it", "its", "this", "that", "these", "those", "from", "per", "u.s", "us", "which", "what", "who", "their", "they", "than",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopSpans = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower case, punctuation other than $ % and / dropped, whitespace collapsed, curly apostrophes straightened.</summary>
    public static string Normalize(string text)
    {
        using var pooled = new CharBuffer(stackalloc char[256], text.Length);
        var buffer = pooled.Span;
        return new string(buffer[..Normalize(text, buffer)]);
    }

    /// <summary>
    /// <see cref="Normalize(string)"/> written into <paramref name="into"/> (at least as long as the text); returns its
    /// length. With <paramref name="most"/>, only that many characters of it are worked out: the normalised text is
    /// written left to right and never revised, so they are its first characters.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> into, int most = int.MaxValue)
    {
        // Every kept character is written once and a space only in place of a dropped one, so the text's length is enough.
        var length = 0;
        var space = false;
        foreach (var raw in text)
        {
            if (length >= most)
            {
                break;
            }

            var c = Kept(raw);
            if (c != NotKept)
            {
                if (space && length > 0)
                {
                    into[length++] = ' ';
                }

                into[length++] = c;
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return Math.Min(length, most);
    }

    // What Kept gives for a character the normalised text drops.
    private const char NotKept = '\0';

    // A character as the normalised text keeps it (lower case, a curly apostrophe straightened), or NotKept. Called
    // for every character the generator normalises, so inlined: ASCII, most of any English source, is one look-up in
    // a table of constant data (no static constructor to check, no call); other characters take the general path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Kept(char raw)
    {
        if (raw < 0x80)
        {
            return (char)AsciiKept[raw];
        }

        var c = raw == '’' ? '\'' : char.ToLowerInvariant(raw);
        return IsKeptSlow(c) ? c : NotKept;
    }

    private static bool IsKeptSlow(char c) => char.IsLetterOrDigit(c) || c is '$' or '%' or '\'' or '/';

    // Kept for each ASCII character: letters in lower case, digits, $ % ' and /; 0 for the rest.
    private static ReadOnlySpan<byte> AsciiKept =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, (byte)'$', (byte)'%', 0, (byte)'\'', 0, 0, 0, 0, 0, 0, 0, (byte)'/',
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    /// <summary>The words of the normalised text (a hyphen, like any dropped character, separates words).</summary>
    public static string[] Tokens(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A crude stem that makes "education"/"educational" and "salary"/"salaries" meet.</summary>
    public static string Stem(string word)
    {
        var w = word.TrimEnd('\'').ToLowerInvariant();
        if (w.Length > 3 && w.EndsWith('s'))
        {
            w = w[..^1];
        }

        return w.Length > 5 ? w[..5] : w;
    }

    /// <summary>The stems of the words of a text that are neither stop words nor contain a digit (the words of <see cref="Tokens"/>).</summary>
    public static HashSet<string> ContentStems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        ForEachContentStem(text, stems.GetAlternateLookup<ReadOnlySpan<char>>(), static (stem, set) => set.Add(stem));
        return stems;
    }

    /// <summary>What to do with each content stem; the stem is valid only during the call.</summary>
    public delegate void StemAction<in TState>(ReadOnlySpan<char> stem, TState state);

    /// <summary>
    /// Calls <paramref name="action"/> with each content stem of the text, in order, repeats included, without making a
    /// string of any (see <see cref="ContentStems"/>).
    /// </summary>
    public static void ForEachContentStem<TState>(string text, TState state, StemAction<TState> action)
    {
        using var pooled = new CharBuffer(stackalloc char[256], text.Length);
        var buffer = pooled.Span;
        var length = 0;
        foreach (var raw in text)
        {
            var c = Kept(raw);
            if (c != NotKept)
            {
                buffer[length++] = c;
                continue;
            }

            StemOf(buffer[..length], state, action);
            length = 0;
        }

        StemOf(buffer[..length], state, action);
    }

    // Stem's rule on a word already folded to lower case.
    private static void StemOf<TState>(ReadOnlySpan<char> word, TState state, StemAction<TState> action)
    {
        if (word.Length == 0 || StopSpans.Contains(word) || HasDigit(word))
        {
            return;
        }

        var w = word.TrimEnd('\'');
        if (w.Length > 3 && w[^1] == 's')
        {
            w = w[..^1];
        }

        action(w.Length > 5 ? w[..5] : w, state);
    }

    /// <summary>True when the text has a (Unicode) decimal digit.</summary>
    public static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsStopWord(string word) => Stop.Contains(word);

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopSpans.Contains(word);

    /// <summary>True when <paramref name="needle"/> occurs in <paramref name="haystack"/> as whole words, ignoring case and punctuation.</summary>
    public static bool ContainsPhrase(string haystack, string needle)
    {
        // Both padded on the stack when short: every key of every candidate is looked for in its evidence.
        using var h = new CharBuffer(stackalloc char[256], haystack.Length + 2);
        using var n = new CharBuffer(stackalloc char[256], needle.Length + 2);
        return ContainsPadded(PadInto(haystack, h.Span), PadInto(needle, n.Span));
    }

    /// <summary>
    /// How many of the needles <see cref="ContainsPhrase"/> finds in <paramref name="haystack"/>, which is normalised
    /// once for all of them; with <paramref name="orElse"/>, a needle it does not find may still count.
    /// </summary>
    public static int CountPhrases(string haystack, IEnumerable<string> needles, Func<string, string, bool>? orElse = null)
    {
        using var h = new CharBuffer(stackalloc char[256], haystack.Length + 2);
        var padded = PadInto(haystack, h.Span);
        Span<char> shortNeedle = stackalloc char[256];
        var count = 0;
        foreach (var needle in needles)
        {
            using var n = new CharBuffer(shortNeedle, needle.Length + 2);
            if (ContainsPadded(padded, PadInto(needle, n.Span)) || orElse?.Invoke(haystack, needle) == true)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary><see cref="Padded"/>'s text written into the buffer (at least two longer than the text).</summary>
    public static ReadOnlySpan<char> PadInto(string text, Span<char> buffer)
    {
        var length = Normalize(text, buffer[1..]);
        buffer[0] = ' ';
        buffer[length + 1] = ' ';
        return buffer[..(length + 2)];
    }

    /// <summary>The normalised text between two spaces (" a b "), to find phrases as whole words with <see cref="ContainsPadded"/>.</summary>
    public static string Padded(string text)
    {
        using var buffer = new CharBuffer(stackalloc char[256], text.Length + 2);
        return new string(PadInto(text, buffer.Span));
    }

    /// <summary><see cref="ContainsPhrase"/> on texts already <see cref="Padded"/>; a needle without words is never contained.</summary>
    public static bool ContainsPadded(string haystack, string needle) => ContainsPadded(haystack.AsSpan(), needle);

    /// <inheritdoc cref="ContainsPadded(string, string)"/>
    public static bool ContainsPadded(ReadOnlySpan<char> haystack, ReadOnlySpan<char> needle) => needle.Length > 2 && haystack.Contains(needle, StringComparison.Ordinal);

    public static bool SameText(string a, string b) => Normalize(a) == Normalize(b);

    /// <summary>True when no two of the texts are the same once normalised (what <c>DistinctBy(Normalize)</c> counts).</summary>
    public static bool AllDistinct(IReadOnlyList<string> texts)
    {
        // All normalised into one buffer, each after the one before, and compared in place.
        var size = 0;
        foreach (var text in texts)
        {
            size += text.Length;
        }

        using var buffer = new CharBuffer(stackalloc char[512], size);
        var ends = texts.Count <= 32 ? stackalloc int[texts.Count + 1] : new int[texts.Count + 1];
        var normalized = buffer.Span;
        for (var i = 0; i < texts.Count; i++)
        {
            ends[i + 1] = ends[i] + Normalize(texts[i], normalized[ends[i]..]);
            for (var j = 0; j < i; j++)
            {
                if (normalized[ends[i]..ends[i + 1]].SequenceEqual(normalized[ends[j]..ends[j + 1]]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Decapitalize(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
