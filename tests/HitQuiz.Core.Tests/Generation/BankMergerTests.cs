using HitQuiz.Generation;
using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Generation;

public sealed class BankMergerTests
{
    private static Question Item(string id, string stem, QuestionStatus status = QuestionStatus.Draft) =>
        new(id, QuestionKind.TrueFalse, stem, ["True", "False"], ["True"]) { Status = status };

    [Fact]
    public void An_authored_item_with_a_generated_id_overrides_the_generated_one()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated"), Item("G-2", "kept")], [Item("G-1", "edited", QuestionStatus.Ok)]);
        Assert.Equal(["edited", "kept"], merged.Select(q => q.Stem));
    }

    [Fact]
    public void A_rejected_authored_item_removes_the_generated_one()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated"), Item("G-2", "kept")], [Item("G-1", "no", QuestionStatus.Rejected)]);
        Assert.Equal(["G-2"], merged.Select(q => q.Id));
    }

    [Fact]
    public void Authored_items_with_new_ids_follow_the_generated_ones()
    {
        var merged = BankMerger.Merge([Item("G-1", "generated")], [Item("Q-1", "authored", QuestionStatus.Ok), Item("Q-2", "retired", QuestionStatus.Rejected)]);
        Assert.Equal(["G-1", "Q-1"], merged.Select(q => q.Id));
    }

    private const string Accreditation = "All programs should be accredited by the Commission on Accreditation for Health Informatics and Information Management Education (CAHIIM).";

    private static Question Cited(Question question, string evidence) =>
        question with { Source = new SourceReference("sources/article.txt", "Educational Requirements", 44, evidence) };

    private static Question Choice(string id, string stem, string key, params string[] others) =>
        new(id, QuestionKind.MultipleChoice, stem, [key, .. others], [key]);

    private static IReadOnlyList<string> MergedIds(Question generated, Question authored) =>
        [.. BankMerger.Merge([generated], [authored with { Status = QuestionStatus.Ok }]).Select(q => q.Id)];

    [Fact]
    public void A_generated_item_asking_an_authored_items_question_from_the_same_sentence_is_left_out()
    {
        var authored = Cited(Choice("HIT-1", "Which organization should accredit all health information technology degree programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var generated = Cited(Choice("G-1", "All programs should be accredited by which organization?", "CAHIIM", "AHIMA", "BLS"), Accreditation);

        Assert.Equal(["HIT-1"], MergedIds(generated, authored));
    }

    [Fact]
    public void A_generated_statement_naming_an_option_of_an_authored_item_on_its_sentence_is_left_out()
    {
        var authored = Cited(Choice("HIT-1", "Which organization should accredit all health information technology degree programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var generated = Cited(Item("G-1", "All programs should be accredited by BLS.") with { Answers = ["False"] }, Accreditation);

        Assert.Equal(["HIT-1"], MergedIds(generated, authored));
    }

    [Fact]
    public void Two_true_false_statements_of_one_sentence_are_the_same_question()
    {
        const string licence = "HITs don't need to be licensed with states, but they must uphold the law in their work.";
        var authored = Cited(Item("HIT-3", "Health information technicians must be licensed by the state they work in.") with { Answers = ["False"] }, licence);
        var generated = Cited(Item("G-1", "HITs need to be licensed with states."), licence.ToUpperInvariant().Replace("'", "’", StringComparison.Ordinal));

        Assert.Equal(["HIT-3"], MergedIds(generated, authored));
    }

    [Fact]
    public void A_generated_stem_that_states_an_authored_items_number_in_other_words_is_left_out()
    {
        const string growth = "The U.S. BLS says HIT jobs will grow by 21 percent by 2020, representing nearly 40,000 new positions.";
        var authored = Cited(Choice("HIT-9", "By how much will HIT jobs grow by 2020, according to the BLS?", "21%", "11%", "31%"), growth);
        var generated = Cited(Choice("G-1", "The U.S. BLS says HIT jobs will grow by 21 percent by 2020, representing nearly _____ new positions.", "40,000", "20,000", "60,000"), growth);

        Assert.Equal(["HIT-9"], MergedIds(generated, authored));
    }

    [Fact]
    public void A_generated_item_on_another_fact_of_the_same_sentence_is_kept()
    {
        const string growth = "The U.S. BLS says HIT jobs will grow by 21 percent by 2020, representing nearly 40,000 new positions.";
        var authored = Cited(Choice("HIT-9", "How many new positions will the growth of HIT jobs represent by 2020?", "40,000", "20,000", "60,000"), growth);
        var generated = Cited(Choice("G-1", "Which agency projects the growth of HIT jobs?", "BLS", "AHIMA", "CAHIIM"), growth);

        Assert.Equal(["G-1", "HIT-9"], MergedIds(generated, authored));
    }

    [Fact]
    public void A_generated_item_with_an_authored_items_answer_from_another_sentence_is_kept()
    {
        var authored = Cited(Choice("HIT-1", "Which organization should accredit all health information technology degree programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var generated = Cited(Choice("G-1", "Which body accredits the programs named in the article?", "CAHIIM", "AHIMA", "BLS"), "CAHIIM accredits the programs.");

        Assert.Equal(["G-1", "HIT-1"], MergedIds(generated, authored));
    }

    [Fact]
    public void A_rejected_authored_item_does_not_leave_out_a_generated_one_on_its_sentence()
    {
        var rejected = Cited(Choice("HIT-1", "Which organization should accredit all health information technology degree programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation) with { Status = QuestionStatus.Rejected };
        var generated = Cited(Choice("G-1", "All programs should be accredited by which organization?", "CAHIIM", "AHIMA", "BLS"), Accreditation);

        Assert.Equal(["G-1"], BankMerger.Merge([generated], [rejected]).Select(q => q.Id));
    }

    [Fact]
    public void The_generated_items_an_authored_item_already_asks_are_listed_with_it_but_not_one_it_replaces_by_id()
    {
        var authored = Cited(Choice("HIT-1", "Which organization should accredit all health information technology degree programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var repeated = Cited(Choice("G-1", "All programs should be accredited by which organization?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var edited = Cited(Choice("G-2", "Who accredits the programs?", "CAHIIM", "AHIMA", "BLS"), Accreditation);
        var other = Cited(Choice("G-3", "Which body certifies technicians?", "AHIMA", "NCRA", "AAPC"), "Certification is available through AHIMA.");

        var asked = BankMerger.AskedByAuthored([repeated, edited, other], PackedQuestions.Of([authored, edited with { Stem = "Edited." }]));

        Assert.Equal([("G-1", "HIT-1")], asked.Select(p => (p.Generated.Id, p.Authored.Id)));
    }
}
