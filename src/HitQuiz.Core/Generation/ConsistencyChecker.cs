using System.Text.RegularExpressions;

namespace HitQuiz.Generation;

/// <summary>
/// Finds attributes the source states more than once and compares the values, hedge-aware: "nearly 40,000" agrees
/// with 37,700, "about $34,000" does not agree with $39,340. A table row names the attribute; sentences that mention
/// all of its words state it again.
/// </summary>
internal static partial class ConsistencyChecker
{
    [GeneratedRegex(@"(?:\d+-year\s+)?(?:associate|bachelor|master|doctoral|doctorate)[’']?s?\s+degree|postsecondary (?:certificate|award)|high school diploma|certificate|diploma", RegexOptions.IgnoreCase)]
    private static partial Regex Credential();

    [GeneratedRegex(@"\b(?:is|are|was|were)\s+(?:the\s+|an?\s+)?(?<value>[^,.;]+)")]
    private static partial Regex Complement();

    [GeneratedRegex(@"\b(?<kind>median|average|mean)\s+(?:[\w-]+\s+){0,4}?(?:salary|wage|pay|earnings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MedianPay();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    public static ConsistencyReport Check(DocumentView view, IReadOnlyList<Fact> facts)
    {
        var report = new ConsistencyReport(view.Articles);
        var ids = new StemIds();
        var stems = view.Sentences.Select(s => ids.Of(s.Text)).ToList();
        var index = Index(stems, ids.Count);
        var scopes = Scopes(view);
        var seen = new HashSet<string>();
        // Rows naming the same attribute in one article (an article may repeat its table) are one attribute: the
        // sentences of that article that restate it are read once for all of them.
        foreach (var rows in facts.Where(f => f.Kind == FactKind.TableRow).GroupBy(f => (Article: view.Articles.At(f.Evidence.FirstLine), Subject: Words.Normalize(f.Subject))))
        {
            var first = rows.First();
            var observations = rows.Select(r => new Observation(r.Quantity?.Text ?? r.Value, r.Evidence, r.Quantity))
                .Concat(Observe(view, stems, index, scopes[rows.Key.Article], first, ids).Skip(1))
                .ToList();
            seen.UnionWith(observations.Select(o => ConsistencyReport.EvidenceKey(o.Evidence)));
            if (observations.Count > 1)
            {
                Record(report, first.Subject, observations);
            }
        }

        // Without a table row to name it, a pay figure is still an attribute: "median … salary/wage/pay" in a year.
        foreach (var group in view.Sentences.Where(s => MedianPay().IsMatch(s.Text) && !seen.Contains(ConsistencyReport.EvidenceKey(s.Evidence))).SelectMany(MeasuredPay)
            .GroupBy(m => (view.Articles.At(m.Observation.Evidence.FirstLine), m.Attribute)))
        {
            if (group.Count() > 1)
            {
                Record(report, group.Key.Attribute, group.Select(m => m.Observation).ToList());
            }
        }

        AcronymAmbiguity.Report(view, facts, report);
        return report;
    }

    // Which sentences hold each word stem, so a row is compared only with the sentences that can name it
    // (comparing every row with every sentence grows with the square of the document).
    private static List<int>[] Index(List<int[]> stems, int count)
    {
        var index = new List<int>[count];
        for (var i = 0; i < stems.Count; i++)
        {
            foreach (var stem in stems[i])
            {
                (index[stem] ??= []).Add(i);
            }
        }

        return index;
    }

    // Each article's sentences, as a range of sentence numbers (sentences are in document order).
    private static (int Start, int End)[] Scopes(DocumentView view)
    {
        var scopes = new (int Start, int End)[view.Articles.Count];
        for (var i = view.Sentences.Count - 1; i >= 0; i--)
        {
            var article = view.Articles.At(view.Sentences[i].Line);
            scopes[article] = (i, scopes[article].End == 0 ? i + 1 : scopes[article].End);
        }

        return scopes;
    }

    private static IEnumerable<int> Candidates(int[] key, int education, List<int>[] index, (int Start, int End) scope)
    {
        var required = key.Where(k => k != education).ToList();
        if (required.Count == 0)
        {
            return Enumerable.Range(scope.Start, scope.End - scope.Start);
        }

        var postings = required.Select(k => k < index.Length ? index[k] ?? [] : []).OrderBy(p => p.Count).ToList();
        return Within(postings[0], scope).Where(i => postings.Skip(1).All(p => p.BinarySearch(i) >= 0));
    }

    private static IEnumerable<int> Within(List<int> sentences, (int Start, int End) scope)
    {
        var at = sentences.BinarySearch(scope.Start);
        for (var i = at >= 0 ? at : ~at; i < sentences.Count && sentences[i] < scope.End; i++)
        {
            yield return sentences[i];
        }
    }

    private static List<Observation> Observe(DocumentView view, List<int[]> stems, List<int>[] index, (int Start, int End) scope, Fact row, StemIds ids)
    {
        var key = ids.Of(Parenthetical().Replace(row.Subject, " "));
        var education = ids.Education;
        var isEducation = Array.IndexOf(key, education) >= 0;
        var found = new List<Observation> { new(row.Quantity?.Text ?? row.Value, row.Evidence, row.Quantity) };
        foreach (var i in Candidates(key, isEducation ? education : -1, index, scope))
        {
            var sentence = view.Sentences[i];
            if (key.Length == 0 || !key.All(k => k == education && isEducation || Array.BinarySearch(stems[i], k) >= 0))
            {
                continue;
            }

            found.AddRange(row.Quantity is { } q
                ? QuantityReader.Read(sentence.Text).Where(x => x.Unit == q.Unit).Select(x => new Observation(x.Text, sentence.Evidence, x))
                : StatedValue(sentence.Text, isEducation) is { } value ? [new Observation(value, sentence.Evidence, null)] : []);
        }

        return found;
    }

    private static IEnumerable<(string Attribute, Observation Observation)> MeasuredPay(SourceSentence sentence)
    {
        var measure = MedianPay().Match(sentence.Text);
        var money = measure.Success ? QuantityReader.Read(sentence.Text).Where(q => q.Unit == QuantityUnit.Money).ToList() : [];
        if (money.Count == 0)
        {
            yield break;
        }

        var year = QuantityReader.Read(sentence.Text).FirstOrDefault(q => q.Unit == QuantityUnit.Year)?.Text;
        var attribute = $"{Words.Capitalize(measure.Groups["kind"].Value.ToLowerInvariant())} pay{(year is null ? "" : $" ({year})")}";
        yield return (attribute, new Observation(money[0].Text, sentence.Evidence, money[0]));
    }

    private static string? StatedValue(string sentence, bool isEducation)
    {
        if (isEducation)
        {
            var credential = Credential().Match(sentence);
            return credential.Success ? credential.Value : null;
        }

        var complement = Complement().Match(sentence);
        return complement.Success ? complement.Groups["value"].Value.Trim() : null;
    }

    private static void Record(ConsistencyReport report, string attribute, List<Observation> observations)
    {
        // Every pair is compared, so each stated text is normalised once rather than once per comparison (and not at
        // all when every value is a number).
        var padded = observations.TrueForAll(o => o.Quantity is not null) ? null : observations.ConvertAll(o => Words.Padded(o.Text));
        var conflicting = observations.Select((_, a) => a).Any(a => observations.Select((_, b) => b).Any(b => !Agree(observations, padded, a, b)));
        if (!conflicting)
        {
            foreach (var o in observations.Where(o => o.Quantity is not null))
            {
                report.SameAttribute[ConsistencyReport.QuantityKey(o.Evidence, o.Quantity!)] = observations;
            }

            return;
        }

        report.Conflicts.Add(new Conflict(attribute, observations.Select(o => new ConflictValue(o.Text, o.Evidence.FirstLine)).ToList()));
        foreach (var o in observations)
        {
            report.Ban(o);
        }
    }

    private static bool Agree(List<Observation> observations, List<string>? padded, int a, int b) =>
        observations[a].Quantity is { } qa && observations[b].Quantity is { } qb
            ? qa.IsCompatibleWith(qb)
            : Words.ContainsPadded(padded![a], padded[b]) || Words.ContainsPadded(padded[b], padded[a]);

    /// <summary>The content stems of texts as small integers, each distinct stem numbered as first met; one per check.</summary>
    private sealed class StemIds
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int> _scratch = [];

        public StemIds() => Education = Id("educa");

        public int Count => _ids.Count;

        /// <summary>The id of "educa", the stem of "education": an education row is restated without that word.</summary>
        public int Education { get; }

        /// <summary>The sorted, distinct ids of the content stems of the text (see <see cref="Words.ContentStems"/>).</summary>
        public int[] Of(string text)
        {
            _scratch.Clear();
            Words.ForEachContentStem(text, this, static (stem, ids) => ids._scratch.Add(ids.Id(stem)));
            _scratch.Sort();
            var distinct = new List<int>(_scratch.Count);
            foreach (var id in _scratch)
            {
                if (distinct.Count == 0 || distinct[^1] != id)
                {
                    distinct.Add(id);
                }
            }

            return [.. distinct];
        }

        private int Id(ReadOnlySpan<char> stem)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(stem, out var id))
            {
                lookup[stem] = id = _ids.Count;
            }

            return id;
        }
    }
}
