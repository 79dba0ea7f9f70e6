using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Quiz-level audits over items that passed the hard checks, best first: no near-duplicate stems (word-pair shingles,
/// looked up through an index of their rarest pairs so the pass stays linear, see <see cref="NearDuplicates"/>), no
/// stem that gives away another item's key, and the key the longest option in at most 30 % of choice items.
/// </summary>
internal static class QuizAudit
{
    private const double LongestKeyLimit = 0.30;

    public static List<Candidate> Apply(IEnumerable<Candidate> ranked, Action<Candidate, string>? dropped = null)
    {
        var list = ranked as IReadOnlyList<Candidate> ?? ranked.ToList();
        // Hashing a stem's word pairs reads only that stem, so it is shared among the cores; the ids come after, in order.
        var hashes = InOrder.Select(list, c => ShingleIds.HashesOf(c.Distinctive ?? c.Stem));
        var shingles = new ShingleIds(list.Count);
        var items = new List<(Candidate Item, int[] Shingles)>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            items.Add((list[i], shingles.Of(hashes[i])));
        }

        var kept = new List<AuditEntry>();
        var reveals = new RevealIndex(items.Select(i => i.Item));
        var stems = new NearDuplicates(items.ConvertAll(i => i.Shingles));
        foreach (var (item, own) in items)
        {
            if (stems.TwinOf(own) is { } twin)
            {
                dropped?.Invoke(item, $"near-duplicate of {kept[twin].Item.Stem}");
                continue;
            }

            var entry = new AuditEntry(item);
            if (reveals.FirstRevealing(entry, Reveals) is { } revealed)
            {
                dropped?.Invoke(item, $"gives away or is given away by {revealed.Item.Stem}");
                continue;
            }

            kept.Add(entry);
            reveals.Add(entry);
            stems.Add(own);
        }

        return LimitLongestKeys(kept.Select(e => e.Item).ToList(), dropped);
    }

    public static bool KeyIsLongest(Candidate item) =>
        item.Distractors.Count > 0 && !item.Answers.All(OptionOrder.IsNumeric)
        && item.Answers.Max(a => a.Length) > item.Distractors.Max(d => d.Length);

    // A stem that states another item's key makes that item trivial: typed answers anywhere, and any key of an
    // item drawn from the same sentence.
    // Two views of one fact always reveal each other. Otherwise a typed answer is revealed by any stem stating it
    // (a single common word only by a stem from the same sentence), and a chosen answer by a stem from the same
    // sentence. Naming an acronym reveals nothing about its expansion unless both are stated.
    internal static bool Reveals(AuditEntry asking, AuditEntry keyed)
    {
        if (IsSameQuestion(asking.Item, keyed.Item))
        {
            return true;
        }

        if (!asking.States(keyed))
        {
            return false;
        }

        var (a, k) = (asking.Item, keyed.Item);
        var sameSentence = a.Evidence.Text == k.Evidence.Text;
        return a.FactKey == k.FactKey
            || k.Kind == QuestionKind.Cloze && (sameSentence || k.Key.Contains(' ', StringComparison.Ordinal) || keyed.Keys[0].Number is not null)
            || sameSentence && !IsAcronymItem(a) && (!IsAcronymItem(k) || k.TrueValues.All(t => asking.Stem.Contains(Words.Padded(t), StringComparison.Ordinal)));
    }


    // Choosing and typing the same key of the same fact is one question asked twice.
    private static bool IsSameQuestion(Candidate a, Candidate b) =>
        a.FactKey == b.FactKey && a.Kind != QuestionKind.TrueFalse && b.Kind != QuestionKind.TrueFalse && Words.SameText(a.Key, b.Key);

    private static bool IsAcronymItem(Candidate c) => c.Template is "acronym-expansion" or "expansion-acronym";

    private static bool States(string stem, string key) =>
        QuantityReader.Read(key) is [{ } number] && number.Text.Length >= key.Length - 1
            ? QuantityReader.Read(stem).Any(q => q.Value == number.Value && q.Unit == number.Unit)
            : Words.ContainsPhrase(stem, key);

    private static List<Candidate> LimitLongestKeys(List<Candidate> kept, Action<Candidate, string>? dropped)
    {
        var choice = kept.Count(c => c.Distractors.Count > 0 && c.Kind != QuestionKind.TrueFalse);
        var longest = kept.Where(KeyIsLongest).ToList();
        var excess = longest.Count - (int)Math.Floor(choice * LongestKeyLimit);
        var drop = longest.OrderBy(c => c.Priority).Take(Math.Max(0, excess)).ToHashSet();
        foreach (var c in drop)
        {
            dropped?.Invoke(c, "the key is the longest option in too many items");
        }

        return kept.Where(c => !drop.Contains(c)).ToList();
    }
}
