using HitQuiz.Questions;

namespace HitQuiz.Generation;

/// <summary>
/// Acronym ↔ expansion questions, with the document's other acronyms as distractors. An acronym the article uses
/// for two things (see <see cref="AcronymAmbiguity"/>) is neither asked nor offered. Each item says what its wrong
/// options are in the article, so a learner who picked one learns that abbreviation too.
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
            yield return new Candidate("acronym-expansion", fact, QuestionKind.MultipleChoice,
                $"In this article, what does \"{fact.Subject}\" stand for?", [expansion], fact.Evidence)
            {
                Distractors = wrongExpansions, TrueValues = [fact.Subject, fact.Value], Priority = 80,
                Rationale = Rationale(wrongExpansions.Select(d => others.First(a => TitleCase.Apply(a.Value) == d)).Select(a => $"{TitleCase.Apply(a.Value)} {Verb(a.Subject)} {a.Subject}")),
            };

            var wrongAcronyms = Distractors.Texts(fact.Subject, others.Select(a => a.Subject), [fact.Subject], banned, 3);
            yield return new Candidate("expansion-acronym", fact, QuestionKind.MultipleChoice,
                $"Which abbreviation does the article use for \"{fact.Value}\"?", [fact.Subject], fact.Evidence)
            {
                Distractors = wrongAcronyms, TrueValues = [fact.Subject, fact.Value], Priority = 75,
                Rationale = Rationale(wrongAcronyms.Select(d => others.First(a => a.Subject == d)).Select(a => $"{a.Subject} {Verb(a.Subject)} the {a.Value}")),
            };
        }
    }

    // A plural abbreviation ("DRGs") names several things.
    private static string Verb(string acronym) =>
        acronym.Length > 1 && acronym[^1] == 's' && char.IsUpper(acronym[^2]) ? "are" : "is";

    // "In the article, CHDA is the Certified Health Data Analyst; DRGs are the Diagnosis-Related Groups."
    private static string? Rationale(IEnumerable<string> parts) =>
        string.Join("; ", parts) is { Length: > 0 } said ? $"In the article, {said}." : null;
}
