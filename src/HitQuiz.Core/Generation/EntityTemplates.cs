using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Role questions over sentences that name an organization or credential: "All programs should be accredited by which
/// organization?" with the document's other organizations as distractors (the certifying body is a strong wrong answer
/// to "who accredits?"), and the same sentence as true/false with the entity swapped.
/// </summary>
internal static class EntityTemplates
{
    // Looked up by the lower-cased word read in place, so that reading the words around a mention copies nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Before = WordSet(["by", "through", "with", "from", "to", "of", "at", "for"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> After =
        WordSet(["are", "is", "was", "were", "says", "said", "issues", "offers", "and", "in", "which", "as", "reports"]);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleNouns = WordSet(["title", "credential", "credentials", "certification", "designation"]);

    public static IEnumerable<Candidate> Create(GenerationContext context)
    {
        var entities = context.Acronyms.Where(a => a.EntityType != EntityType.Term).ToList();
        var expansions = entities.Select(e => e.Value.ToUpperInvariant()).ToList();
        // A sentence's role questions are keyed by its text, so a repeat of it would only repeat their ids: each text is read once.
        var sentences = context.View.Sentences.Where(s => context.IsUsable(s.Evidence)).DistinctBy(s => s.Text).ToList();
        return InOrder.SelectMany(sentences, sentence => For(sentence, entities, expansions));
    }

    private static IEnumerable<Candidate> For(SourceSentence sentence, List<Fact> entities, List<string> expansions)
    {
        var named = Named(sentence.Text, entities, expansions);
        foreach (var entity in named)
        {
            if (MentionFinder.Find(sentence.Text, entity) is not { } mention)
            {
                continue;
            }

            var others = entities.Where(e => e != entity && e.EntityType == entity.EntityType && (!named.Contains(e) || MentionFinder.Find(sentence.Text, e) is null))
                .Select(e => e.Subject).ToList();
            var roles = Role(sentence, mention, others).ToList();
            foreach (var candidate in roles.Concat(roles.Count > 0 ? Swap(sentence, mention, others) : []))
            {
                yield return candidate;
            }
        }
    }

    // The entities whose acronym or expansion (in any case) occurs in the sentence: few sentences name any, and
    // this cheap test spares the search for whole-word mentions in all the others. The sentence is upper-cased on the
    // stack, once, and only when an expansion must be looked for.
    private static IReadOnlyList<Fact> Named(string sentence, List<Fact> entities, List<string> expansions)
    {
        List<Fact>? named = null;
        using var pooled = new CharBuffer(stackalloc char[512], sentence.Length);
        var buffer = pooled.Span;
        var upper = -1;
        for (var i = 0; i < entities.Count; i++)
        {
            if (!sentence.Contains(entities[i].Subject, StringComparison.Ordinal))
            {
                if (upper < 0)
                {
                    upper = sentence.AsSpan().ToUpperInvariant(buffer);
                }

                if (!buffer[..upper].Contains(expansions[i], StringComparison.Ordinal))
                {
                    continue;
                }
            }

            (named ??= []).Add(entities[i]);
        }

        return named is null ? [] : named;
    }

    private static IEnumerable<Candidate> Role(SourceSentence sentence, Mention mention, List<string> others)
    {
        if (RoleStem(sentence.Text, mention) is not { } stem)
        {
            yield break;
        }

        yield return new Candidate("entity-role", new FactKey(mention.Entity, sentence.Text), QuestionKind.MultipleChoice, stem,
            [mention.Entity.Subject], sentence.Evidence)
        {
            Distractors = others.Take(3).ToList(),
            TrueValues = [mention.Entity.Subject, mention.Entity.Value],
            Priority = QuantityReader.Read(stem).Count > 0 ? 30 : 70, // a stem full of figures would give away the number items
        };
    }

