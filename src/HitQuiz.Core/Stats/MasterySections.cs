using System.Runtime.InteropServices;

namespace HitQuiz.Stats;

/// <summary>
/// The questions mastery is counted out of, by section: every question of the bank, and every answered question no
/// longer in it (under the section it was answered in, as first met). Each learner's items are looked up once, here,
/// and given the number of their section; counting a learner's mastery then reads numbers, not names.
/// </summary>
/// <remarks>
/// A class report counts fifty learners' hundreds of thousands of items against a bank of 100,000 questions: looking
/// each one up by id and then its section by name, once for the questions counted and again for each learner's
/// counts, was most of the report's own time after the item analysis.
/// </remarks>
internal sealed class MasterySections
{
    private readonly List<string> _names = [];
    private readonly List<int> _sizes = [];
    private readonly IReadOnlyList<IReadOnlyList<ItemRecord>> _learners;
    private readonly int[][] _itemSections;

    private MasterySections(IReadOnlyList<IReadOnlyList<ItemRecord>> learners, IReadOnlyDictionary<string, string>? bankSections)
    {
        _learners = learners;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(bankSections?.Count ?? 0, StringComparer.Ordinal);
        foreach (var (id, section) in bankSections ?? new Dictionary<string, string>())
        {
            ids[id] = NumberOf(section, numbers);
        }

        _itemSections = new int[learners.Count][];
        for (var l = 0; l < learners.Count; l++)
        {
            var items = learners[l];
            var sections = _itemSections[l] = new int[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, items[i].QuestionId, out var known);
                if (!known)
                {
                    number = NumberOf(items[i].Section, numbers);
                }

                sections[i] = number;
            }
        }

        Questions = ids.Count;
        foreach (var number in ids.Values)
        {
            _sizes[number]++;
        }

        Order = [.. Enumerable.Range(0, _names.Count).OrderBy(n => _names[n], StringComparer.Ordinal)];
    }

    /// <summary>How many questions mastery is counted out of.</summary>
    public int Questions { get; }

    /// <summary>The section numbers in the order of their names (ordinal).</summary>
    public int[] Order { get; }

    public string Name(int section) => _names[section];

    /// <summary>How many of the questions counted are in the section.</summary>
    public int Size(int section) => _sizes[section];

    public static MasterySections Of(IReadOnlyList<IReadOnlyList<ItemRecord>> learners, IReadOnlyDictionary<string, string>? bankSections) =>
        new(learners, bankSections);

    /// <summary>
    /// Every section's mastery for the learner (by position in the list given), in the order of their names: sections
    /// the learner never answered in count as not mastered.
    /// </summary>
    public IReadOnlyList<SectionMastery> MasteryOf(int learner)
    {
        var items = _learners[learner];
        var seen = new int[_names.Count];
        var mastered = new int[_names.Count];
        var sections = _itemSections[learner];
        for (var i = 0; i < sections.Length; i++)
        {
            seen[sections[i]]++;
            mastered[sections[i]] += items[i].LastCorrect ? 1 : 0;
        }

        return Array.ConvertAll(Order, s => new SectionMastery(_names[s], _sizes[s], seen[s], mastered[s]));
    }

    private int NumberOf(string section, Dictionary<string, int> numbers)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, section, out var known);
        if (!known)
        {
            number = _names.Count;
            _names.Add(section);
            _sizes.Add(0);
        }

        return number;
    }
}
