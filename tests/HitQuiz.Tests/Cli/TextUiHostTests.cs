using HitQuiz.Cli;

namespace HitQuiz.Tests.Cli;

public class TextUiHostTests
{
    [Fact]
    public void Builds_other_than_the_published_release_run_the_text_ui_in_process() =>
        Assert.True(TextUiHost.InProcess);

    [Fact]
    public void The_text_ui_binary_is_looked_for_beside_hitquiz() =>
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "hitquiz-tui"), TextUiHost.SiblingPath);

    [Fact]
    public void A_missing_text_ui_binary_is_one_line_naming_it_and_exit_code_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"hitquiz-missing-{Guid.NewGuid():N}", "hitquiz-tui");
        var error = new StringWriter();

        var code = TextUiHost.ReplaceProcess(missing, ["practice"], error);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line);
        Assert.Contains("No such file or directory", line);
        Assert.Contains("hitquiz practice --plain", line);
    }
}
