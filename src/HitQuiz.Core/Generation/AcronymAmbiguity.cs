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
        var found = new Dictionary<(int Article, string Letters), (Fact Fact, ConflictValue Other)>();
        foreach (var sentence in view.Sentences)
        {
            var words = Words.Tokens(sentence.Text);
            var content = words.Select(IsContentWord).ToArray();
            var article = view.Articles.At(sentence.Line);
            for (var start = 0; start < words.Length; start++)
            {
                if (!content[start] || !byFirst.TryGetValue(char.ToUpperInvariant(words[start][0]), out var candidates))
                {
                    continue;
                }

                foreach (var letters in candidates.Where(l => Spells(words, content, start, l)))
                {
                    var window = words[start..(start + letters.Length)];
                    foreach (var fact in byLetters[letters].Where(f => view.Articles.At(f.Evidence.FirstLine) == article))
                    {
                        var expansion = Words.Tokens(fact.Value);
                        if (!found.ContainsKey((article, letters)) && !SameWords(window, expansion) && window.Intersect(expansion).Any())
                        {
                            found[(article, letters)] = (fact, new ConflictValue(string.Join(' ', window), sentence.Line));
                        }
                    }
                }
            }
        }

        foreach (var ((article, letters), (fact, other)) in found.OrderBy(f => f.Value.Fact.Evidence.FirstLine))
        {
            report.Conflicts.Add(new Conflict($"meaning of {letters}", [new ConflictValue(fact.Value, fact.Evidence.FirstLine), other]));
            report.BanAcronym(article, letters);
        }
    }

    /// <summary>The letters an acronym spells: "HITs" and "HIT" both spell HIT.</summary>
    public static string Letters(string acronym) =>
        (acronym.Length > 2 && acronym.EndsWith('s') ? acronym[..^1] : acronym).ToUpperInvariant();

    // Content words only: "has it to" spells HIT too, but names nothing.
    private static bool IsContentWord(string word) => word.Length >= 3 && IsLetters(word) && !Words.IsStopWord(word);

    private static bool IsLetters(string word)
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

    private static bool Spells(string[] words, bool[] content, int start, string letters)
    {
        if (start + letters.Length > words.Length)
        {
            return false;
        }

        for (var i = 0; i < letters.Length; i++)
        {
            if (!content[start + i] || char.ToUpperInvariant(words[start + i][0]) != letters[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameWords(string[] a, string[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => Singular(p.First) == Singular(p.Second));

    private static string Singular(string word) => word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
}
