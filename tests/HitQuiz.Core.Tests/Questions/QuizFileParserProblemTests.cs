using HitQuiz.Questions;

namespace HitQuiz.Core.Tests.Questions;

public sealed class QuizFileParserProblemTests
{
    private const string Header = "# Quiz: T\nSource file: sources/hit.txt\n\n";

    [Theory]
    // Line 4 is the "##" line in every case below.
    [InlineData("## Q-1 [mc]\nSorce: Job Outlook\nWhich?\n- [x] A\n- [ ] B", "5: unknown field \"Sorce:\"; did you mean \"Source:\"?")]
    [InlineData("## Q-1 [mc]\nWhich?\nAnser: A\n- [x] A\n- [ ] B", "6: unknown field \"Anser:\"; did you mean \"Answer:\"?")]
    [InlineData("## Q-1 [mc]\nWhich?\nColour: red\n- [x] A\n- [ ] B", "6: unknown field \"Colour:\"; a question's fields are Status:, Topic:, Source:, Evidence:, Why:, Answer:")]
    [InlineData("## Q-1 [essay]\nWhich?", "4: unknown kind \"[essay]\"; use [mc], [multi], [tf], [cloze], [not], [match] or [num].")]
    [InlineData("## Q-1\nWhich?", "4: Q-1 has no kind; add one of [mc], [multi], [tf], [cloze], [not], [match] or [num] after the id.")]
    [InlineData("## [tf]\nJobs grow.\nAnswer: true", "4: question has no id; write it after \"##\", like \"## Q-0001 [mc]\".")]
    [InlineData("## Q 1 [tf]\nJobs grow.\nAnswer: true", "4: id \"Q 1\" may use only letters, digits, \".\", \"_\" and \"-\".")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [ ] A\n- [ ] B", "4: Q-1 [mc] has no option marked [x]; mark the correct answer.")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- [ ] B\n- [x] C", "8: Q-1 [mc] has 2 options marked [x]; use [multi] when more than one answer is correct.")]
    [InlineData("## Q-1 [multi]\nWhich?\n- [x] A\n- [ ] B\n- [ ] C", "6: Q-1 [multi] has 1 option marked [x]; a [multi] question needs at least 2 (use [mc] for one).")]
    [InlineData("## Q-1 [multi]\nWhich?\n- [x] A\n- [x] B", "4: Q-1 [multi] has every option marked [x]; leave at least one wrong option.")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A", "4: Q-1 [mc] has 1 option; give at least 2, one per line like \"- [ ] text\".")]
    [InlineData("## Q-1 [mc]\nWhich?", "4: Q-1 [mc] has no options; give at least 2, one per line like \"- [ ] text\".")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- [ ] B\n- [ ]", "8: Q-1 [mc] has an empty option; write its text after the box.")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- [ ] B\n- [ ] a", "8: Q-1 [mc] repeats the option \"a\" (also on line 6).")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- (b) B\n- [ ] C", "7: an option starts with \"- [x]\" (a correct answer) or \"- [ ]\" (a wrong one); a matching pair is \"- left -> right\".")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- [ ] B\nAnswer: A", "8: Q-1 [mc]: \"Answer:\" is for [tf] and [cloze] questions; mark the correct options with [x].")]
    [InlineData("## Q-1 [tf]\nJobs grow.", "4: Q-1 [tf] needs \"Answer: true\" or \"Answer: false\".")]
    [InlineData("## Q-1 [tf]\nJobs grow.\nAnswer: yes", "6: Q-1 [tf] needs \"Answer: true\" or \"Answer: false\".")]
    [InlineData("## Q-1 [tf]\nJobs grow.\nAnswer: true\n- [x] True\n- [ ] False", "7: Q-1 [tf] cannot have options; write \"Answer: true\" or \"Answer: false\".")]
    [InlineData("## Q-1 [cloze]\nJobs grow by 21 percent.", "4: Q-1 [cloze] has no blank; mark the answer in the question text like [[answer]].")]
    [InlineData("## Q-1 [cloze]\nJobs grow by [[ ]] percent.", "4: Q-1 [cloze] has an empty blank; write the answer inside, like [[billing]].")]
    [InlineData("## Q-1 [cloze]\n[[Jobs]] grow by [[21]] percent.", "4: Q-1 [cloze] has 2 blanks; a cloze question has exactly one [[…]].")]
    [InlineData("## Q-1 [cloze]\nJobs grow by [[21]] percent.\n- [x] 21", "6: Q-1 [cloze] cannot have options; mark the answer in the text like [[answer]].")]
    [InlineData("## Q-1 [mc]\nJobs grow by [[21]] percent.\n- [x] A\n- [ ] B", "4: Q-1 [mc] has a [[…]] blank; blanks are only for [cloze] questions.")]
    [InlineData("## Q-1 [tf]\nAnswer: true", "4: Q-1 [tf] has no question text; write it on the lines under the \"##\" line.")]
    [InlineData("## Q-1 [not]\nWhich is NOT listed?\n- [ ] A\n- [ ] B", "4: Q-1 [not] needs exactly one option marked [x], the one that is NOT listed; found 0.")]
    [InlineData("## Q-1 [not]\nWhich is NOT listed?\n- [x] A\n- [x] B\n- [ ] C", "7: Q-1 [not] needs exactly one option marked [x], the one that is NOT listed; found 2.")]
    [InlineData("## Q-1 [tf]\nJobs grow.\nAnswer: true\n\n## Q-1 [tf]\nJobs shrink.\nAnswer: false", "8: duplicate id \"Q-1\" (first used on line 4); every question needs its own id.")]
    [InlineData("## Q-1 [tf]\nStatus: done\nJobs grow.\nAnswer: true", "5: unknown status \"done\"; use ok, draft or rejected.")]
    [InlineData("## Q-1 [tf]\nTopic: A\nTopic: B\nJobs grow.\nAnswer: true", "6: Q-1 [tf] has a second \"Topic:\" field (the first is on line 5).")]
    [InlineData("## Q-1 [tf]\nEvidence: Jobs grow.\nJobs grow.\nAnswer: true", "5: Q-1 [tf] has \"Evidence:\" but no \"Source:\"; say which section the sentence is from.")]
    [InlineData("## Q-1 [tf]\nSource: sources/hit.txt >\nJobs grow.\nAnswer: true", "5: Q-1 [tf]: \"Source:\" names no section; write the section title, like \"Source: Job Outlook, line 81\".")]
    [InlineData("## Q-1 [mc]\nWhich?\n- [x] A\n- [ ] B\nA is right.", "8: text after the options; put the question text above them, or start an explanation with \"Why:\".")]
    [InlineData("# Second title\n## Q-1 [tf]\nJobs grow.\nAnswer: true", "4: a \"# Quiz:\" title line belongs once, at the top; start a question with \"##\".")]
    [InlineData("Topic: Salary\n## Q-1 [tf]\nJobs grow.\nAnswer: true", "4: \"Topic:\" before the first question; fields belong under a \"## Q-0001 [mc]\" line.")]
    [InlineData("- [x] A\n## Q-1 [tf]\nJobs grow.\nAnswer: true", "4: an option before the first question; start a question with \"## Q-0001 [mc]\".")]
    [InlineData("## Q-1 [tf]\nJobs grow.\nAnswer: true\n<!-- unfinished", "7: a comment opened with \"<!--\" is never closed with \"-->\".")]
    [InlineData("## Q-1 [tf]\nSource file: sources/x.txt\nJobs grow.\nAnswer: true", "5: \"Source file:\" belongs at the top of the file, before the first question.")]
    public void A_bad_line_is_reported_with_its_line_number(string body, string expected)
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", Header + body);

        Assert.Equal("hit.quiz.md:" + expected, Assert.Single(quiz.Problems).ToString());
    }

    [Fact]
    public void A_source_without_a_document_needs_a_source_file_header()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "## Q-1 [tf]\nSource: Job Outlook\nJobs grow.\nAnswer: true\n");

        Assert.Equal(
            "hit.quiz.md:2: Q-1 [tf]: \"Source:\" names no document; add \"Source file: sources/….txt\" under the title, or write \"sources/….txt > Job Outlook\".",
            Assert.Single(quiz.Problems).ToString());
    }

    [Fact]
    public void A_misspelt_source_file_header_is_reported()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "# Quiz: T\nSorce file: sources/hit.txt\n\n## Q-1 [tf]\nJobs grow.\nAnswer: true\n");

        Assert.Equal("hit.quiz.md:2: unknown header \"Sorce file:\"; did you mean \"Source file:\"?", Assert.Single(quiz.Problems).ToString());
    }

    [Fact]
    public void A_stem_ending_with_an_article_is_a_warning()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "## Q-1 [mc]\nCertification is available through an\n- [x] AHIMA\n- [ ] CAHIIM\n");

        Assert.Equal("hit.quiz.md:2: warning: Q-1 [mc] ends its question with \"an\"; the article can give the answer away.", Assert.Single(quiz.Problems).ToString());
    }

    [Fact]
    public void Problems_are_listed_in_line_order()
    {
        var quiz = QuizFileParser.Parse("hit.quiz.md", "## Q-1 [mc]\nWhich?\n- [x] A\n- [x] B\nSorce: x\n");

        Assert.Equal([4, 5], quiz.Problems.Select(p => p.Line));
    }
}
