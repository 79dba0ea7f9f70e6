using HitQuiz.Questions;

namespace HitQuiz.Generation;

internal static partial class ListTemplates
{
    // True/false per list item (alternating with the typed item of the same member, only one of which is kept),
    // and false statements built from items that are not on the list: one for every two members, from two to three
    // (more would read as the same item again), so that a list's true/false items lean true less.
    private static IEnumerable<Candidate> Statements(Fact list, string? leadIn, string phrase, IReadOnlyList<string> outsiders)
    {
        string Say(string item) => leadIn is null ? $"\"{item}\" is {phrase}." : $"{leadIn} {Words.Decapitalize(item)}.";
        foreach (var (item, index) in list.Members.Select((m, i) => (m, i)))
        {
            yield return new Candidate("list-tf", new FactKey(list, item), QuestionKind.TrueFalse, Say(item), ["True"],
                list.Evidence with { Text = item }) { Priority = index % 2 == 0 ? 38 : 40, Distinctive = item };
        }

        var seed = StableId.Seed(new FactKey(list));
        foreach (var outsider in outsiders.Where((_, i) => i != seed % outsiders.Count).Take(Math.Clamp(list.Members.Count / 2, 2, 3)))
        {
            yield return new Candidate("list-tf", new FactKey(list, outsider), QuestionKind.TrueFalse, Say(outsider), ["False"], list.Evidence)
            { Priority = 39, Distinctive = outsider, TrueValues = list.Members, Said = Said(list) };
        }
    }
}
