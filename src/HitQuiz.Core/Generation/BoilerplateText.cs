using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Recognises page furniture that is not content: navigation, "Read more.", comment forms, sharing links and
/// sentences that point at something outside the text ("… here.").
/// </summary>
internal static partial class BoilerplateText
{
    [GeneratedRegex(@"^(?:read more|learn more|continue reading|leave a (?:reply|comment)|skip to (?:main )?content|skip navigation|home|print|share|menu|search|back to top|next|previous|email|e-mail|facebook|twitter|subscribe|sign in|log in|on this page|table of contents|contents|related|sources?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Furniture();

    // Page text in three patterns rather than one alternation, so that the anchored ones are tried at the start or
    // the end of the sentence only and not at every character.
    [GeneratedRegex(@"your email address will not be published|required fields are marked|\b(?:click|tap) here\b|cookies?\b.*\bpolicy|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex PageText();

    [GeneratedRegex(@"^we['’]ve provided|^last (?:modified|updated|reviewed)|^suggested citation|^copyright|^©", RegexOptions.IgnoreCase)]
    private static partial Regex PageTextOpening();

    [GeneratedRegex(@"\bhere\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageTextEnding();

    public static bool IsBoilerplate(string sentence)
    {
        var text = sentence.Trim();
        return text.Length == 0 || IsBreadcrumb(text) || Furniture().IsMatch(text)
            || PageTextOpening().IsMatch(text) || PageTextEnding().IsMatch(text) || PageText().IsMatch(text);
    }

    // "Home > Careers > Health": at least three parts between " > " separators (found left to right, as a split would).
    private static bool IsBreadcrumb(string text)
    {
        const string Separator = " > ";
        var first = text.IndexOf(Separator, StringComparison.Ordinal);
        return first >= 0 && text.IndexOf(Separator, first + Separator.Length, StringComparison.Ordinal) >= 0;
    }
}
