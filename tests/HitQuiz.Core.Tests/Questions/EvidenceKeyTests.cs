using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class EvidenceKeyTests
{
    private static Question Citing(string? evidence) =>
        new("Q-1", QuestionKind.TrueFalse, "Stem.", ["True", "False"], ["True"]) { Source = new SourceReference("sources/a.txt", "Section", null, evidence) };

    [Fact]
    public void Sentences_differing_only_in_case_spacing_and_punctuation_share_a_key()
    {
        Assert.Equal(
            EvidenceKey.Of(Citing("HITs don't need to be licensed with states.")),
            EvidenceKey.Of(Citing("  hits DON’T need to be licensed  with states ")));
    }

    [Fact]
    public void Different_sentences_have_different_keys()
    {
        Assert.NotEqual(EvidenceKey.Of(Citing("Certification is available through AHIMA.")), EvidenceKey.Of(Citing("Certification is available through CAHIIM.")));
    }

    [Fact]
    public void A_question_without_evidence_has_key_zero_and_one_with_evidence_never_does()
    {
        Assert.Equal(0, EvidenceKey.Of(Citing(null)));
        Assert.Equal(0, EvidenceKey.Of(Citing("")));
        Assert.NotEqual(0, EvidenceKey.Of(Citing("...")));
    }
}
