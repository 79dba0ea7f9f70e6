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

/// <summary>
/// One classified line: the field name or option mark where the shape has one, and the value. A value, not an object:
/// a large bank has more than a million lines, each classified once and read once.
/// </summary>
internal readonly record struct QuizLine(QuizLineKind Kind, string Value, string? Name = null, bool Marked = false)
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

    // "- [x] text", "- [ ] text", "- [] text" (a star bullet works too, as in Markdown); else "- left -> right", which
    // pairs a matching question's left item with its right item ("- -> extra" adds a distractor). Read by hand as the
    // patterns ^[-*]\s*\[(?<mark>[xX]?)\s*\](?<text>.*)$ and ^[-*]\s+(?<left>.*?)\s*->\s*(?<right>.*)$ would read the
    // line (it has no line break), each part trimmed.
    private static QuizLine ClassifyOption(string text)
    {
        var afterBullet = text.AsSpan(1);
        var box = afterBullet.TrimStart();
        if (box.StartsWith('['))
        {
            var marked = box.Length > 1 && box[1] is 'x' or 'X';
            var inside = box[(marked ? 2 : 1)..].TrimStart();
            if (inside.StartsWith(']'))
            {
                return new(QuizLineKind.Option, inside[1..].Trim().ToString(), Marked: marked);
            }
        }

        var arrow = box.IndexOf("->", StringComparison.Ordinal);
        return box.Length < afterBullet.Length && arrow >= 0
            ? new(QuizLineKind.Pair, box[..arrow].Trim().ToString()) { Right = box[(arrow + 2)..].Trim().ToString() }
            : new(QuizLineKind.BadOption, text);
    }

    // One or two words then a colon and a space (or the end): "Source: …", "Source file: …". A colon inside a
    // sentence ("True or false: …") has more words before it, and "http://" has no space after the colon. Read by hand,
    // as the pattern ^(?<name>[A-Za-z]+(?: [a-z]+)?):(?:\s+(?<value>.*))?$ would read the line (it has no line break):
    // most lines of a file come here, stems and explanations as well as fields.
    private static QuizLine ClassifyField(string text)
    {
        var colon = FieldNameEnd(text);
        var rest = colon < 0 ? default : text.AsSpan(colon + 1);
        return colon < 0 || !rest.IsEmpty && !char.IsWhiteSpace(rest[0])
            ? new(QuizLineKind.Text, text)
            : new(QuizLineKind.Field, rest.Trim().ToString(), NameOf(text.AsSpan(0, colon))) { Raw = text };
    }

    // A field name as written: one of the format's own names spelled exactly is that name's string, not a new one.
    private static string NameOf(ReadOnlySpan<char> name)
    {
        foreach (var known in QuizFields.Names)
        {
            if (name.SequenceEqual(known))
            {
                return known;
            }
        }

        return name.SequenceEqual(QuizFields.SourceFile) ? QuizFields.SourceFile : name.ToString();
    }

    // Where the colon after a field name is: one word of ASCII letters, or that and a lower-case word; -1 when none.
    private static int FieldNameEnd(string text)
    {
        var at = 0;
        while (at < text.Length && char.IsAsciiLetter(text[at]))
        {
            at++;
        }

        if (at == 0 || at == text.Length)
        {
            return -1;
        }

        if (text[at] == ':')
        {
            return at;
        }

        if (text[at] != ' ')
        {
            return -1;
        }

        var second = at + 1;
        while (second < text.Length && char.IsAsciiLetterLower(text[second]))
        {
            second++;
        }

        return second > at + 1 && second < text.Length && text[second] == ':' ? second : -1;
    }
}
