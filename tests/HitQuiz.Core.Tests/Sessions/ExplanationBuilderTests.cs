using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Sources;

namespace HitQuiz.Core.Tests.Sessions;

public sealed class ExplanationBuilderTests
{
    private const string Article = """
        Careers

        Educational Requirements

        Most employers expect an associate's degree. All programs should be accredited by CAHIIM. Students learn statistics.

        Job Outlook

        Jobs will grow by 21 percent.
        """;

    private static readonly Dictionary<string, SourceDocument> Sources = new()
    {
        ["sources/a.txt"] = PlainTextSourceParser.Parse("sources/a.txt", Article),
    };

    private static Question Asked(SourceReference source) =>
        new("Q1", QuestionKind.TrueFalse, "Programs must be accredited.", ["True", "False"], ["True"])
        {
            Source = source,
            Explanation = "CAHIIM accredits programs.",
        };

    [Fact]
    public void The_explanation_shows_the_cited_section_with_the_evidence_highlighted()
    {
        var question = Asked(new SourceReference("sources/a.txt", "Educational Requirements", null, "All programs should be accredited by CAHIIM."));

        var explanation = ExplanationBuilder.Build(question, Sources);

        Assert.Equal("CAHIIM accredits programs.", explanation.Why);
        var passage = Assert.IsType<SourcePassage>(explanation.Passage);
        Assert.Equal(("Educational Requirements", "sources/a.txt"), (passage.SectionTitle, passage.Document));
        Assert.Contains("Students learn statistics.", passage.Text);
        Assert.Equal(["All programs should be accredited by CAHIIM."], passage.HighlightedText);
    }

    [Fact]
    public void A_source_whose_document_is_not_loaded_gives_an_explanation_without_a_passage()
    {
        var explanation = ExplanationBuilder.Build(Asked(new SourceReference("sources/missing.txt", "Job Outlook")), Sources);

        Assert.Null(explanation.Passage);
        Assert.Equal("CAHIIM accredits programs.", explanation.Why);
    }

    [Fact]
    public void A_section_that_does_not_resolve_gives_no_passage()
    {
        Assert.Null(ExplanationBuilder.Build(Asked(new SourceReference("sources/a.txt", "Salary")), Sources).Passage);
    }
}
