using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>Everything templates read: the document's content, its facts, the consistency report and the topic.</summary>
internal sealed partial class GenerationContext(DocumentView view, IReadOnlyList<Fact> facts, ConsistencyReport report, NormalizedLines normalized)
{
    [GeneratedRegex(@"^(?:how to become an?|how to be an?|what is an?|what does an?|becoming an?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    public DocumentView View { get; } = view;

    public IReadOnlyList<Fact> Facts { get; } = facts;

    public ConsistencyReport Report { get; } = report;

    public IReadOnlyList<Fact> Acronyms { get; } = facts.Where(f => f.Kind == FactKind.Acronym).ToList();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _acronymSubjects = facts.Where(f => f.Kind == FactKind.Acronym)
        .Select(f => Words.Normalize(f.Subject)).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the text is, once normalised, one of the document's acronyms.</summary>
    public bool IsAcronym(string text)
    {
        using var buffer = new CharBuffer(stackalloc char[256], text.Length);
        return _acronymSubjects.Contains(buffer.Span[..Words.Normalize(text, buffer.Span)]);
    }

    // The numbers each article states, by unit, in document order: numeric distractors come from the key's own article.
    private readonly Dictionary<(int Article, QuantityUnit Unit), List<Quantity>> _quantities = facts
        .Where(f => f.Quantity is not null)
        .GroupBy(f => (view.Articles.At(f.Evidence.FirstLine), f.Quantity!.Unit))
        .ToDictionary(g => g.Key, g => g.Select(f => f.Quantity!).ToList());

    /// <summary>The numbers of this unit stated in the article that contains the evidence, in document order.</summary>
    public IReadOnlyList<Quantity> QuantitiesIn(Evidence evidence, QuantityUnit unit) =>
        _quantities.GetValueOrDefault((View.Articles.At(evidence.FirstLine), unit)) ?? [];

    /// <summary>What the document is about ("Health Information Technician"); an item whose answer is the topic teaches nothing.</summary>
    public string Topic { get; } = TopicOf(view);

    private readonly string _paddedText = normalized.PaddedText;

    // The same few candidate phrases are looked up for every list; each lookup scans the whole document once.
    private readonly ConcurrentDictionary<string, bool> _mentions = new(StringComparer.Ordinal);

    // The same few stock outsiders are offered for every list.
    private readonly ConcurrentDictionary<IReadOnlyList<string>, IReadOnlyList<string>> _unmentioned = new(ReferenceEqualityComparer.Instance);

    /// <summary>The phrases of a fixed pool that the document never mentions, in pool order, worked out once per pool.</summary>
    public IReadOnlyList<string> Unmentioned(IReadOnlyList<string> pool) =>
        pool.Count == 0 ? [] : _unmentioned.GetOrAdd(pool, p => p.Where(o => !Mentions(o)).ToList());

    /// <summary>True when the phrase occurs anywhere in the document (so it cannot safely be offered as "not listed").</summary>
    public bool Mentions(string phrase)
    {
        var needle = Words.Padded(phrase);
        return _mentions.GetOrAdd(needle, static (n, text) => text.Contains(n, StringComparison.Ordinal), _paddedText);
    }

    // The topic and the acronyms that stand for it, normalised once: every candidate's answers are compared with them.
    private readonly string _topicWords = TopicWords(TopicOf(view));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _topicAcronyms =
        TopicAcronyms(facts, TopicOf(view)).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the text, normalised and without a final "s", is the topic or an acronym of it.</summary>
    public bool IsTopic(string text)
    {
        using var buffer = new CharBuffer(stackalloc char[256], text.Length);
        var words = ((ReadOnlySpan<char>)buffer.Span[..Words.Normalize(text, buffer.Span)]).TrimEnd('s');
        return words.SequenceEqual(_topicWords) || _topicAcronyms.Contains(words);
    }

    private static string TopicOf(DocumentView view) => TitlePrefix().Replace(TitleOf(view.Document), "");

    private static string TopicWords(string text) => Words.Normalize(text).TrimEnd('s');

    // When the document defines an acronym for its topic ("health information technicians, or HITs"), that acronym is
    // the topic too.
    private static HashSet<string> TopicAcronyms(IReadOnlyList<Fact> facts, string topic)
    {
        var acronyms = facts.Where(f => f.Kind == FactKind.Acronym).ToList();
        var topicWords = TopicWords(topic);
        return acronyms.Any(a => Words.SameText(a.Value, topic + "s") || Words.SameText(a.Value, topic))
            ? acronyms.Where(a => TopicWords(a.Value) == topicWords).Select(a => TopicWords(a.Subject)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    // A page copied from the web may start with navigation ("Skip to content"); the title is then the first real heading.
    private static string TitleOf(Sources.SourceDocument document) =>
        !IsFurniture(document.Title) ? document.Title.Trim()
        : document.Sections.SelectMany(s => s.Blocks)
            .Where(b => b.Kind is Sources.BlockKind.Title or Sources.BlockKind.Heading && !IsFurniture(b.Text))
            .Select(b => b.Text.Trim()).FirstOrDefault() ?? document.Title.Trim();

    private static bool IsFurniture(string text) => Sources.Boilerplate.IsBoilerplate(text) || BoilerplateText.IsBoilerplate(text);

    private readonly ConcurrentDictionary<string, bool> _boilerplate = new(StringComparer.Ordinal);

    /// <summary>Boilerplate test on evidence, remembered: many candidates share a sentence.</summary>
    public bool IsBoilerplate(string text) => _boilerplate.GetOrAdd(text, IsFurniture);

    public bool IsUsable(Evidence evidence) => !Report.IsBannedEvidence(evidence);

    /// <summary>
    /// The facts templates ask about: those whose evidence is usable, each key once (its first statement). A fact the
    /// document states again would give questions under the same ids, and only the first of those is ever kept.
    /// </summary>
    public IReadOnlyList<Fact> AskableFacts => _askable ??= Facts.Where(f => IsUsable(f.Evidence)).DistinctBy(f => new FactKey(f)).ToList();

    private List<Fact>? _askable;
}
