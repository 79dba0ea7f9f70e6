using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>
/// Recognises web-page furniture copied along with an article (navigation, "Read more.", comment forms, cookie
/// notices) so that no question is ever built from it.
/// </summary>
public static partial class Boilerplate
{
    // Whole sentences that are only page furniture (compared lower-case, straight quotes, no final punctuation).
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal)
    {
        "read more", "continue reading", "skip to content", "skip to main content", "home", "menu", "search", "share",
        "share this", "share this article", "print", "print this page", "email", "tweet", "pin it", "back to top",
        "leave a reply", "leave a comment", "comments", "related articles", "related posts", "you may also like",
        "cancel reply", "post comment", "required fields are marked *", "all rights reserved", "accept", "accept all",
    };

    // Section headings after which everything is page furniture.
    private static readonly HashSet<string> SectionStarts = new(StringComparer.Ordinal)
    {
        "leave a reply", "leave a comment", "comments", "related articles", "related posts", "you may also like",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactSpans = Exact.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SectionStartSpans = SectionStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every sentence of every source is tested, and almost none is boilerplate: the test normalises into a buffer
    // (on the stack for a sentence of ordinary length) and allocates nothing.
    private const int StackLimit = 256;

    public static bool IsBoilerplate(string sentence) => IsBoilerplate(sentence.AsSpan());

    /// <inheritdoc cref="IsBoilerplate(string)"/>
    public static bool IsBoilerplate(ReadOnlySpan<char> sentence)
    {
        using var buffer = new CharBuffer(stackalloc char[2 * StackLimit], 2 * sentence.Length);
        var s = Normalise(sentence, buffer.Span);
        return s.Length == 0 || ExactSpans.Contains(s) || Pattern().IsMatch(s)
            || s.Contains("cookie ", StringComparison.Ordinal) && CookieNotice().IsMatch(s);
    }

    /// <summary>True for a heading such as "Leave a Reply" that starts a section made only of boilerplate.</summary>
    public static bool StartsBoilerplateSection(string heading)
    {
        using var buffer = new CharBuffer(stackalloc char[2 * StackLimit], 2 * heading.Length);
        return SectionStartSpans.Contains(Normalise(heading, buffer.Span));
    }

    /// <summary>
    /// The text without its boilerplate sentences; empty when every sentence is boilerplate.
    /// </summary>
    public static string Strip(string text)
    {
        // Every paragraph of every source comes through here: its sentences are judged in place, not copied out, and
        // their bounds go into a list each thread reuses.
        var sentences = t_sentences ??= [];
        sentences.Clear();
        SentenceSplitter.Bounds(text, sentences);
        // Most paragraphs keep every sentence, one space apart: the text is then its own result, and is not copied.
        var first = sentences.FindIndex(s => IsBoilerplate(text.AsSpan(s.Start, s.Length)));
        if (first < 0 && IsJoinedBySpaces(text, sentences))
        {
            return text;
        }

        var kept = sentences.Where((s, i) => first < 0 || i < first || i > first && !IsBoilerplate(text.AsSpan(s.Start, s.Length)));
        return string.Join(' ', kept.Select(s => text.Substring(s.Start, s.Length)));
    }

    [ThreadStatic]
    private static List<(int Start, int Length)>? t_sentences;

    // True when the text is exactly the sentences joined by single spaces.
    private static bool IsJoinedBySpaces(string text, List<(int Start, int Length)> sentences)
    {
        var at = 0;
        foreach (var (start, length) in sentences)
        {
            if (at > 0 && (at >= text.Length || text[at++] != ' ') || start != at)
            {
                return false;
            }

            at += length;
        }

        return at == text.Length;
    }

    /// <summary>
    /// The block with boilerplate sentences removed from its text, or re-kinded <see cref="BlockKind.Boilerplate"/>
    /// (text kept) when nothing else is left. Table rows and headings are judged as a whole.
    /// </summary>
    public static Block Apply(Block block)
    {
        if (block.Kind is BlockKind.Boilerplate)
        {
            return block;
        }

        if (block.Kind is BlockKind.TableRow or BlockKind.Heading or BlockKind.Title or BlockKind.Caption)
        {
            return IsBoilerplate(block.Text) && block.Text.Length > 0 ? block with { Kind = BlockKind.Boilerplate } : block;
        }

        var kept = Strip(block.Text);
        return kept.Length == 0 ? block with { Kind = BlockKind.Boilerplate } : block with { Text = kept };
    }

    // Lower case, whitespace runs as one space, curly quotes straightened, without final punctuation or leading
    // guillemets. The buffer holds twice the sentence: the spaced text, then its lower-case copy.
    private static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> sentence, Span<char> buffer)
    {
        var spaced = buffer[..sentence.Length];
        var length = 0;
        var inSpace = false;
        foreach (var c in sentence.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                spaced[length++] = ' ';
                inSpace = false;
            }

            spaced[length++] = c switch { '’' or '‘' => '\'', '“' or '”' => '"', _ => c };
        }

        var lower = buffer[sentence.Length..][..length];
        // Most text is ASCII, which is lowered a vector at a time; anything else takes the general path.
        if (Ascii.ToLower(spaced[..length], lower, out _) != OperationStatus.Done)
        {
            spaced[..length].ToLowerInvariant(lower);
        }

        return ((ReadOnlySpan<char>)lower).TrimEnd(".!:… ").TrimStart("«»›‹ ");
    }

    [GeneratedRegex(
        @"^(your email address will not be published|we've provided a list of .* here$|last (modified|updated)( date)?\b|" +
        @"suggested citation\b|posted (in|on|by)\b|filed under\b|copyright\b|©|click here\b|subscribe\b|sign up for\b|" +
        @"(this|our) (web)?site uses cookies|we use cookies|by continuing to use)")]
    private static partial Regex Pattern();

    // A cookie notice may name its policy anywhere; tested apart, only in text that mentions cookies, so that every
    // other sentence is turned down by its first letters.
    [GeneratedRegex(@"\bcookie (policy|settings|preferences)\b")]
    private static partial Regex CookieNotice();
}
