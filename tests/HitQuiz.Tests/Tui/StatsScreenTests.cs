using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Sources;
using HitQuiz.Stats;
using HitQuiz.Tui;
using Terminal.Gui.Input;

namespace HitQuiz.Tests.Tui;

public sealed class StatsScreenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly Question[] Bank =
    [
        Question("q1", "Privacy"), Question("q2", "Privacy"), Question("q3", "Revenue cycle"), Question("q4", "Data governance"),
    ];

    private static Question Question(string id, string section) =>
        new(id, QuestionKind.MultipleChoice, $"Stem of {id}?", ["Right", "Wrong"], ["Right"])
        {
            Source = new SourceReference("sources/doc.txt", section),
            Explanation = $"Why {id} is so.",
        };

    private const string Evidence = "It's okay to take the test multiple times.";

    // A long section: thirty paragraphs of filler, then the evidence, then two more.
    private static AnswerExplanation LongExplanation(Question question)
    {
        var before = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Paragraph {i} of the section says something else entirely."));
        var text = $"{before}\n{Evidence}\nParagraph 31 follows it.\nParagraph 32 ends the section.";
        return new(question.Explanation, new SourcePassage("sources/doc.txt", question.SectionName, 10, 43, text, [new TextSpan(before.Length + 1, Evidence.Length)]));
    }

    private static AnswerRecord Answer(string id, bool correct, double daysAgo) =>
        new("ana", id, ["Right"], correct, TimeSpan.Zero, Now.AddDays(-daysAgo), 1, Bank.Single(q => q.Id == id).SectionName);

    private static StatsScreen Screen(Action? back = null, Func<Question, AnswerExplanation>? explain = null)
    {
        var digest = DigestBuilder.Of([
            Answer("q1", true, 0), Answer("q1", true, 1), Answer("q2", false, 1), Answer("q2", false, 2),
            Answer("q3", true, 3), Answer("q3", false, 5)]);
        var sections = Bank.ToDictionary(q => q.Id, q => q.SectionName);
        var stats = LearnerStatistics.Compute(digest, sections, [Now.AddDays(2)], Now, TimeZoneInfo.Utc);
        return new StatsScreen("ana", stats, id => Bank.FirstOrDefault(q => q.Id == id), explain ?? HeadlessTrainer.Explain, back ?? (() => { }));
    }

    [Fact]
    public void The_stats_screen_shows_its_titles_and_the_chart()
    {
        using var ui = new HeadlessScreen(Screen());

        Assert.Contains("Statistics · ana", ui.Text);
        Assert.Contains("Answered 6 · 50% correct", ui.Text);
        Assert.Contains("Streak: 4 days (longest 4 days)", ui.Text);
        Assert.Contains("Mastery by section", ui.Text);
        Assert.Contains("11-12", ui.Text);
    }

    [Fact]
    public void The_chart_s_axis_ends_with_today_rather_than_running_to_the_edge()
    {
        using var ui = new HeadlessScreen(Screen());

        // Five columns of labels, then one column per day of the last 30, then the axis's end.
        var axis = ui.Text.Split('\n').Single(l => l.Contains('┼', StringComparison.Ordinal));
        Assert.InRange(axis.TrimEnd(' ', '│').Length, 35, 39);
    }

    [Fact]
    public void Each_section_has_a_bar_with_its_percent_in_80_by_24()
    {
        using var ui = new HeadlessScreen(Screen());

        Assert.Matches(@"Data governance\s+░+\s+0%", ui.Text);
        Assert.Matches(@"Privacy\s+█+░+\s+50%", ui.Text);
        Assert.Matches(@"Revenue cycle\s+█+\s+100%", ui.Text);
    }

    [Fact]
    public void Scrolling_down_reaches_the_forecast_calendar_and_weakest_items()
    {
        using var ui = new HeadlessScreen(Screen());

        ui.Press(Key.End);

        Assert.Contains("Weakest items", ui.Text);
        Assert.Contains("› q2  0/2 right (0%)  Privacy", ui.Text);
        Assert.Contains("q3  1/2 right (50%)", ui.Text);
    }

    [Fact]
    public void Enter_opens_the_selected_weak_items_explanation_and_Esc_comes_back_to_the_list()
    {
        using var ui = new HeadlessScreen(Screen());

        ui.Press(Key.End, Key.CursorDown, Key.Enter);
        Assert.Contains("Stem of q3?", ui.Text);
        Assert.Contains("Correct answer: 1  Right", ui.Text);
        Assert.Contains("Why: Why q3 is so.", ui.Text);

        ui.Press(Key.Esc);
        Assert.Contains("› q3  1/2 right", ui.Text);
    }

    [Fact]
    public void A_weak_items_explanation_opens_at_the_highlighted_sentence_under_its_question()
    {
        using var ui = new HeadlessScreen(Screen(explain: LongExplanation));

        ui.Press(Key.End, Key.Enter);

        Assert.Contains("Stem of q2?", ui.Text);
        Assert.Contains("Correct answer: 1  Right", ui.Text);
        Assert.Contains(Evidence, ui.Text);
        Assert.DoesNotContain("Paragraph 1 of", ui.Text);
    }

    [Fact]
    public void Scrolling_up_in_a_weak_items_explanation_shows_the_start_of_the_section_and_keeps_the_question()
    {
        using var ui = new HeadlessScreen(Screen(explain: LongExplanation));

        ui.Press(Key.End, Key.Enter, Key.Home);

        Assert.Contains("Source: Privacy", ui.Text);
        Assert.Contains("Paragraph 1 of", ui.Text);
        Assert.Contains("Stem of q2?", ui.Text);
    }

    [Fact]
    public void A_weak_items_explanation_opened_a_second_time_opens_at_the_highlighted_sentence_again()
    {
        using var ui = new HeadlessScreen(Screen(explain: LongExplanation));

        ui.Press(Key.End, Key.Enter, Key.Home, Key.Esc, Key.End, Key.Enter);

        Assert.Contains(Evidence, ui.Text);
        Assert.DoesNotContain("Paragraph 1 of", ui.Text);
    }

    [Fact]
    public void The_screen_loads_the_learners_answers_the_bank_and_due_dates_from_the_context()
    {
        using var store = HitQuiz.Storage.QuizStore.OpenInMemory();
        store.RecordAnswer(Answer("q1", true, 0));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var context = new StudyContext(store, "ana", Bank, HeadlessTrainer.Explain, [], clock, new Random(0), 10);

        using var ui = new HeadlessScreen(StatsScreen.For(context, TimeZoneInfo.Utc, () => { }, [Now.AddDays(1)]));

        Assert.Contains("Answered 1 · 100% correct · 25% of the bank mastered", ui.Text);
        Assert.Matches(@"Privacy\s+█+░+\s+50%\s+1/2", ui.Text);
        ui.Press(Key.PageDown);
        Assert.Matches(@"Due\s+0\s+1\s+0", ui.Text);
    }

    [Fact]
    public void A_weak_item_no_longer_in_the_bank_says_so_instead_of_opening()
    {
        var stats = LearnerStatistics.Compute(DigestBuilder.Of([Answer("q2", false, 1), Answer("q2", false, 2)]), new Dictionary<string, string>(), [], Now, TimeZoneInfo.Utc);
        using var ui = new HeadlessScreen(new StatsScreen("ana", stats, _ => null, HeadlessTrainer.Explain, () => { }));

        ui.Press(Key.End, Key.Enter);

        Assert.Contains("q2 is no longer in the question bank.", ui.Text);
    }

    [Fact]
    public void Esc_goes_back()
    {
        var back = 0;
        using var ui = new HeadlessScreen(Screen(() => back++));

        ui.Press(Key.Esc);

        Assert.Equal(1, back);
    }

    [Fact]
    public void A_tiny_terminal_and_a_resize_never_crash()
    {
        using var ui = new HeadlessScreen(Screen(), 20, 8);

        ui.Press(Key.PageDown, Key.End, Key.Enter);
        ui.Resize(8, 3);
        ui.Press(Key.Esc);
        ui.Resize(80, 24);

        Assert.Contains("Statistics", ui.Text);
    }
}
