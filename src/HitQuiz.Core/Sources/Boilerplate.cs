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

    public static bool IsBoilerplate(string sentence)
    {
        var s = Normalise(sentence);
        return s.Length == 0 || Exact.Contains(s) || Pattern().IsMatch(s);
    }

    /// <summary>True for a heading such as "Leave a Reply" that starts a section made only of boilerplate.</summary>
    public static bool StartsBoilerplateSection(string heading) => SectionStarts.Contains(Normalise(heading));

    /// <summary>
    /// The text without its boilerplate sentences; empty when every sentence is boilerplate.
    /// </summary>
    public static string Strip(string text)
    {
        var kept = SentenceSplitter.Split(text).Where(s => !IsBoilerplate(s.Text)).Select(s => s.Text);
        return string.Join(' ', kept);
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

    private static string Normalise(string sentence)
    {
        var s = Whitespace().Replace(sentence.Trim(), " ").ToLowerInvariant()
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        return s.TrimEnd('.', '!', ':', '…', ' ').TrimStart('«', '»', '›', '‹', ' ');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(
        @"^(your email address will not be published|we've provided a list of .* here$|last (modified|updated)( date)?\b|" +
        @"suggested citation\b|posted (in|on|by)\b|filed under\b|copyright\b|©|click here\b|subscribe\b|sign up for\b|" +
        @"(this|our) (web)?site uses cookies|we use cookies|.*\bcookie (policy|settings|preferences)\b|by continuing to use)")]
    private static partial Regex Pattern();
}
