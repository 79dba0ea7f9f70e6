namespace HitQuiz.Tests.Fuzzing;

/// <summary>Makes broken variants of a valid file: lines dropped, doubled, swapped, cut, or salted with syntax.</summary>
internal static class Mutator
{
    private static readonly string[] Salt =
    [
        "[", "]", "[[", "]]", "[x]", "- [ ]", "- [x]", "## ", "# ", ":", "Source:", "Answer:", "Why:", "<!--", "-->",
        "\t", "\u00a0", "\u2019", "\uFEFF", "|", "•", "  • ", "```", "> ", "* ", "1. ", "{", "}", "=", "~", "#", "\r", "\0",
        "## Q-1 [mc]", "## Q-1 [multi]", "## X [cloze]", "Source file: ../../etc/passwd", "Source: Job Outlook, line 99999999999", "Source: Job Outlook, line \u0663", ", line \uFF18",
    ];

    public static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 8); edits > 0 && lines.Count > 0; edits--)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: (lines[at], lines[^1]) = (lines[^1], lines[at]); break;
                case 3: lines[at] = lines[at][..random.Next(lines[at].Length + 1)]; break;
                case 4: lines.Insert(at, Salt[random.Next(Salt.Length)]); break;
                default: lines[at] = Insert(lines[at], Salt[random.Next(Salt.Length)], random); break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Insert(string line, string salt, Random random) => line.Insert(random.Next(line.Length + 1), salt);
}
