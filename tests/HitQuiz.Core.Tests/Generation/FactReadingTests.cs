using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class FactReadingTests
{
    [Fact]
    public void A_fact_copied_with_another_value_has_that_values_key()
    {
        var fact = new Fact(FactKind.Quantity, "It pays $39,340.", "$39,340", new Evidence("Salary", 3, 3, "It pays $39,340.")) { Members = ["a"] };
        Assert.Equal("Quantity|It pays $39,340.|$39,340", fact.Key);

        var copy = fact with { Value = "$40,000" };

        Assert.Equal("Quantity|It pays $39,340.|$40,000", copy.Key);
        Assert.Equal((fact.Subject, fact.Evidence, fact.Members), (copy.Subject, copy.Evidence, copy.Members));
    }

    [Fact]
    public void A_sentence_the_document_repeats_states_the_same_facts_at_each_of_its_lines()
    {
        const string Sentence = "Most programs take 2 years, with courses such as coding, billing and privacy law.";
        var document = TestSources.Parse($"How to Become a Coder\n\nTraining\n\n{Sentence}\n\nCareers\n\n{Sentence}\n");
        var facts = FactExtractor.Extract(new DocumentView(document));

        var byLine = facts.Where(f => f.Evidence.Text == Sentence).GroupBy(f => f.Evidence.FirstLine).ToList();
        Assert.Equal(2, byLine.Count);
        Assert.Contains(byLine[0], f => f.Kind == FactKind.Quantity);
        Assert.Contains(byLine[0], f => f.Kind == FactKind.OpenList);
        Assert.Equal(["Training", "Careers"], byLine.Select(g => g.First().Evidence.Section));
        Assert.Equal(
            byLine[0].Select(f => (f.Kind, f.Subject, f.Value, string.Join("|", f.Members), f.Quantity?.Value)),
            byLine[1].Select(f => (f.Kind, f.Subject, f.Value, string.Join("|", f.Members), f.Quantity?.Value)));
        Assert.All(byLine[1], f => Assert.Equal(byLine[1].Key, f.Evidence.FirstLine));
    }

    [Theory]
    [InlineData("Health information technicians, or HITs, are trained medical data managers.", "HITs", "Health information technicians")]
    [InlineData("All programs should be accredited by the Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM).", "CAHIIM", "Commission on Accreditation for Health Informatics and Information Management Education")]
    [InlineData("Employers want certification with AHIMA, the American Health Information Management Association.", "AHIMA", "American Health Information Management Association")]
    [InlineData("Applicants can use the Registered Health Information Technician, or RHIT, title.", "RHIT", "Registered Health Information Technician")]
    [InlineData("According to the U.S. Bureau of Labor Statistics (BLS), pay rose.", "BLS", "Bureau of Labor Statistics")]
    [InlineData("Compile Diagnosis-Related Groups (DRGs)", "DRGs", "Diagnosis-Related Groups")]
    public void An_acronym_is_read_with_exactly_its_expansion(string sentence, string acronym, string expansion)
    {
        Assert.Contains((acronym, expansion), AcronymReader.Read(sentence));
    }

    [Fact]
    public void A_parenthetical_that_does_not_spell_the_acronym_is_not_an_acronym()
    {
        Assert.Empty(AcronymReader.Read("Positions grew quickly (AB) last year."));
    }

    [Theory]
    [InlineData("Commission on Accreditation", EntityType.Organization)]
    [InlineData("Certified Coding Specialist", EntityType.Credential)]
    [InlineData("International Classification of Diseases", EntityType.Term)]
    public void An_expansion_is_classified_for_role_distractors(string expansion, EntityType type)
    {
        Assert.Equal(type, AcronymReader.Classify(expansion));
    }

    [Fact]
    public void A_such_as_list_ending_in_and_more_is_read_as_open_examples()
    {
        var list = InlineListReader.Read("HITs can work in any setting, such as hospitals, nursing homes, prisons, and more.");
        Assert.NotNull(list);
        Assert.Equal(["hospitals", "nursing homes", "prisons"], list.Value.Members);
    }

    [Theory]
    [InlineData("HITs don't need to be licensed with states, but they must uphold the law.", "HITs need to be licensed with states.")]
    [InlineData("National certification is not mandatory, but it is common.", "National certification is mandatory.")]
    [InlineData("Specialists are not required to hold a state license.", "Specialists are required to hold a state license.")]
    public void A_denied_requirement_becomes_the_positive_statement_it_denies(string sentence, string positive)
    {
        Assert.Equal(positive, StatementReader.ReadDeniedRequirement(sentence));
    }

    [Fact]
    public void A_sentence_denying_twice_is_not_turned_into_a_statement()
    {
        Assert.Null(StatementReader.ReadDeniedRequirement("It is not true that certification is not required."));
    }

    [Fact]
    public void Boilerplate_sentences_yield_no_facts()
    {
        var document = TestSources.Parse("Title\n\nSection\n\nRead more. Your email address will not be published. We've provided a list of top schools here.\n");
        Assert.Empty(QuestionGenerator.Facts(document));
    }

    [Fact]
    public void A_bullet_list_under_a_lead_in_is_a_closed_list()
    {
        var document = TestSources.Parse("Title\n\nDuties\n\nOn a given shift, a technician may:\n  • Enter patient data\n  • Code diagnoses\n  • Audit records\n");
        var list = Assert.Single(QuestionGenerator.Facts(document), f => f.Kind == FactKind.ClosedList);
        Assert.Equal(["Enter patient data", "Code diagnoses", "Audit records"], list.Members);
    }
}
