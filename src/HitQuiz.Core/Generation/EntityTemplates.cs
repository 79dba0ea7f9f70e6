using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Role questions over sentences that name an organization or credential: "All programs should be accredited by which
/// organization?" with the document's other organizations as distractors (the certifying body is a strong wrong answer
/// to "who accredits?"), and the same sentence as true/false with the entity swapped.
/// </summary>
internal static class EntityTemplates
{
    private static readonly HashSet<string> Before = ["by", "through", "with", "from", "to", "of", "at", "for"];
    private static readonly HashSet<string> After = ["are", "is", "was", "were", "says", "said", "issues", "offers", "and", "in", "which", "as", "reports"];
    private static readonly HashSet<string> RoleNouns = ["title", "credential", "credentials", "certification", "designation"];

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
        var text = sentence.Text;
        var before = text[..mention.Start].TrimEnd().Split(' ').LastOrDefault("").ToLowerInvariant();
        var rest = text[mention.End..];
        var next = rest.TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';').ToLowerInvariant();
        var noun = mention.Entity.EntityType == EntityType.Organization ? "organization" : "credential";
        var end = mention.End;
        if (RoleNouns.Contains(next) && text[mention.Start..].StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            noun = next;
            end = mention.End + rest.IndexOf(rest.TrimStart().Split(' ', 2)[0], StringComparison.Ordinal) + next.Length;
        }
        else if (!(mention.Start == 0 || Before.Contains(before)) || !(next.Length == 0 || After.Contains(next) || rest.TrimStart().StartsWith(',')))
        {
            yield break;
        }

        var stem = text[..mention.Start] + $"which {noun}" + text[end..].TrimEnd('.', ' ', ',');
        stem = Words.Capitalize(stem.TrimEnd(',')) + "?";
        yield return new Candidate("entity-role", new FactKey(mention.Entity, sentence.Text), QuestionKind.MultipleChoice, stem,
            [mention.Entity.Subject], sentence.Evidence)
        {
            Distractors = others.Take(3).ToList(),
            TrueValues = [mention.Entity.Subject, mention.Entity.Value],
            Priority = QuantityReader.Read(stem).Count > 0 ? 30 : 70, // a stem full of figures would give away the number items
        };
    }

    private static IEnumerable<Candidate> Swap(SourceSentence sentence, Mention mention, List<string> others)
    {
        var text = sentence.Text;
        var isTrue = StableId.Seed(sentence.Text + mention.Entity.Subject) % 2 == 0 || others.Count == 0;
        var shown = isTrue ? mention.Entity.Subject : others[0];
        var article = text[mention.Start..].StartsWith("the ", StringComparison.OrdinalIgnoreCase) && RoleNounFollows(text, mention) ? "the " : "";
        var statement = Words.Capitalize(text[..mention.Start] + article + shown + text[mention.End..]);
        yield return new Candidate("entity-tf", new FactKey(mention.Entity, sentence.Text), QuestionKind.TrueFalse, statement,
            [isTrue ? "True" : "False"], sentence.Evidence) { TrueValues = [mention.Entity.Subject, mention.Entity.Value], Priority = 35 };
    }

    private static bool RoleNounFollows(string text, Mention mention) =>
        RoleNouns.Contains(text[mention.End..].TrimStart().Split(' ', 2)[0].TrimEnd(',', '.').ToLowerInvariant());
}
