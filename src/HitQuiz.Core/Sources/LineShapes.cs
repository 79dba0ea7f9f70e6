using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>Shape tests on the lines of a plain-text document: bullets, headings, key/value tables.</summary>
internal static partial class LineShapes
{
    public static bool IsBlank(string[] lines, int i) => i < 0 || i >= lines.Length || lines[i].AsSpan().Trim().IsEmpty;

    public static bool IsIsolated(string[] lines, int i) => IsBlank(lines, i - 1) && IsBlank(lines, i + 1);

    public static bool IsShort(string line) => line.Length <= 80 && WordCount(line) <= 12;

    public static bool TryBullet(string line, out string item)
    {
        // Every line of a document is tested: a line whose first character cannot start a bullet is turned down
        // without running the pattern.
        if (!MayBeBullet(line))
        {
            item = "";
            return false;
        }

        var match = Bullet().Match(line);
        item = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success && item.Length > 0;
    }

    /// <summary>
    /// A heading is a short line on its own (blank line before; blank line, end of text or key/value rows after)
    /// that starts with a capital and reads as a title, not a sentence: no end punctuation and no sentence break
    /// inside. Sentence case counts ("Health information technician job description"); a list lead-in ending
    /// with ':' does not. <paramref name="tableEnd"/> is the last table row's index, or <paramref name="i"/>.
    /// </summary>
    public static bool IsHeading(string[] lines, int i, out int tableEnd)
    {
        tableEnd = i;
        var line = lines[i].Trim();
        if (!IsBlank(lines, i - 1) || !ReadsAsTitle(line))
        {
            return false;
        }

        if (IsBlank(lines, i + 1))
        {
            return true;
        }

        var end = i + 1;
        while (!IsBlank(lines, end + 1))
        {
            end++;
        }

        var rows = lines[(i + 1)..(end + 1)];
        if (!rows.All(r => !TryBullet(r, out _) && TableRowSplitter.TrySplit(r, out _, out _) && IsShort(r.Trim())))
        {
            return false;
        }

        tableEnd = end;
        return true;
    }

    private static bool ReadsAsTitle(string line) =>
        IsShort(line)
        && (char.IsUpper(line[0]) || char.IsDigit(line[0]))
        && !".,;:!".Contains(line[^1], StringComparison.Ordinal)
        && !TryBullet(line, out _)
        && SentenceSplitter.IsOneSentence(line)
        && (!Boilerplate.IsBoilerplate(line) || Boilerplate.StartsBoilerplateSection(line));

    // The words of a line split at spaces (runs of spaces count once).
    private static int WordCount(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' '))
            {
                count++;
            }
        }

        return count;
    }

    // The pattern below starts with optional whitespace and then a bullet sign or a digit, neither of them whitespace.
    internal static bool MayBeBullet(string line)
    {
        var text = line.AsSpan().TrimStart();
        return text.Length > 0 && (BulletSigns.Contains(text[0]) || char.IsDigit(text[0]));
    }

    private const string BulletSigns = "•-*–·▪◦";

    [GeneratedRegex(@"^\s*([•\-*–·▪◦]|\d{1,3}[.)])\s+(?<text>.*)$")]
    internal static partial Regex Bullet();
}
