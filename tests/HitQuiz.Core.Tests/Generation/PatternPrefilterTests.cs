using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

// Two sentence patterns are tried only on sentences a plain scan cannot rule out; the scan must never rule out a match.
public sealed class PatternPrefilterTests
{
    private static IEnumerable<string> Sentences() =>
        new[] { TestSources.ShippedText, TestSources.FixtureText }
            .SelectMany(text => new DocumentView(TestSources.Parse(text)).Sentences.Select(s => s.Text))
            .Concat(Crafted);

    private static readonly string[] Crafted =
    [
        "Health information technicians, or HITs, are trained medical data managers.",
        "Coders are skilled workers.\n",
        "Médecins are trained staff.",
        "Registrars are\tskilled_workers of data.",
        "Coders (CPC) are trained staff.",
        "Coders are trained staff, mostly.",
        "Tools like spreadsheets and databases help.",
        "Courses include topics such as coding, billing and privacy.",
        "Some tasks, for example, coding, billing and privacy law.",
        "It takes a combination of the coursework and practice.",
        "Coders act on behalf of patients, doctors and insurers.",
    ];

    [Fact]
    public void A_sentence_the_definition_pattern_matches_is_never_ruled_out_first()
    {
        var matched = Sentences().Where(s => StatementReader.Definition().IsMatch(s)).ToList();

        Assert.True(matched.Count >= 3, $"only {matched.Count} definitions to check");
        Assert.All(matched, s => Assert.True(StatementReader.MayBeDefinition(s), s));
    }

    [Fact]
    public void A_sentence_the_example_list_pattern_matches_is_never_ruled_out_first()
    {
        var matched = Sentences().Where(s => InlineListReader.Examples().IsMatch(s)).ToList();

        Assert.True(matched.Count >= 5, $"only {matched.Count} example lists to check");
        Assert.All(matched, s => Assert.True(InlineListReader.MayHaveExamples(s), s));
    }

    [Fact]
    public void Sentences_that_cannot_be_definitions_are_ruled_out_by_their_punctuation_or_commas()
    {
        Assert.False(StatementReader.MayBeDefinition("Coders (CPC) are trained staff."));
        Assert.False(StatementReader.MayBeDefinition("Coders are trained staff, mostly."));
        Assert.False(StatementReader.MayBeDefinition("coders are trained staff."));
        Assert.False(StatementReader.MayBeDefinition("Coders are trained staff"));
        Assert.True(StatementReader.MayBeDefinition("Health information technicians, or HITs, are trained medical data managers."));
        Assert.Equal(("Coders", "are skilled workers"), StatementReader.ReadDefinition("Coders are skilled workers.\n"));
    }

    [Fact]
    public void Sentences_without_an_example_marker_are_ruled_out_and_each_marker_lets_a_sentence_through()
    {
        Assert.False(InlineListReader.MayHaveExamples("Coders handle billing, privacy and audits."));
        Assert.All(Crafted[^5..], s => Assert.True(InlineListReader.MayHaveExamples(s), s));
        Assert.Equal(["coding", "billing", "privacy"], InlineListReader.Read("Courses include topics such as coding, billing and privacy.")?.Members);
    }
}
