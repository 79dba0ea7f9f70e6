using HitQuiz.Generation;

namespace HitQuiz.Core.Tests.Generation;

public sealed class ConsistencyTests
{
    private static GenerationResult Generate(string text) => QuestionGenerator.Generate(TestSources.Parse(text));

    [Fact]
    public void Two_sentences_stating_different_median_pay_for_the_same_year_conflict()
    {
        var result = Generate("Title\n\nPay\n\nThe median salary was $39,340 in 2012. Elsewhere the median salary was about $34,000 in 2012.\n");
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal([5, 5], conflict.Values.Select(v => v.Line));
    }

    [Fact]
    public void Banned_evidence_is_recognised_whatever_its_case_and_punctuation_but_only_on_its_own_line()
    {
        var report = new ConsistencyReport();
        report.Ban(new Observation("$39,340", new Evidence("Pay", 5, 5, "The median salary was $39,340 in 2012."), null));

        Assert.True(report.IsBannedEvidence(new Evidence("Pay", 5, 5, "the Median salary, was $39,340 in 2012")));
        Assert.False(report.IsBannedEvidence(new Evidence("Pay", 6, 6, "The median salary was $39,340 in 2012.")));
        Assert.False(report.IsBannedEvidence(new Evidence("Pay", 5, 5, "The median salary was $34,000 in 2012.")));
    }

    [Fact]
    public void A_hedged_figure_within_its_range_does_not_conflict_with_the_table()
    {
        var result = Generate("Title\n\nQuick Look\nNew positions (2010-2020) +37,700\n\nOutlook\n\nThe field will add nearly 40,000 new positions by 2020.\n");
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void A_sentence_naming_a_different_credential_for_the_table_row_conflicts()
    {
        var result = Generate("Title\n\nQuick Look\nEntry-level education Certificate/Diploma\n\nEducation\n\nThe entry level of educational attainment is the 2-year associate's degree.\n");
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("Entry-level education", conflict.Attribute);
        Assert.Equal(["Certificate/Diploma", "2-year associate's degree"], conflict.Values.Select(v => v.Text));
    }

    [Fact]
    public void A_consistent_occupational_profile_reports_no_conflict()
    {
        Assert.Empty(TestSources.FixtureQuestions.Conflicts);
    }

    [Fact]
    public void An_acronym_whose_letters_also_spell_a_related_phrase_is_reported_as_used_for_two_things()
    {
        var result = Generate("Title\n\nNursing\n\nRegistered nurses, or RNs, care for patients. Some clinics also hire registered nutritionists for diets.\n");

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("meaning of RN", conflict.Attribute);
        Assert.Equal(["Registered nurses", "registered nutritionists"], conflict.Values.Select(v => v.Text));
    }

    [Theory]
    [InlineData("Most coders hold the Certified Coding Specialist (CCS) credential. Customer care services are outsourced.")]
    [InlineData("Health information technicians, or HITs, manage records. The hospital has it to hand for the interns.")]
    [InlineData("Health information technicians, or HITs, manage records. Many health information technicians work nights.")]
    public void Unrelated_words_function_words_or_the_expansion_itself_do_not_make_an_acronym_ambiguous(string sentence)
    {
        Assert.Empty(Generate($"Title\n\nWork\n\n{sentence}\n").Conflicts);
    }
}
