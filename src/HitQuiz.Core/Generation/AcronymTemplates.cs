using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Acronym ↔ expansion questions, with the document's other acronyms as distractors. An acronym the article uses
/// for two things (see <see cref="AcronymAmbiguity"/>) is neither asked nor offered.
/// </summary>
internal static class AcronymTemplates
{
    public static IEnumerable<Candidate> Create(GenerationContext context)
    {
        var usable = context.Acronyms.Where(a => !context.Report.IsAmbiguousAcronym(a)).ToList();
        foreach (var fact in usable)
        {
            var others = usable.Where(a => a != fact).ToList();
            var banned = context.Report.BannedValuesFor(fact.Evidence);
            var expansion = TitleCase.Apply(fact.Value);
            var wrongExpansions = Distractors.Texts(expansion, others.Select(a => TitleCase.Apply(a.Value)), [expansion], banned, 3);
            yield return new Candidate("acronym-expansion", fact.Key, QuestionKind.MultipleChoice,
                $"In this article, what does \"{fact.Subject}\" stand for?", [expansion], fact.Evidence)
            { Distractors = wrongExpansions, TrueValues = [fact.Subject, fact.Value], Priority = 80 };

            var wrongAcronyms = Distractors.Texts(fact.Subject, others.Select(a => a.Subject), [fact.Subject], banned, 3);
            yield return new Candidate("expansion-acronym", fact.Key, QuestionKind.MultipleChoice,
                $"Which abbreviation does the article use for \"{fact.Value}\"?", [fact.Subject], fact.Evidence)
            { Distractors = wrongAcronyms, TrueValues = [fact.Subject, fact.Value], Priority = 75 };
        }
    }
}
