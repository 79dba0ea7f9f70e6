using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>Everything templates read: the document's content, its facts, the consistency report and the topic.</summary>
internal sealed partial class GenerationContext(DocumentView view, IReadOnlyList<Fact> facts, ConsistencyReport report)
{
    [GeneratedRegex(@"^(?:how to become an?|how to be an?|what is an?|what does an?|becoming an?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TitlePrefix();

    public DocumentView View { get; } = view;

    public IReadOnlyList<Fact> Facts { get; } = facts;

    public ConsistencyReport Report { get; } = report;

    public IReadOnlyList<Fact> Acronyms { get; } = facts.Where(f => f.Kind == FactKind.Acronym).ToList();

    // The numbers each article states, by unit, in document order: numeric distractors come from the key's own article.
    private readonly Dictionary<(int Article, QuantityUnit Unit), List<Quantity>> _quantities = facts
        .Where(f => f.Quantity is not null)
        .GroupBy(f => (view.Articles.At(f.Evidence.FirstLine), f.Quantity!.Unit))
        .ToDictionary(g => g.Key, g => g.Select(f => f.Quantity!).ToList());

    /// <summary>The numbers of this unit stated in the article that contains the evidence, in document order.</summary>
    public IReadOnlyList<Quantity> QuantitiesIn(Evidence evidence, QuantityUnit unit) =>
        _quantities.GetValueOrDefault((View.Articles.At(evidence.FirstLine), unit)) ?? [];

    /// <summary>What the document is about ("Health Information Technician"); an item whose answer is the topic teaches nothing.</summary>
    public string Topic { get; } = TitlePrefix().Replace(TitleOf(view.Document), "");

    private readonly string _paddedText = $" {Words.Normalize(string.Join(' ', view.Document.Lines))} ";

    // The same few candidate phrases are looked up for every list; each lookup scans the whole document once.
    private readonly Dictionary<string, bool> _mentions = new(StringComparer.Ordinal);

    /// <summary>True when the phrase occurs anywhere in the document (so it cannot safely be offered as "not listed").</summary>
    public bool Mentions(string phrase)
    {
        var needle = $" {Words.Normalize(phrase)} ";
        if (!_mentions.TryGetValue(needle, out var found))
        {
            _mentions[needle] = found = _paddedText.Contains(needle, StringComparison.Ordinal);
        }

        return found;
    }

    public bool IsTopic(string text)
    {
        var t = Words.Normalize(text).TrimEnd('s');
        var topic = Words.Normalize(Topic).TrimEnd('s');
        return t == topic || Acronyms.Any(a => Words.SameText(a.Value, Topic + "s") || Words.SameText(a.Value, Topic)) && Acronyms
            .Where(a => Words.Normalize(a.Value).TrimEnd('s') == topic)
            .Any(a => Words.Normalize(a.Subject).TrimEnd('s') == t);
    }

    // A page copied from the web may start with navigation ("Skip to content"); the title is then the first real heading.
    private static string TitleOf(Sources.SourceDocument document) =>
        !IsFurniture(document.Title) ? document.Title.Trim()
        : document.Sections.SelectMany(s => s.Blocks)
            .Where(b => b.Kind is Sources.BlockKind.Title or Sources.BlockKind.Heading && !IsFurniture(b.Text))
            .Select(b => b.Text.Trim()).FirstOrDefault() ?? document.Title.Trim();

    private static bool IsFurniture(string text) => Sources.Boilerplate.IsBoilerplate(text) || BoilerplateText.IsBoilerplate(text);

    private readonly Dictionary<string, bool> _boilerplate = [];

    /// <summary>Boilerplate test on evidence, remembered: many candidates share a sentence.</summary>
    public bool IsBoilerplate(string text) =>
        _boilerplate.TryGetValue(text, out var known) ? known : _boilerplate[text] = IsFurniture(text);

    public bool IsUsable(Evidence evidence) => !Report.IsBannedEvidence(evidence);
}
