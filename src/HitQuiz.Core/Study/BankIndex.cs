using System.Runtime.CompilerServices;
using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>
/// Lookups over a bank, built once per bank and kept while the bank lives: by id, each question's position, and the
/// questions of each section. With 100,000 items a pass over the bank costs tens of milliseconds, while a learner
/// has reviewed a few thousand, so the planner, the menu and the statistics go through the learner's cards and look
/// questions up here. A bank is loaded once and never changed; one whose size has changed is indexed again.
/// </summary>
public sealed class BankIndex
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Question>, BankIndex> Indexes = new();

    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly int[] _sectionNumbers;
    private readonly int _count;

    private BankIndex(IReadOnlyList<Question> bank)
    {
        Bank = bank;
        _count = bank.Count;
        var sections = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectionOf = new Dictionary<string, string>(StringComparer.Ordinal);
        _sectionNumbers = new int[bank.Count];
        for (var i = 0; i < bank.Count; i++)
        {
            var summary = QuestionSummary.At(bank, i);
            if (_positions.TryAdd(summary.Id, i))
            {
                sectionOf[summary.Id] = summary.SectionName;
            }
            else
            {
                HasRepeatedIds = true;
            }

            if (!sections.TryGetValue(summary.SectionName, out var list))
            {
                sections[summary.SectionName] = list = [];
                numbers[summary.SectionName] = numbers.Count;
            }

            list.Add(i);
            _sectionNumbers[i] = numbers[summary.SectionName];
        }

        Sections = [.. sections.Select(s => new KeyValuePair<string, IReadOnlyList<Question>>(s.Key, new BankView(bank, s.Value)))];
        SectionOf = sectionOf;
    }

    public IReadOnlyList<Question> Bank { get; }

    /// <summary>True when two questions share an id (the index then answers for the first of them only).</summary>
    public bool HasRepeatedIds { get; }

    /// <summary>
    /// Each section's questions in bank order, sections in order of first appearance; a question is read from the bank
    /// when it is asked for.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<Question>>> Sections { get; }

    /// <summary>Question id → section of the first question with that id.</summary>
    public IReadOnlyDictionary<string, string> SectionOf { get; }

    public static BankIndex Of(IReadOnlyList<Question> bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var index = Indexes.GetValue(bank, b => new BankIndex(b));
        if (index._count != bank.Count)
        {
            index = new BankIndex(bank);
            Indexes.AddOrUpdate(bank, index);
        }

        return index;
    }

    /// <summary>The position in the bank of the first question with this id, or -1.</summary>
    public int PositionOf(string id) => _positions.GetValueOrDefault(id, -1);

    /// <summary>The number of the section of the question at <paramref name="position"/>: its place in <see cref="Sections"/>.</summary>
    public int SectionNumberAt(int position) => _sectionNumbers[position];

    public Question? Find(string id) => _positions.TryGetValue(id, out var i) ? Bank[i] : null;
}