    // The sentence asking for the mention's role, "… by which organization?" (or "which credential", or the role noun
    // that follows "the" + mention: "the RHIT credential" → "which credential"); null when the words around the mention
    // do not read as naming its role: it must open the sentence or follow a preposition, and be followed by a verb or
    // joining word, a comma, or nothing.
    private static string? RoleStem(string text, Mention mention)
    {
        var rest = text.AsSpan(mention.End);
        var restWords = rest.TrimStart();
        var next = FirstWord(restWords).TrimEnd(",.;");
        var noun = mention.Entity.EntityType == EntityType.Organization ? "organization" : "credential";
        var end = mention.End;
        if (IsIn(RoleNouns, next) && text.AsSpan(mention.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            noun = next.ToString().ToLowerInvariant();
            end = mention.End + (rest.Length - restWords.Length) + next.Length;
        }
        else if (!(mention.Start == 0 || IsIn(Before, LastWord(text.AsSpan(0, mention.Start).TrimEnd())))
            || !(next.IsEmpty || IsIn(After, next) || restWords.StartsWith(',')))
        {
            return null;
        }

        // As written: the words before the mention, "which" and the noun, the words after it without the closing
        // punctuation, capitalised, and a question mark.
        var head = text.AsSpan(0, mention.Start);
        var tail = text.AsSpan(end).TrimEnd(". ,");
        using var buffer = new CharBuffer(stackalloc char[256], head.Length + "which ".Length + noun.Length + tail.Length + 1);
        var stem = buffer.Span;
        head.CopyTo(stem);
        "which ".CopyTo(stem[head.Length..]);
        noun.CopyTo(stem[(head.Length + "which ".Length)..]);
        tail.CopyTo(stem[(head.Length + "which ".Length + noun.Length)..]);
        var length = ((ReadOnlySpan<char>)stem[..^1]).TrimEnd(',').Length;
        stem[length] = '?';
        return Capitalized(stem[..(length + 1)]);
    }

    private static IEnumerable<Candidate> Swap(SourceSentence sentence, Mention mention, List<string> others)
    {
        var text = sentence.Text;
        var isTrue = StableId.Seed(sentence.Text + mention.Entity.Subject) % 2 == 0 || others.Count == 0;
        var shown = isTrue ? mention.Entity.Subject : others[0];
        var article = text.AsSpan(mention.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && RoleNounFollows(text, mention) ? "the " : "";
        var statement = Statement(text, mention, article, shown);
        yield return new Candidate("entity-tf", new FactKey(mention.Entity, sentence.Text), QuestionKind.TrueFalse, statement,
            [isTrue ? "True" : "False"], sentence.Evidence) { TrueValues = [mention.Entity.Subject, mention.Entity.Value], Priority = 35 };
    }

    // The sentence with the mention replaced by the article and the shown entity, capitalised.
    private static string Statement(string text, Mention mention, string article, string shown)
    {
        var head = text.AsSpan(0, mention.Start);
        var tail = text.AsSpan(mention.End);
        using var buffer = new CharBuffer(stackalloc char[256], head.Length + article.Length + shown.Length + tail.Length);
        var statement = buffer.Span;
        head.CopyTo(statement);
        article.CopyTo(statement[head.Length..]);
        shown.CopyTo(statement[(head.Length + article.Length)..]);
        tail.CopyTo(statement[(head.Length + article.Length + shown.Length)..]);
        return Capitalized(statement);
    }

    private static bool RoleNounFollows(string text, Mention mention) =>
        IsIn(RoleNouns, FirstWord(text.AsSpan(mention.End).TrimStart()).TrimEnd(",."));

    // What Words.Capitalize makes of the text: its first character upper-cased.
    private static string Capitalized(Span<char> text)
    {
        if (!text.IsEmpty)
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return new string(text);
    }

    // Up to the first space: the text split at spaces, first part.
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text) => text.IndexOf(' ') is var space and >= 0 ? text[..space] : text;

    // After the last space: the text split at spaces, last part.
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text) => text[(text.LastIndexOf(' ') + 1)..];

    // Whether the word, lower-cased, is one of the set's (lower-case) words; longer words than any of them are not.
    private static bool IsIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        return word.Length <= lower.Length && words.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    // Lower-case words of at most 16 letters (see IsIn).
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
