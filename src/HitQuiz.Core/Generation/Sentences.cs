namespace HitQuiz.Generation;

/// <summary>
/// Splits text into sentences, keeping abbreviations ("U.S.", "e.g.", "Dr.") and initials inside their sentence.
/// Returns each sentence with its start offset so a line number can be computed.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "st", "no", "inc", "ltd", "jr", "sr", "approx", "dept", "fig", "u.s", "u.k",
    };

    public static IEnumerable<(string Text, int Start)> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || !EndsSentence(text, i))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or ')')
            {
                end++;
            }

            if (Piece(text, start, end) is { } piece)
            {
                yield return piece;
            }

            start = end;
        }

        if (Piece(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static (string, int)? Piece(string text, int start, int end)
    {
        var raw = text[start..end];
        var trimmed = raw.TrimStart();
        var offset = start + raw.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd();
        return trimmed.Length == 0 ? null : (trimmed, offset);
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        var after = next;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after < text.Length && char.IsLower(text[after]))
        {
            return false;
        }

        return text[i] != '.' || !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        var word = text[begin..dot];
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
