using HitQuiz.Questions;
using HitQuiz.Sources;

namespace HitQuiz.Sessions;

/// <summary>
/// Builds what is shown after an answer: the question's explanation and the section of its source document,
/// with the evidence sentence (or the cited line) highlighted.
/// </summary>
public static class ExplanationBuilder
{
    public static AnswerExplanation Build(Question question, IReadOnlyDictionary<string, SourceDocument> sources) =>
        new(question.Explanation, Passage(question.Source, sources));

    private static SourcePassage? Passage(SourceReference? reference, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        if (reference is null || !sources.TryGetValue(reference.Document, out var document))
        {
            return null;
        }

        var section = SectionResolver.Resolve(document, reference.Section, reference.Line).Section;
        if (section is null)
        {
            return null;
        }

        var excerpt = SectionExcerpt.Render(section, reference.Evidence, reference.Line);
        return new SourcePassage(document.Name, excerpt.Title, section.FirstLine, section.LastLine, excerpt.Text, excerpt.Highlights);
    }
}
