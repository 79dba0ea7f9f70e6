using System.Text;

namespace HitQuiz.Generation;

/// <summary>
/// Finds acronyms an article uses for two things. The shipped article defines "health information technicians, or
/// HITs", then writes "HIT programs" and "HIT technologies" while also speaking of "health information technology":
/// a reader cannot tell which one "HIT" stands for. When a run of words in the same article spells the acronym's
/// letters, shares a word with its expansion and still differs from it (beyond a plural), the acronym is reported as a
/// conflict, and like any conflicting value it is never a key nor a distractor: no item asks what it stands for.
/// </summary>
internal static class AcronymAmbiguity
{
    public static void Report(DocumentView view, IReadOnlyList<Fact> facts, ConsistencyReport report)
    {
        var byLetters = facts.Where(f => f.Kind == FactKind.Acronym)
            .GroupBy(f => Letters(f.Subject))
            .Where(g => g.Key.Length >= 2)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (byLetters.Count == 0)
        {
            return;
        }

        // Acronyms by first letter: each word is compared only with the acronyms it could begin.
        var byFirst = byLetters.Keys.GroupBy(k => k[0]).ToDictionary(g => g.Key, g => g.ToArray());
        // Each article is read on its own, so a document of many articles shares them out among the cores; the runs
        // found are reported in the order one pass over the document would find them.
        var articles = view.Sentences.GroupBy(s => view.Articles.At(s.Line)).Select(g => (Article: g.Key, Sentences: g.ToList())).ToList();
        var found = InOrder.SelectMany(articles, a => Find(view, a.Article, a.Sentences, byLetters, byFirst));
        foreach (var (article, letters, fact, other) in found.OrderBy(f => f.Fact.Evidence.FirstLine))
        {
            report.Conflicts.Add(new Conflict($"meaning of {letters}", [new ConflictValue(fact.Value, fact.Evidence.FirstLine), other]));
            report.BanAcronym(article, letters);
        }
    }

    // The first run of words in the article that makes each of its acronyms ambiguous, in the order found.
    private static List<(int Article, string Letters, Fact Fact, ConflictValue Other)> Find(
        DocumentView view, int article, List<SourceSentence> sentences, Dictionary<string, List<Fact>> byLetters, Dictionary<char, string[]> byFirst)
    {
        var found = new List<(int Article, string Letters, Fact Fact, ConflictValue Other)>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        var buffer = new char[64];
        foreach (var sentence in sentences)
        {
            // Most sentences spell no acronym: their words are made into strings only when a run of them does.
            var initials = Initials(sentence.Text, builder, ref buffer);
            string[]? words = null;
            for (var start = 0; start < initials.Length; start++)
            {
                if (initials[start] == NotContent || !byFirst.TryGetValue(initials[start], out var candidates))
                {
                    continue;
                }

                // Only the first run that makes an acronym ambiguous in an article is reported.
                foreach (var letters in candidates)
                {
                    if (!Spells(initials, start, letters) || reported.Contains(letters))
                    {
                        continue;
                    }

                    words ??= Words.Tokens(sentence.Text);
                    var window = words[start..(start + letters.Length)];
                    foreach (var fact in byLetters[letters].Where(f => view.Articles.At(f.Evidence.FirstLine) == article))
                    {
                        var expansion = Words.Tokens(fact.Value);
                        if (!reported.Contains(letters) && !SameWords(window, expansion) && window.Intersect(expansion).Any())
                        {
                            reported.Add(letters);
                            found.Add((article, letters, fact, new ConflictValue(string.Join(' ', window), sentence.Line)));
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The letters an acronym spells: "HITs" and "HIT" both spell HIT.</summary>
    public static string Letters(string acronym) =>
        (acronym.Length > 2 && acronym.EndsWith('s') ? acronym[..^1] : acronym).ToUpperInvariant();

    private const char NotContent = '\0';

    // The upper-case initial of each word of the normalised text (the words of Words.Tokens), or NotContent for a word
    // that is not a content word: "has it to" spells HIT too, but names nothing.
    private static ReadOnlySpan<char> Initials(string text, StringBuilder initials, ref char[] into)
    {
        using var buffer = new CharBuffer(stackalloc char[256], text.Length);
        var normalized = buffer.Span[..Words.Normalize(text, buffer.Span)];
        initials.Clear();
        foreach (var range in normalized.Split(' '))
        {
            var word = normalized[range];
            if (!word.IsEmpty)
            {
                initials.Append(IsContentWord(word) ? char.ToUpperInvariant(word[0]) : NotContent);
            }
        }

        // Copied into a buffer kept from sentence to sentence: one string per sentence of the document was garbage.
        if (into.Length < initials.Length)
        {
            into = new char[Math.Max(initials.Length, 2 * into.Length)];
        }

        initials.CopyTo(0, into, initials.Length);
        return into.AsSpan(0, initials.Length);
    }

    private static bool IsContentWord(ReadOnlySpan<char> word) => word.Length >= 3 && IsLetters(word) && !Words.IsStopWord(word);

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Spells(ReadOnlySpan<char> initials, int start, string letters) =>
        start + letters.Length <= initials.Length && initials.Slice(start, letters.Length).SequenceEqual(letters);

    private static bool SameWords(string[] a, string[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => Singular(p.First) == Singular(p.Second));

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
