using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

/// <summary>Golden tests on the shipped article: the facts that must be asked and the conflicts that must be reported.</summary>
public sealed class ShippedArticleTests
{
    private static IReadOnlyList<Question> Questions => TestSources.ShippedQuestions.Questions.Select(q => q.Question).ToList();

    [Fact]
    public void The_shipped_article_yields_at_least_60_distinct_items()
    {
        Assert.True(Questions.Count >= 60, $"only {Questions.Count} items");
        Assert.Equal(Questions.Count, Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal(Questions.Count, Questions.Select(q => q.Stem).Distinct().Count());
    }

    [Theory]
    [InlineData("179,500")]
    [InlineData("21%")]
    [InlineData("+37,700")]
    [InlineData("Hospitals")]
    [InlineData("$66,000")]
    [InlineData("4-year")]
    public void A_quick_look_figure_or_stated_number_is_asked(string value)
    {
        Assert.Contains(Questions, q => TestSources.Shown(q).Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void An_abbreviation_item_explains_what_each_wrong_option_stands_for_in_the_article()
    {
        var item = Assert.Single(Questions, q => q.Stem == "Which abbreviation does the article use for \"Bureau of Labor Statistics\"?");

        Assert.StartsWith("The source says: \"", item.Explanation, StringComparison.Ordinal);
        Assert.Contains("CHDA is the Certified Health Data Analyst", item.Explanation, StringComparison.Ordinal);
        Assert.All(item.Options.Where(o => o != "BLS"), o => Assert.Matches($" {o} (is|are) the ", item.Explanation));
    }

    [Fact]
    public void An_item_about_a_whole_list_quotes_its_lead_in_and_sets_its_items_apart()
    {
        var item = Assert.Single(Questions, q => q.Stem == "On a given shift, a health information technician may perform surgical procedures.");

        Assert.Equal(
            "The source says: \"On a given shift, a health information technician may:\" and lists: Collect and organize accurate patient records; "
            + "Collaborate with physicians to complete data sets; Protect integrity of sensitive information; Enter and code patient data; "
            + "Conduct data audits for quality assurance; Perform data analysis for research reports; Compile Diagnosis-Related Groups (DRGs); "
            + "Collaborate with lawyers, insurers and other authorized third-parties; Handle administrative duties like transcription and "
            + "billing; Supervise and train novice technicians.",
            item.Explanation);
        Assert.Equal(
            "On a given shift, a health information technician may: Collect and organize accurate patient records Collaborate with physicians",
            item.Source!.Evidence![..128]);
    }

    [Theory]
    [InlineData("Number of positions (U.S.)", "179,500")]
    [InlineData("Primary employers", "Hospitals")]
    [InlineData("Job Growth (2010-2020)", "21% (Faster than national average)")]
    public void An_item_about_a_table_row_explains_it_by_the_row_s_key_and_value(string key, string value)
    {
        var items = Questions.Where(q => q.Source!.Evidence == $"{key} {value}").ToList();

        Assert.NotEmpty(items);
        Assert.All(items, q => Assert.Equal($"The source's table \"Health Information Technicians: A Quick Look\" gives \"{key}\" as \"{value}\".", q.Explanation));
    }

    [Fact]
    public void An_expansion_item_explains_which_abbreviation_each_wrong_option_belongs_to()
    {
        var context = HitQuiz.Generation.QuestionGenerator.Prepare(TestSources.Shipped());

        var items = HitQuiz.Generation.AcronymTemplates.Create(context).Where(c => c.Template == "acronym-expansion").ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.All(item.Distractors, d =>
            Assert.Matches($@"(, |; ){System.Text.RegularExpressions.Regex.Escape(d)} (is|are) [A-Z][A-Za-z]*[;.]", item.Rationale)));
        Assert.Contains(items, item => item.Rationale!.Contains("Certified Health Data Analyst is CHDA", StringComparison.Ordinal));
        Assert.Contains(items, item => item.Rationale!.Contains("Diagnosis-Related Groups are DRGs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hyphenated_duration_keeps_its_unit_beside_the_blank_and_accepts_the_number_in_figures_or_words()
    {
        var item = Assert.Single(Questions, q => q.Kind == QuestionKind.Cloze && q.Stem.Contains("bachelor", StringComparison.Ordinal));

        Assert.Equal("Ambitious technicians may want to earn a(n) _____-year bachelor’s degree.", item.Stem);
        Assert.Contains("4", item.Answers);
        Assert.Contains("four", item.Answers);
    }

    [Fact]
    public void A_quick_look_row_is_asked_as_a_typed_answer()
    {
        Assert.Contains(Questions, q => q.Kind == QuestionKind.Cloze && q.Stem.Contains("A Quick Look", StringComparison.Ordinal)
            && q.Stem.Contains("_____", StringComparison.Ordinal));
    }

    // "HITs" is not here: the article also uses HIT for the technology, so it is reported as a conflict instead.
    [Theory]
    [InlineData("BLS")]
    [InlineData("AHIMA")]
    [InlineData("CAHIIM")]
    [InlineData("ICD")]
    [InlineData("RHIT")]
    [InlineData("CCS")]
    [InlineData("CHDA")]
    [InlineData("DRGs")]
    public void Every_defined_acronym_is_asked_with_its_expansion(string acronym)
    {
        Assert.Contains(Questions, q => q.Kind == QuestionKind.MultipleChoice && TestSources.Shown(q).Contains($"\"{acronym}\"", StringComparison.Ordinal)
            || q.Answers.Contains(acronym) && q.Stem.Contains("abbreviation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_duties_list_and_the_job_titles_list_each_have_a_not_listed_item()
    {
        var not = Questions.Where(q => q.Kind == QuestionKind.NotListed).ToList();
        Assert.Contains(not, q => q.Stem.Contains("on a given shift", StringComparison.Ordinal));
        Assert.Contains(not, q => q.Stem.Contains("Alternative Job Titles", StringComparison.Ordinal));
    }

    [Fact]
    public void Accreditation_is_asked_with_the_certifying_body_as_a_distractor()
    {
        var item = Assert.Single(Questions, q => q.Stem == "All programs should be accredited by which organization?");
        Assert.Equal(["CAHIIM"], item.Answers);
        Assert.Contains("AHIMA", item.Options);
    }

    [Theory]
    [InlineData("HITs need to be licensed with states.", "False")]
    [InlineData("National certification is mandatory.", "False")]
    public void A_denied_requirement_is_asked_as_a_false_positive_statement(string stem, string key)
    {
        var item = Assert.Single(Questions, q => q.Stem == stem);
        Assert.Equal([key], item.Answers);
    }

    [Theory]
    [InlineData("certification", "AHIMA")]
    [InlineData("regularly amassed", null)]
    [InlineData("job outlook", null)]
    [InlineData("bachelor", null)]
    [InlineData("Alternative Job Titles", null)]
    public void A_topic_of_the_article_is_covered(string stemFragment, string? answer)
    {
        Assert.Contains(Questions, q => q.Stem.Contains(stemFragment, StringComparison.OrdinalIgnoreCase) && (answer is null || q.Answers.Contains(answer)));
    }

    [Fact]
    public void The_salary_conflict_is_reported_with_both_locations()
    {
        var conflict = Assert.Single(TestSources.ShippedQuestions.Conflicts, c => c.Attribute == "Median Salary");
        Assert.Contains(conflict.Values, v => v.Text.Contains("39,340", StringComparison.Ordinal) && v.Line == 8);
        Assert.Contains(conflict.Values, v => v.Text == "about $34,000" && v.Line == 34);
    }

    [Fact]
    public void The_entry_level_education_conflict_is_reported_with_both_locations()
    {
        var conflict = Assert.Single(TestSources.ShippedQuestions.Conflicts, c => c.Attribute == "Entry-level education");
        Assert.Contains(conflict.Values, v => v.Text == "Certificate/Diploma" && v.Line == 9);
        Assert.Contains(conflict.Values, v => v.Text.Contains("associate", StringComparison.Ordinal) && v.Line == 25);
    }

    [Fact]
    public void HIT_used_for_both_the_technicians_and_the_technology_is_reported_with_both_locations()
    {
        var conflict = Assert.Single(TestSources.ShippedQuestions.Conflicts, c => c.Attribute == "meaning of HIT");
        Assert.Equal([("Health information technicians", 18), ("health information technology", 21)], conflict.Values.Select(v => (v.Text, v.Line)));
    }

    [Fact]
    public void True_false_items_do_not_lean_true()
    {
        var keys = Questions.Where(q => q.Kind == QuestionKind.TrueFalse).Select(q => q.Answers[0]).ToList();

        Assert.InRange(keys.Count(k => k == "True") / (double)keys.Count, 0.4, 0.6);
    }

    [Fact]
    public void No_item_asks_what_HIT_stands_for_or_offers_it_as_an_abbreviation()
    {
        Assert.DoesNotContain(Questions, q => q.Stem.Contains("\"HITs\"", StringComparison.Ordinal) || q.Stem.Contains("\"HIT\"", StringComparison.Ordinal));
        Assert.DoesNotContain(Questions, q => q.Stem.Contains("abbreviation", StringComparison.Ordinal) && q.Options.Any(o => o is "HITs" or "HIT"));
    }

    [Fact]
    public void Compatible_hedged_figures_are_not_reported_as_a_conflict()
    {
        Assert.DoesNotContain(TestSources.ShippedQuestions.Conflicts, c => c.Values.Any(v => v.Text.Contains("40,000", StringComparison.Ordinal)));
        Assert.Equal(["Median Salary", "Entry-level education", "meaning of HIT"], TestSources.ShippedQuestions.Conflicts.Select(c => c.Attribute));
    }

    [Fact]
    public void Every_item_is_a_draft_with_provenance_in_the_section_that_contains_its_evidence()
    {
        var document = TestSources.Shipped();
        foreach (var item in TestSources.ShippedQuestions.Questions)
        {
            var source = item.Question.Source!;
            Assert.Equal(QuestionStatus.Draft, item.Question.Status);
            Assert.Equal(TestSources.ShippedName, source.Document);
            var section = document.SectionAt(item.FirstLine)!;
            Assert.Equal(section.Title, source.Section);
            Assert.True(section.Contains(item.LastLine), $"{item.Question.Id} spans beyond its section");
            var text = string.Join(' ', document.Lines.Skip(section.FirstLine - 1).Take(section.LastLine - section.FirstLine + 1));
            Assert.Contains(Normal(source.Evidence!), Normal(text), StringComparison.Ordinal);
        }
    }

    private static string Normal(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('•', ' ').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
