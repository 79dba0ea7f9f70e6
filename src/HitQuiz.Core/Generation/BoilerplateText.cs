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

    [GeneratedRegex(@"your email address will not be published|required fields are marked|\b(?:click|tap) here\b|\bhere\.?$|^we['’]ve provided|^last (?:modified|updated|reviewed)|^suggested citation|^copyright|^©|cookies?\b.*\bpolicy|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex PageText();

    public static bool IsBoilerplate(string sentence)
    {
        var text = sentence.Trim();
        var isBreadcrumb = text.Split(" > ").Length >= 3;
        return text.Length == 0 || isBreadcrumb || Furniture().IsMatch(text) || PageText().IsMatch(text);
    }
}
