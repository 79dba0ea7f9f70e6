using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Quiz-level audits over items that passed the hard checks, best first: no near-duplicate stems (word-pair shingles,
/// looked up through an index so the pass stays linear), no stem that gives away another item's key, and the key the
/// longest option in at most 30 % of choice items.
/// </summary>
internal static class QuizAudit
{
    private const double NearDuplicate = 0.75;
    private const double LongestKeyLimit = 0.30;

    public static List<Candidate> Apply(IEnumerable<Candidate> ranked)
    {
        var kept = new List<Candidate>();
        var shingles = new List<HashSet<string>>();
        var index = new Dictionary<string, List<int>>();
        foreach (var item in ranked)
        {
            var own = Shingles(item.Stem);
            if (IsNearDuplicate(own, shingles, index) || GivesAway(item, kept))
            {
                continue;
            }

            foreach (var s in own)
            {
                (index.TryGetValue(s, out var list) ? list : index[s] = []).Add(kept.Count);
            }

            kept.Add(item);
            shingles.Add(own);
        }

        return LimitLongestKeys(kept);
    }

    public static bool KeyIsLongest(Candidate item) =>
        item.Distractors.Count > 0 && !item.Answers.All(OptionOrder.IsNumeric)
        && item.Answers.Max(a => a.Length) > item.Distractors.Max(d => d.Length);

    private static HashSet<string> Shingles(string stem)
    {
        var tokens = Words.Tokens(stem.Replace(Blank.Marker, " ", StringComparison.Ordinal));
        return tokens.Length < 2 ? [.. tokens] : Enumerable.Range(0, tokens.Length - 1).Select(i => $"{tokens[i]} {tokens[i + 1]}").ToHashSet();
    }

    private static bool IsNearDuplicate(HashSet<string> own, List<HashSet<string>> shingles, Dictionary<string, List<int>> index)
    {
        var shared = new Dictionary<int, int>();
        foreach (var s in own)
        {
            foreach (var i in index.GetValueOrDefault(s) ?? [])
            {
                shared[i] = shared.GetValueOrDefault(i) + 1;
            }
        }

        return shared.Any(p => p.Value / (double)(own.Count + shingles[p.Key].Count - p.Value) >= NearDuplicate);
    }

    // A stem that states another item's key makes that item trivial: typed answers anywhere, and any key of an
    // item drawn from the same sentence.
    private static bool GivesAway(Candidate item, List<Candidate> kept) =>
        kept.Any(other => Reveals(item, other) || Reveals(other, item));

    private static bool Reveals(Candidate asking, Candidate keyed) =>
        keyed.Kind != QuestionKind.TrueFalse
        && (keyed.Kind == QuestionKind.Cloze || asking.Evidence.Text == keyed.Evidence.Text)
        && keyed.Answers.Take(keyed.Kind == QuestionKind.Cloze ? 1 : keyed.Answers.Count).Any(k => States(asking.Stem, k));

    private static bool States(string stem, string key) =>
        QuantityReader.Read(key) is [{ } number] && number.Text.Length >= key.Length - 1
            ? QuantityReader.Read(stem).Any(q => q.Value == number.Value && q.Unit == number.Unit)
            : Words.ContainsPhrase(stem, key);

    private static List<Candidate> LimitLongestKeys(List<Candidate> kept)
    {
        var choice = kept.Count(c => c.Distractors.Count > 0 && c.Kind != QuestionKind.TrueFalse);
        var longest = kept.Where(KeyIsLongest).ToList();
        var excess = longest.Count - (int)Math.Floor(choice * LongestKeyLimit);
        var drop = longest.OrderBy(c => c.Priority).Take(Math.Max(0, excess)).ToHashSet();
        return kept.Where(c => !drop.Contains(c)).ToList();
    }
}
