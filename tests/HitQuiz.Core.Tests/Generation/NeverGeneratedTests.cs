using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>Items the generation guide says must never appear on the shipped article.</summary>
public sealed class NeverGeneratedTests
{
    private static IReadOnlyList<Question> Questions => TestSources.ShippedQuestions.Questions.Select(q => q.Question).ToList();

    [Theory]
    [InlineData("Read")]
    [InlineData("Your email address")]
    [InlineData("Required fields")]
    [InlineData("Leave a Reply")]
    [InlineData("We've provided")]
    [InlineData("here.")]
    [InlineData("Who organize")]
    [InlineData("This entity")]
    public void No_item_is_built_from_boilerplate_or_unresolved_text(string fragment)
    {
        Assert.DoesNotContain(Questions, q => TestSources.Shown(q).Contains(fragment, StringComparison.Ordinal)
            || (q.Source?.Evidence ?? "").StartsWith(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void A_conflicting_salary_is_never_a_key_or_an_option()
    {
        Assert.DoesNotContain(Questions, q => TestSources.Shown(q).Contains("39,340", StringComparison.Ordinal)
            || TestSources.Shown(q).Contains("34,000", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conflicting_entry_level_education_is_never_a_key_or_an_option()
    {
        Assert.DoesNotContain(Questions, q => q.Options.Concat(q.Answers).Any(o => o.Contains("Certificate/Diploma", StringComparison.Ordinal)
            || o.Contains("associate", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Compatible_figures_are_never_distractors_for_each_other()
    {
        Assert.DoesNotContain(Questions, q => q.Options.Any(o => o.Contains("37,700", StringComparison.Ordinal))
            && q.Options.Any(o => o.Contains("40,000", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_stem_ends_with_an_article_or_puts_one_before_a_blank()
    {
        Assert.DoesNotContain(Questions, q => q.Stem.EndsWith(" a", StringComparison.Ordinal) || q.Stem.EndsWith(" an", StringComparison.Ordinal)
            || q.Stem.Contains(" an _____", StringComparison.Ordinal) || q.Stem.Contains(" a _____", StringComparison.Ordinal));
    }

    [Fact]
    public void No_false_statement_carries_a_negation()
    {
        Assert.DoesNotContain(Questions, q => q.Kind == QuestionKind.TrueFalse && q.Answers[0] == "False"
            && (q.Stem.Contains(" not ", StringComparison.OrdinalIgnoreCase) || q.Stem.Contains("n't", StringComparison.Ordinal) || q.Stem.Contains(" no ", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_not_listed_item_is_built_on_the_open_list_of_settings()
    {
        Assert.DoesNotContain(Questions, q => q.Kind == QuestionKind.NotListed && q.Stem.Contains("setting", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Questions, q => q.Kind is QuestionKind.NotListed or QuestionKind.MultipleResponse
            && q.Options.Any(o => o.Equals("prisons", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void No_cloze_blank_is_a_boilerplate_word()
    {
        Assert.DoesNotContain(Questions, q => q.Kind == QuestionKind.Cloze && q.Answers.Any(a => a is "more" or "published" or "Read"));
    }

    [Fact]
    public void No_answer_is_the_articles_own_topic_except_when_asking_an_acronym()
    {
        Assert.DoesNotContain(Questions, q => !q.Stem.Contains("stand for", StringComparison.Ordinal)
            && q.Answers.Any(a => a.StartsWith("Health information technician", StringComparison.OrdinalIgnoreCase)));
    }
}
