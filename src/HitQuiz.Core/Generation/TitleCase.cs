namespace HitQuiz.Generation;

/// <summary>Title case for names shown as options, so every option of an item has the same capitalisation.</summary>
internal static class TitleCase
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "on", "the", "in", "to", "a", "an", "at", "by" };

    public static string Apply(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = i > 0 && Minor.Contains(words[i]) ? words[i].ToLowerInvariant() : Words.Capitalize(words[i]);
        }

        return string.Join(' ', words);
    }
}
