using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Questions over key/value table rows: numeric choice, typed answer and true/false; yes/no rows as true/false. A value
/// from a table with more than two columns is asked about by its column ("the fee for amendment"), with what the cell
/// says after its number kept after the blank ("the deadline for copy of record is _____ days").
/// </summary>
internal static partial class TableTemplates
{
    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingNote();

    public static IEnumerable<Candidate> Create(GenerationContext context) =>
        InOrder.SelectMany(context.AskableFacts.Where(f => f.Kind == FactKind.TableRow).ToList(), row => For(context, row));

    private static IEnumerable<Candidate> For(GenerationContext context, Fact row)
    {
        var where = $"In \"{row.Evidence.Section}\"";
        var key = LowerTitleCase(row.Subject);
        var value = TrailingNote().Replace(row.Value, "");
        var candidates = row.Quantity is { } q
            ? Numeric(context, row, q, where, key)
            : Categorical(row, value, where, key);
        // A two-column row's text runs its key and value together ("Primary employers Hospitals"); the explanation
        // tells them apart. A wider table's row is quoted whole: its cells are read by their column.
        var said = row.Column is null ? $"The source's table \"{row.Evidence.Section}\" gives \"{row.Subject}\" as \"{row.Value}\"." : null;
        return candidates.Select(candidate => candidate with { Priority = candidate.Priority + 100, Said = said });
    }

    // "Job Growth (2010-2020)" reads as "job growth (2010-2020)" inside a sentence; acronyms keep their capitals.
    private static string LowerTitleCase(string key) =>
        string.Join(' ', key.Split(' ').Select(w => w.Length > 1 && char.IsUpper(w[0]) && !w.Skip(1).Any(char.IsUpper) ? char.ToLowerInvariant(w[0]) + w[1..] : w));

    private static IEnumerable<Candidate> Numeric(GenerationContext context, Fact row, Quantity q, string where, string key)
    {
        var figure = row.Column is null ? $"the figure given for {key}" : $"the {key}";
        var rest = row.Column is null ? "" : TrailingNote().Replace(row.Value[(q.Start + q.Length)..], "").TrimEnd();
        rest = rest.StartsWith(' ') ? rest : "";
        var seed = StableId.Seed(new FactKey(row));
        var related = context.Report.Related(row.Evidence, q);
        var trueValues = related.Select(o => o.Text).Append(q.Bare).ToList();
        var wrong = Distractors.Numeric(q, seed, context.QuantitiesIn(row.Evidence, q.Unit), related, context.Report.BannedValuesFor(row.Evidence));
        yield return new Candidate("table-mc", row, QuestionKind.MultipleChoice,
            row.Column is null ? $"{where}, which figure is given for {key}?" : $"{where}, what is {figure}?", [q.Bare], row.Evidence)
        { Distractors = wrong, TrueValues = trueValues, Priority = 10 };
        yield return new Candidate("table-cloze", row, QuestionKind.Cloze,
            $"{where}, {figure} is {Blank.Marker}{rest}.", q.AcceptedAnswers(), row.Evidence)
        { TrueValues = trueValues, Priority = 5 };
        var isTrue = seed % 2 == 0 || wrong.Count == 0;
        yield return new Candidate("table-tf", row, QuestionKind.TrueFalse,
            $"{where}, {figure} is {(isTrue ? q.Bare : wrong[0])}{rest}.", [isTrue ? "True" : "False"], row.Evidence)
        { TrueValues = trueValues };
    }

    private static IEnumerable<Candidate> Categorical(Fact row, string value, string where, string key)
    {
        var entry = row.Column is null ? $"the entry for {key}" : $"the {key}";
        if (value is "Yes" or "No" or "yes" or "no")
        {
            var isTrue = StableId.Seed(new FactKey(row)) % 2 == 0;
            var shown = isTrue ? value : value.Equals("yes", StringComparison.OrdinalIgnoreCase) ? "No" : "Yes";
            yield return new Candidate("table-yesno", row, QuestionKind.TrueFalse,
                $"{where}, {(row.Column is null ? key : entry)} is marked \"{shown}\".", [isTrue ? "True" : "False"], row.Evidence);
            yield break;
        }

        yield return new Candidate("table-cloze", row, QuestionKind.Cloze,
            $"{where}, {entry} is {Blank.Marker}.", [value], row.Evidence) { TrueValues = [value], Priority = 5 };
        yield return new Candidate("table-tf", row, QuestionKind.TrueFalse,
            $"{where}, {entry} is \"{value}\".", ["True"], row.Evidence) { TrueValues = [value] };
    }
}
