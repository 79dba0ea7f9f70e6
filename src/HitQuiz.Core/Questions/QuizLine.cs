using System.Text.RegularExpressions;

namespace HitQuiz.Questions;

/// <summary>What one line of a <c>*.quiz.md</c> file is, decided from its shape alone.</summary>
internal enum QuizLineKind
{
    Blank,
    Title,
    Heading,
    Option,
    BadOption,
    Pair,
    Field,
    Text,
}

/// <summary>One classified line: the field name or option mark where the shape has one, and the value.</summary>
internal sealed partial record QuizLine(QuizLineKind Kind, string Value, string? Name = null, bool Marked = false)
{
    /// <summary>The right item of a matching pair line ("- left -> right"); <see cref="Value"/> is the left item.</summary>
    public string Right { get; init; } = "";

    /// <summary>The whole line, trimmed: used when a field-shaped line turns out to be text.</summary>
    public string Raw { get; init; } = Value;

    public static QuizLine Classify(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return new(QuizLineKind.Blank, "");
        }

        if (text.StartsWith("##", StringComparison.Ordinal))
        {
            return new(QuizLineKind.Heading, text[2..].Trim());
        }

        if (text.StartsWith("# ", StringComparison.Ordinal) || text == "#")
        {
            return new(QuizLineKind.Title, text.TrimStart('#').Trim());
        }

        return text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("* ", StringComparison.Ordinal) || text is "-" or "*"
            ? ClassifyOption(text)
            : ClassifyField(text);
    }

    private static QuizLine ClassifyOption(string text)
    {
        var match = OptionPattern().Match(text);
        if (match.Success)
        {
            return new(QuizLineKind.Option, match.Groups["text"].Value.Trim(), Marked: match.Groups["mark"].Value.Length > 0);
        }

        var pair = PairPattern().Match(text);
        return pair.Success
            ? new(QuizLineKind.Pair, pair.Groups["left"].Value.Trim()) { Right = pair.Groups["right"].Value.Trim() }
            : new(QuizLineKind.BadOption, text);
    }

    private static QuizLine ClassifyField(string text)
    {
        var match = FieldPattern().Match(text);
        return match.Success
            ? new(QuizLineKind.Field, match.Groups["value"].Value.Trim(), match.Groups["name"].Value) { Raw = text }
            : new(QuizLineKind.Text, text);
    }

    // "- [x] text", "- [ ] text", "- [] text"; a star bullet works too, as in Markdown.
    [GeneratedRegex(@"^[-*]\s*\[(?<mark>[xX]?)\s*\](?<text>.*)$")]
    private static partial Regex OptionPattern();

    // "- left -> right" pairs a matching question's left item with its right item; "- -> extra" adds a distractor.
    [GeneratedRegex(@"^[-*]\s+(?<left>.*?)\s*->\s*(?<right>.*)$")]
    private static partial Regex PairPattern();

    // One or two words then a colon and a space (or the end): "Source: …", "Source file: …". A colon inside a
    // sentence ("True or false: …") has more words before it, and "http://" has no space after the colon.
    [GeneratedRegex(@"^(?<name>[A-Za-z]+(?: [a-z]+)?):(?:\s+(?<value>.*))?$")]
    private static partial Regex FieldPattern();
}
