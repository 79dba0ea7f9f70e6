using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Sources;
using HitQuiz.Tui;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class FeedbackScreenTests
{
    private const string Evidence = "It's okay to take the test multiple times.";

    private static readonly Question Question = new("HIT-0004", QuestionKind.MultipleChoice, "How many times may the exam be taken?",
        ["Once", "Twice", "As often as needed", "Three times"], ["As often as needed"]) { Topic = "Educational Requirements" };

    // A long section: thirty paragraphs of filler, then the evidence, then two more.
    private static SourcePassage LongPassage()
    {
        var before = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} of the section says something else entirely."));
        var text = $"{before}\n{Evidence}\nParagraph 31 follows it.\nParagraph 32 ends the section.";
        return new SourcePassage("sources/doc.txt", "Educational Requirements", 10, 43, text, [new TextSpan(before.Length + 1, Evidence.Length)]);
    }

    private static FeedbackScreen Wrong(SourcePassage passage) => new(
        new Verdict(Question, false, Question.Answers, new AnswerRecord("ana", Question.Id, ["Once"], false, TimeSpan.FromSeconds(3), DateTimeOffset.UnixEpoch, 1, "Educational Requirements")),
        new AnswerExplanation("The source says: \"It's okay to take the test multiple times.\"", passage),
        "Practice · 1/10",
        () => { },
        () => { });

    [Fact]
    public void When_the_section_is_longer_than_the_screen_the_highlighted_sentence_is_in_view_with_the_verdict()
    {
        using var ui = new HeadlessScreen(Wrong(LongPassage()), 80, 24);

        Assert.Contains("✘ Incorrect", ui.Text);
        Assert.Contains("Correct answer:", ui.Text);
        Assert.Contains(Evidence, ui.Text);
        Assert.DoesNotContain("Paragraph 1 of", ui.Text);
    }

    [Fact]
    public void Scrolling_up_shows_the_start_of_the_section_and_keeps_the_verdict()
    {
        using var ui = new HeadlessScreen(Wrong(LongPassage()), 80, 24);

        ui.Press(Key.Home);

        Assert.Contains("Source: Educational Requirements", ui.Text);
        Assert.Contains("Paragraph 1 of", ui.Text);
        Assert.Contains("✘ Incorrect", ui.Text);
    }

    [Fact]
    public void Scrolling_down_reaches_the_end_of_the_section()
    {
        using var ui = new HeadlessScreen(Wrong(LongPassage()), 80, 24);

        ui.Press(Key.End);

        Assert.Contains("Paragraph 32 ends the section.", ui.Text);
        Assert.DoesNotContain("↓ more", ui.Text);
    }

    [Fact]
    public void On_a_screen_too_small_to_keep_the_verdict_in_place_the_verdict_comes_first()
    {
        using var ui = new HeadlessScreen(Wrong(LongPassage()), 40, 12);

        Assert.Contains("Incorrect", ui.Text);
        ui.Press(Key.End);
        Assert.Contains("ends the section.", ui.Text);
    }

    [Fact]
    public void A_short_section_is_shown_whole_from_the_top()
    {
        var passage = new SourcePassage("sources/doc.txt", "Educational Requirements", 10, 11, $"First sentence. {Evidence}", [new TextSpan(16, Evidence.Length)]);
        using var ui = new HeadlessScreen(Wrong(passage), 80, 24);

        Assert.Contains("Practice · 1/10", ui.Text);
        Assert.Contains("First sentence.", ui.Text);
        Assert.Contains(Evidence, ui.Text);
    }
}
