using System.Text.RegularExpressions;
using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Questions over closed (bulleted) lists: "which is NOT listed", "which TWO are listed" and one typed-answer item per
/// list item. Open lists ("such as … and more") never reach this class.
/// </summary>
internal static partial class ListTemplates
{
    [GeneratedRegex(@"^(?:(?<pre>[^,]+),\s*)?(?<subj>.+?)\s+(?<modal>may|can|might|will|should|must|often|typically|usually)(?:\s+do\s+the\s+following)?\s*:$")]
    private static partial Regex ModalLeadIn();

    [GeneratedRegex(@"\b(?:ones|these|those|they|them|it|this|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    public static IEnumerable<Candidate> Create(GenerationContext context) =>
        InOrder.SelectMany(context.AskableFacts.Where(f => f.Kind == FactKind.ClosedList).ToList(), list => For(context, list));

    private static IEnumerable<Candidate> For(GenerationContext context, Fact list)
    {
        var modal = ModalLeadIn().Match(list.Subject);
        var phrase = modal.Success
            ? $"listed as something {Words.Decapitalize(modal.Groups["subj"].Value)} {modal.Groups["modal"].Value} do{Suffix(modal)}"
            : Pronoun().IsMatch(list.Subject) || list.Subject == list.Value
                ? $"in the list under \"{list.Value}\""
                : $"in the list \"{list.Subject.TrimEnd(':')}\"";
        var shape = new SourceListShape(list.Members, modal.Success, $"{list.Subject} {list.Value}");
        var actions = Outsiders.AreActions(shape);
        var pool = actions ? Outsiders.Actions : Outsiders.AreTitles(shape) ? Outsiders.Titles : [];
        var outsiders = context.Unmentioned(pool);
        var say = modal.Success ? $"{modal.Groups["pre"].Value}{(modal.Groups["pre"].Success ? ", " : "")}{modal.Groups["subj"].Value} {modal.Groups["modal"].Value}" : null;
        var statements = Statements(list, say, phrase, outsiders);
        return Choices(list, phrase, outsiders).Concat(Blanks(list, phrase, actions)).Concat(statements);
    }

    private static string Suffix(Match modal) =>
        modal.Groups["pre"].Success ? " " + Words.Decapitalize(modal.Groups["pre"].Value.Trim()) : "";

    private static IEnumerable<Candidate> Choices(Fact list, string phrase, IReadOnlyList<string> outsiders)
    {
        var seed = StableId.Seed(new FactKey(list));
        if (outsiders.Count >= 2 && list.Members.Count >= 3)
        {
            var key = outsiders[seed % outsiders.Count];
            var shown = Pick(list.Members, key.Length, seed, 3);
            if (shown.All(m => m.Length <= key.Length) && list.Members.Where(m => m.Length > key.Length).MinBy(m => m.Length) is { } longer)
            {
                shown[^1] = longer;
            }

            yield return new Candidate("list-not", list, QuestionKind.NotListed,
                $"Which of these is NOT {phrase}?", [key], list.Evidence) { Distractors = shown, Priority = 60, Said = Said(list) };
        }

        if (outsiders.Count >= 2 && list.Members.Count >= 2)
        {
            var keys = Pick(list.Members, 30, seed / 7, 2);
            var longestKey = keys.Max(k => k.Length);
            var wrong = outsiders.Where((_, i) => i != seed % outsiders.Count)
                .OrderByDescending(o => o.Length >= longestKey && o.Length <= longestKey * 1.5)
                .ThenBy(o => Math.Abs(o.Length - longestKey)).Take(2).ToList();
            yield return new Candidate("list-multi", list, QuestionKind.MultipleResponse,
                $"Which of these are {phrase}?", keys, list.Evidence) { Distractors = wrong, TrueValues = list.Members, Priority = 55, Said = Said(list) };
        }
    }

    // A whole list as an explanation cites it: its lead-in (the fact's subject; the section's title when it has none)
    // quoted, then its items, set apart. The evidence runs them together, as the section's text reads once normalised,
    // so that it is found there.
    private static string Said(Fact list)
    {
        var listed = string.Join("; ", list.Members.Select(m => m.TrimEnd('.', ';', ',')));
        return list.Subject == list.Value ? $"The source lists: {listed}." : $"The source says: \"{list.Subject}\" and lists: {listed}.";
    }

    private static IEnumerable<Candidate> Blanks(Fact list, string phrase, bool actions)
    {
        var asListed = phrase.Replace("listed as", "listed in the article as", StringComparison.Ordinal);
        foreach (var (item, index) in list.Members.Select((m, i) => (m, i)))
        {
            if (item.Contains('(', StringComparison.Ordinal))
            {
                continue;
            }

            var words = item.Split(' ');
            var content = Enumerable.Range(0, words.Length)
                .Where(i => words[i].Length >= 4 && IsWord(words[i]) && !Words.IsStopWord(words[i]))
                .ToList();
            if (words.Length < 2 || content.Count == 0)
            {
                continue;
            }

            var at = actions ? content[^1] : content[0];
            var answer = words[at];
            words[at] = Blank.Marker;
            var pattern = string.Join(' ', words);
            var parts = pattern.Split(Blank.Marker);
            if (list.Members.Count(m => Fits(parts, m)) != 1)
            {
                continue; // "____ specialist" fits two items: more than one correct answer
            }

            var stem = $"Complete this item, {asListed}: \"{pattern}\"";
            yield return new Candidate("list-cloze", new FactKey(list, item), QuestionKind.Cloze, stem, [answer],
                list.Evidence with { Text = item }) { Priority = index % 2 == 0 ? 40 : 38, Distinctive = pattern };
        }
    }

    // Whether the item reads as the pattern with its blank filled: the parts of the pattern before and after the blank.
    private static bool Fits(string[] parts, string item) =>
        item.Length > parts[0].Length + parts[1].Length
            && item.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) && item.EndsWith(parts[1], StringComparison.OrdinalIgnoreCase);

    private static bool IsWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // Members nearest the target length, rotated by the seed so different items show different members.
    private static List<string> Pick(IReadOnlyList<string> members, int length, int seed, int count) =>
        members.Select((m, i) => (m, i))
            .OrderBy(x => Math.Abs(x.m.Length - length) / 8)
            .ThenBy(x => (x.i + seed) % members.Count)
            .Take(count)
            .Select(x => x.m)
            .ToList();
}
