using System.Runtime.InteropServices;
using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Generation;

/// <summary>
/// Generates draft questions from a parsed source: facts → consistency pass → templates → hard checks (R1–R8) →
/// quiz audits. Deterministic: the same document always yields the same items, ids and option order.
/// </summary>
public static class QuestionGenerator
{
    /// <summary>
    /// The AppContext switch that keeps parsing and generation on the calling thread; by default a large document's
    /// work is shared among the cores. The questions are the same either way.
    /// </summary>
    public const string OneCoreSwitch = InOrder.OneCoreSwitch;

    public static GenerationResult Generate(SourceDocument document)
    {
        var context = Prepare(document);
        var distinct = AllCandidates(context).DistinctBy(c => c.IdDigits).ToList();
        var passes = InOrder.Select(distinct, c => HardChecks.Passes(c, context));
        var candidates = distinct.Where((_, i) => passes[i]).ToList();
        var kept = QuizAudit.Apply(Rank(candidates));
        var questions = kept
            .OrderBy(c => c.Evidence.FirstLine)
            .ThenBy(c => c.IdDigits)
            .Select(c => new GeneratedQuestion(ToQuestion(document, c), c.Evidence.FirstLine, c.Evidence.LastLine))
            .ToList();
        // In document order, so that each article's conflicts are listed together.
        var conflicts = context.Report.Conflicts.OrderBy(c => c.Values.Min(v => v.Line)).ToList();
        return new GenerationResult(questions, conflicts);
    }

    /// <summary>The typed facts read from a document, before any question is made from them.</summary>
    public static IReadOnlyList<Fact> Facts(SourceDocument document) => FactExtractor.Extract(new DocumentView(document));

    internal static GenerationContext Prepare(SourceDocument document)
    {
        // The normalised text depends only on the lines: it is made on the other core while the facts are read.
        var normalized = InOrder.Alongside(() => NormalizedLines.Of(document));
        var view = new DocumentView(document);
        var facts = FactExtractor.Extract(view);
        var report = ConsistencyChecker.Check(view, facts);
        return new GenerationContext(view, facts, report, normalized());
    }

    internal static IEnumerable<Candidate> AllCandidates(GenerationContext context) =>
        AcronymTemplates.Create(context)
            .Concat(TableTemplates.Create(context))
            .Concat(ListTemplates.Create(context))
            .Concat(EntityTemplates.Create(context))
            .Concat(SentenceTemplates.Create(context));

    // Coverage first: the best item of every fact, then the rest, each group best first. Ids are distinct, so the
    // order is total and does not depend on the order the candidates came in. Each fact key is hashed once: keys can
    // be whole sentences, and looking them up again per candidate was most of the ranking's time on a large document.
    internal static Candidate[] Rank(List<Candidate> candidates)
    {
        var best = new Dictionary<FactKey, int>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(best, candidates[i].FactKey, out var seen);
            if (!seen || Better(candidates[i], candidates[at]) < 0)
            {
                at = i;
            }
        }

        // The best of each fact fill the front, the rest the back; each part is then sorted by one number per item.
        var keys = new ulong[candidates.Count];
        var ranked = new Candidate[candidates.Count];
        var (front, back) = (0, best.Count);
        var first = new bool[candidates.Count];
        foreach (var i in best.Values)
        {
            first[i] = true;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var at = first[i] ? front++ : back++;
            (keys[at], ranked[at]) = (SortKey(candidates[i]), candidates[i]);
        }

        Array.Sort(keys, ranked, 0, best.Count);
        Array.Sort(keys, ranked, best.Count, candidates.Count - best.Count);
        return ranked;
    }

    // The order of Better as one number: the priority, highest first, above the id's digits.
    private static ulong SortKey(Candidate c) => ((ulong)(uint.MaxValue - ((uint)c.Priority ^ 0x8000_0000u)) << 32) | c.IdDigits;

    // Negative when a ranks before b: higher priority first, then the id in ordinal order (as its digits are).
    private static int Better(Candidate a, Candidate b) =>
        a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.IdDigits.CompareTo(b.IdDigits);

    private static Question ToQuestion(SourceDocument document, Candidate c) =>
        new(c.Id, c.Kind, c.Stem, c.Options, c.Answers)
        {
            Topic = c.Evidence.Section,
            Source = new SourceReference(document.Name, c.Evidence.Section, c.Evidence.FirstLine, c.Evidence.Text),
            Explanation = (c.Said ?? $"The source says: \"{c.Evidence.Text}\"") + (c.Rationale is { } rationale ? " " + rationale : ""),
            Status = QuestionStatus.Draft,
        };
}
