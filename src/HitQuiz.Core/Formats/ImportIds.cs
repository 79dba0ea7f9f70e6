using System.Text;

namespace HitQuiz.Formats;

/// <summary>
/// Gives imported questions stable ids: the file stem, then the slug of the title when it has one not used yet,
/// else a hash of the stem, so re-importing an unchanged file gives the same ids.
/// </summary>
internal sealed class ImportIds(string file)
{
    private readonly string _prefix = Slug(StemOf(file)) is { Length: > 0 } slug ? slug : "imported";
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Next(string? title, string stem)
    {
        var id = title is not null && Slug(title) is { Length: > 0 } slug && !_used.Contains($"{_prefix}-{slug}")
            ? $"{_prefix}-{slug}"
            : $"{_prefix}-{Hash(stem)}";
        var unique = id;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    /// <summary>Lower-case letters and digits, anything else one "-": "HIT 0001!" → "hit-0001".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-', '.', '_');
        return slug.Length > 60 ? slug[..60].TrimEnd('-', '.', '_') : slug;
    }

    private static string StemOf(string file)
    {
        var name = file.Replace('\\', '/').Split('/')[^1];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    // FNV-1a over the normalised stem: stable across runs and platforms, unlike string.GetHashCode.
    private static string Hash(string stem)
    {
        var hash = 2166136261u;
        foreach (var c in Questions.AnswerChecker.NormaliseTyped(stem))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return "q" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
