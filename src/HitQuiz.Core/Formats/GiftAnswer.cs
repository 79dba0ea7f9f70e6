using System.Globalization;
using System.Text.RegularExpressions;

namespace HitQuiz.Formats;

/// <summary>
/// One answer of a GIFT answer block: its mark ('=' right, '~' wrong), its weight in percent (100 for '=', 0 for
/// '~' unless "%50%" says otherwise), its unescaped text and feedback, and the raw text for "->" splitting.
/// </summary>
internal sealed partial record GiftAnswer(char Mark, double Weight, string Raw, string? Feedback, bool HasWeight)
{
    /// <summary>True when the item is in [html] format, so the answer's tags and entities are HTML too.</summary>
    public bool Html { get; init; }

    /// <summary>The raw text with its weight, if any ("%50%Bonn").</summary>
    public string Weighted { get; init; } = Raw;

    public string Text => ImportText.Plain(GiftText.Unescape(Raw), Html);

    /// <summary>
    /// The answer as Moodle reads it in a choice or matching block, where only "~" answers have a weight: a "="
    /// answer is right, and a "%50%" it starts with is part of its text.
    /// </summary>
    public GiftAnswer AsChoice() =>
        Mark == '=' && HasWeight ? this with { Weight = 100, Raw = Weighted, HasWeight = false } : this;

    /// <summary>Splits a block body ("=a#why ~%50%b") at unescaped '=' and '~'; null when it does not start with one.</summary>
    public static List<GiftAnswer>? Split(string body, bool html = false)
    {
        var text = body.Trim();
        if (text.Length == 0 || text[0] is not ('=' or '~'))
        {
            return null;
        }

        var answers = new List<GiftAnswer>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] is '=' or '~' && !Escaped(text, i)))
            {
                answers.Add(Read(text[start], text[(start + 1)..i]) with { Html = html });
                start = i;
            }
        }

        return answers;
    }

    private static GiftAnswer Read(char mark, string content)
    {
        var hash = GiftText.Find(content, "#");
        var feedback = hash < 0 ? null : ImportText.Plain(GiftText.Unescape(content[(hash + 1)..]), html: false);
        var raw = (hash < 0 ? content : content[..hash]).Trim();
        var weight = WeightPattern().Match(raw);
        var percent = weight.Success ? double.Parse(weight.Groups["w"].Value, CultureInfo.InvariantCulture) : mark == '=' ? 100.0 : 0.0;
        return new GiftAnswer(mark, percent, raw[weight.Length..].Trim(), feedback is { Length: > 0 } ? feedback : null, weight.Success) { Weighted = raw };
    }

    private static bool Escaped(string text, int i)
    {
        var slashes = 0;
        for (var j = i - 1; j >= 0 && text[j] == '\\'; j--)
        {
            slashes++;
        }

        return slashes % 2 == 1;
    }

    // ASCII digits only, as Moodle reads a weight: \d also matches other scripts' digits, which double.Parse refuses.
    [GeneratedRegex(@"^%(?<w>-?[0-9]{1,3}(?:\.[0-9]+)?)%")]
    private static partial Regex WeightPattern();
}
