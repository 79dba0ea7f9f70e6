namespace HitQuiz.Questions;

/// <summary>The field names a question may have in a <c>*.quiz.md</c> file, and spelling suggestions for typos.</summary>
public static class QuizFields
{
    public const string Status = "Status";
    public const string Topic = "Topic";
    public const string Source = "Source";
    public const string Evidence = "Evidence";
    public const string Why = "Why";
    public const string Answer = "Answer";

    /// <summary>The header naming the file's default source document.</summary>
    public const string SourceFile = "Source file";

    public static IReadOnlyList<string> Names { get; } = [Status, Topic, Source, Evidence, Why, Answer];

    /// <summary>The known name spelled as given (any case), or null.</summary>
    public static string? Find(string name)
    {
        // Asked for every field line of a bank: a plain loop over the six names.
        foreach (var known in Names)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>The closest candidate within a small edit distance, or null when nothing is close.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var lower = name.ToLowerInvariant();
        var best = candidates
            .Select(c => (Name: c, Distance: EditDistance(lower, c.ToLowerInvariant())))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        // Short names tolerate one edit, longer ones two: "Wy" is close to "Why", "Answr" to "Answer".
        var allowed = name.Length <= 4 ? 1 : 2;
        return best.Name is not null && best.Distance <= allowed ? best.Name : null;
    }

    /// <summary>Levenshtein distance (insert, delete, substitute).</summary>
    public static int EditDistance(string a, string b) => HitQuiz.EditDistance.Between(a, b);

    public static string UnknownFieldMessage(string name, IEnumerable<string> candidates)
    {
        var suggestion = Suggest(name, candidates);
        return suggestion is null
            ? $"unknown field \"{name}:\"; a question's fields are {string.Join(", ", Names.Select(n => n + ":"))}"
            : $"unknown field \"{name}:\"; did you mean \"{suggestion}:\"?";
    }
}
