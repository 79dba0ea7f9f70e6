using HitQuiz.Study;
using HitQuiz.Tui;

namespace HitQuiz.Tests.Tui;

public sealed class ExamReportScreenTests
{
    private static readonly ExamResult Result = new(
        [],
        [
            new ExamSectionResult("How Long Does It Take To Become A Health Information Technician?", 4, 2, 1),
            new ExamSectionResult("Health Information Technician Salary", 5, 5, 4),
            new ExamSectionResult("Health Information Technician Certification", 3, 3, 3),
        ],
        new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
        TimedOut: false);

    [Fact]
    public void Section_names_are_shown_whole_when_the_screen_has_room()
    {
        using var ui = new HeadlessScreen(new ExamReportScreen(Result, () => { }, () => { }), 100, 30);

        Assert.Contains("How Long Does It Take To Become A Health Information Technician?   1/4", ui.Text);
    }

    [Fact]
    public void On_a_narrow_screen_names_that_begin_alike_still_read_apart()
    {
        using var ui = new HeadlessScreen(new ExamReportScreen(Result, () => { }, () => { }), 60, 20);

        Assert.Matches(@"Health Inform[^…│]*…[^│]*Salary", ui.Text);
        Assert.Matches(@"Health Inform[^…│]*…[^│]*fication", ui.Text);
        Assert.Matches(@"not a scaled AHIMA\s*│\s*│ score\.", ui.Text);
    }
}
