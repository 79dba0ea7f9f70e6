using HitQuiz.Questions;

namespace HitQuiz.Tests.Tui;

public sealed class MenuNoticesTests
{
    private const string CutShort = "ana's exam on 2026-11-01 08:40 was cut short; its 3 answers were saved.";

    private static Question[] Bank() =>
    [
        .. Enumerable.Range(1, 4).Select(i => new Question($"q{i}", QuestionKind.MultipleChoice, $"Question {i}?", ["A", "B", "C", "D"], ["A"]) { Topic = "Coding" }),
    ];

    [Fact]
    public void On_a_small_terminal_a_notice_scrolled_to_stays_in_view()
    {
        using var ui = new HeadlessTrainer(Bank(), width: 40, height: 12, notices: [CutShort]);

        ui.Press(Terminal.Gui.Input.Key.Home);
        Assert.Contains("! ana's exam on 2026-11-01", ui.Screen);
        Assert.Contains("saved.", ui.Screen);

        ui.Press(Terminal.Gui.Input.Key.CursorDown);
        Assert.Contains("› R", ui.Screen);
    }

    [Fact]
    public void Notices_come_before_the_actions_and_the_actions_are_still_reached()
    {
        using var ui = new HeadlessTrainer(Bank(), width: 80, height: 25, notices: [CutShort, "Skipped questions/broken.quiz.md:3: an option line needs text after its marker."]);
        var screen = ui.Screen;

        Assert.True(screen.IndexOf("was cut short", StringComparison.Ordinal) < screen.IndexOf("Practice", screen.IndexOf("Learner:", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("Skipped questions/broken.quiz.md:3", screen);
        Assert.Contains("P Practice", screen);
    }
}
