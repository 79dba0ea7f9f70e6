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
        var scopes = Scopes(view);
        var rows = facts.Where(f => f.Kind == FactKind.TableRow).ToLookup(f => view.Articles.At(f.Evidence.FirstLine));
        // Attributes are compared within their article (see Articles), so a document of many articles shares them out
        // among the cores; what each finds is recorded in document order, as one pass over the document would.
        var articles = Enumerable.Range(0, view.Articles.Count).ToList();
        foreach (var finding in InOrder.SelectMany(articles, a => CheckArticle(view, scopes[a], rows[a])))
        {
            Record(report, finding);
        }

        AcronymAmbiguity.Report(view, facts, report);
        return report;
    }

    // An attribute stated more than once in an article, its values, and whether two of them disagree.
    private sealed record Finding(string Attribute, List<Observation> Observations, bool Conflicting);

    private static List<Finding> CheckArticle(DocumentView view, (int Start, int End) scope, IEnumerable<Fact> rows)
    {
        var findings = new List<Finding>();
        var sentences = view.Sentences.GetRange(scope.Start, scope.End - scope.Start);
        var seen = new HashSet<string>();
        // Rows naming the same attribute (an article may repeat its table) are one attribute: the sentences that
        // restate it are read once for all of them.
        var attributes = rows.GroupBy(f => Words.Normalize(f.Subject)).ToList();
        // Only the stems of the rows' names are numbered, so each sentence is indexed by those stems alone.
        var ids = new StemIds();
        var keys = attributes.ConvertAll(same => ids.Of(Parenthetical().Replace(same.First().Subject, " ")));
        var stems = attributes.Count == 0 ? [] : sentences.ConvertAll(s => ids.Known(s.Text));
        var index = Index(stems, ids.Count);
        for (var a = 0; a < attributes.Count; a++)
        {
            var same = attributes[a];
            var first = same.First();
            var observations = same.Select(r => new Observation(r.Quantity?.Text ?? r.Value, r.Evidence, r.Quantity))
                .Concat(Observe(sentences, stems, index, first, keys[a], ids.Education).Skip(1))
                .ToList();
            seen.UnionWith(observations.Select(o => ConsistencyReport.EvidenceKey(o.Evidence)));
            if (observations.Count > 1)
            {
                findings.Add(new Finding(first.Subject, observations, IsConflicting(observations)));
            }
        }

        // Without a table row to name it, a pay figure is still an attribute: "median … salary/wage/pay" in a year.
        foreach (var group in sentences.Where(s => MedianPay().IsMatch(s.Text) && !seen.Contains(ConsistencyReport.EvidenceKey(s.Evidence))).SelectMany(MeasuredPay)
            .GroupBy(m => m.Attribute))
        {
            if (group.Count() > 1)
            {
                var observations = group.Select(m => m.Observation).ToList();
                findings.Add(new Finding(group.Key, observations, IsConflicting(observations)));
            }
        }

        return findings;
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

    // The article's sentences (by number) that hold every stem of the key but the education stem.
    private static IEnumerable<int> Candidates(int[] key, int education, List<int>[] index, int count)
    {
        var required = key.Where(k => k != education).ToList();
        if (required.Count == 0)
        {
            return Enumerable.Range(0, count);
        }

        var postings = required.Select(k => k < index.Length ? index[k] ?? [] : []).OrderBy(p => p.Count).ToList();
        return postings[0].Where(i => postings.Skip(1).All(p => p.BinarySearch(i) >= 0));
    }

    // The row's observation, then every value the article's sentences that name the row's key (its stems) state.
    private static List<Observation> Observe(List<SourceSentence> sentences, List<int[]> stems, List<int>[] index, Fact row, int[] key, int education)
    {
        var isEducation = Array.IndexOf(key, education) >= 0;
        var found = new List<Observation> { new(row.Quantity?.Text ?? row.Value, row.Evidence, row.Quantity) };
        foreach (var i in Candidates(key, isEducation ? education : -1, index, sentences.Count))
        {
            var sentence = sentences[i];
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

    private static bool IsConflicting(List<Observation> observations)
    {
        // Every pair is compared, so each stated text is normalised once rather than once per comparison (and not at
        // all when every value is a number).
        var padded = observations.TrueForAll(o => o.Quantity is not null) ? null : observations.ConvertAll(o => Words.Padded(o.Text));
        return observations.Select((_, a) => a).Any(a => observations.Select((_, b) => b).Any(b => !Agree(observations, padded, a, b)));
    }

    private static void Record(ConsistencyReport report, Finding finding)
    {
        if (!finding.Conflicting)
        {
            foreach (var o in finding.Observations.Where(o => o.Quantity is not null))
            {
                report.SameAttribute[ConsistencyReport.QuantityKey(o.Evidence, o.Quantity!)] = finding.Observations;
            }

            return;
        }

        report.Conflicts.Add(new Conflict(finding.Attribute, finding.Observations.Select(o => new ConflictValue(o.Text, o.Evidence.FirstLine)).ToList()));
        foreach (var o in finding.Observations)
        {
            report.Ban(o);
        }
    }

    private static bool Agree(List<Observation> observations, List<string>? padded, int a, int b) =>
        observations[a].Quantity is { } qa && observations[b].Quantity is { } qb
            ? qa.IsCompatibleWith(qb)
            : Words.ContainsPadded(padded![a], padded[b]) || Words.ContainsPadded(padded[b], padded[a]);

    /// <summary>
    /// The content stems of texts as small integers, each distinct stem numbered as first met by <see cref="Of"/>; one
    /// per article.
    /// </summary>
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
            return SortedDistinct(_scratch);
        }

        /// <summary>The sorted, distinct ids of the content stems of the text that already have one.</summary>
        public int[] Known(string text)
        {
            _scratch.Clear();
            Words.ForEachContentStem(text, this, static (stem, ids) =>
            {
                if (ids._ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out var id))
                {
                    ids._scratch.Add(id);
                }
            });
            return SortedDistinct(_scratch);
        }

        private static int[] SortedDistinct(List<int> ids)
        {
            ids.Sort();
            var distinct = new List<int>(ids.Count);
            foreach (var id in ids)
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
