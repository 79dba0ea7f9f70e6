using System.Text.RegularExpressions;

namespace HitQuiz.Sources;

/// <summary>
/// Splits one line of a key/value table ("Median Salary $39,340 per annum") into its key and value. Web pages
/// lose the table's cell boundaries when copied as text, so the boundary is inferred from where a value can start.
/// </summary>
public static partial class TableRowSplitter
{
    // Words that start a value in career-profile tables whose keys are Title Case (BLS "Quick Facts" and similar):
    // a capitalised word there cannot mark the boundary, so these few known value words do.
    private static readonly HashSet<string> ValueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "None", "No", "Yes", "Postsecondary", "Bachelor's", "Associate's", "Master's", "Doctoral", "Certificate",
        "Certificate/Diploma", "Diploma", "High", "Some", "Less", "Short-term", "Moderate-term", "Long-term",
        "Internship/residency", "See",
    };

    public static bool TrySplit(string line, out string key, out string value)
    {
        var text = line.Trim();
        if (TrySplitAt(text, ExplicitSeparator().Match(text), out key, out value))
        {
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = ValueStart(words);
        if (at is null)
        {
            key = value = "";
            return false;
        }

        key = string.Join(' ', words[..at.Value]).TrimEnd(':');
        value = string.Join(' ', words[at.Value..]);
        return key.Length > 0;
    }

    private static bool TrySplitAt(string text, Match separator, out string key, out string value)
    {
        key = value = "";
        if (!separator.Success)
        {
            return false;
        }

        key = text[..separator.Index].Trim();
        value = text[(separator.Index + separator.Length)..].Trim();
        return key.Length > 0 && value.Length > 0 && key.Split(' ').Length <= 8;
    }

    // The first word (after the first) that can only belong to a value: a number, an amount or a known value word;
    // failing that, a capitalised word after a sentence-case key ("Primary employers Hospitals").
    private static int? ValueStart(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (!IsYearInKey(words, i) && (Numeric().IsMatch(words[i]) || ValueWords.Contains(words[i].TrimEnd(','))))
            {
                return i;
            }
        }

        for (var i = 2; i < words.Length; i++)
        {
            if (char.IsUpper(words[i][0]) && words[1..i].All(w => char.IsLower(w[0])))
            {
                return i;
            }
        }

        return null;
    }

    // "Number of Jobs, 2022 186,400": a year right after a comma qualifies the key.
    private static bool IsYearInKey(string[] words, int i) =>
        words[i - 1].EndsWith(',') && Year().IsMatch(words[i]) && i + 1 < words.Length;

    [GeneratedRegex(@"\t+|\s+\|\s+|:\s+")]
    private static partial Regex ExplicitSeparator();

    [GeneratedRegex(@"^[+\-−~≈]?[$€£]?\d")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^\d{4}(-\d{2,4})?$")]
    private static partial Regex Year();
}
