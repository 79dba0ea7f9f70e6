using HitQuiz.Cli;
using HitQuiz.Loading;
using HitQuiz.Tests.Loading;

namespace HitQuiz.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _folder.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    private int Check(params string[] paths) => Check(paths, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CliRun.Start));

    private int Check(string[] paths, TimeProvider clock) => CheckCommand.Run(paths, _folder.Root, _output, _error, clock);

    private string[] Lines => _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_clean_folder_prints_only_the_summary_and_exits_0()
    {
        _folder.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1") + TempFolder.TrueFalse("A-2"));

        var exit = Check();

        Assert.Equal(0, exit);
        Assert.Equal(["Checked 2 files (1 source, 1 question file): 2 questions, 0 errors, 0 warnings."], Lines);
        Assert.Equal("", _error.ToString());
    }

    [Fact]
    public void A_bank_still_being_read_after_the_delay_is_named_on_standard_error_not_in_the_report()
    {
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1"));

        var exit = Check([], new WorkOutlastsEveryTimer());

        Assert.Equal(0, exit);
        Assert.Equal($"Checking the questions in {DisplayPath.For(_folder.Root)} ...", _error.ToString().Trim());
        Assert.Equal(["Checked 1 file (0 sources, 1 question file): 1 question, 0 errors, 0 warnings."], Lines);
    }

    [Fact]
    public void A_bank_folder_outside_the_questions_folder_is_checked_with_its_own_sources()
    {
        using var other = new TempFolder();
        other.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        other.Write("course.quiz.md", "# Course\nSource file: sources/hit.txt\n\n" + TempFolder.TrueFalse("C-1", "Source: Health facts\n"));

        var exit = Check(other.Root);

        Assert.Equal(0, exit);
        Assert.Equal(["Checked 2 files (1 source, 1 question file): 1 question, 0 errors, 0 warnings."], Lines);
    }

    [Fact]
    public void I_can_check_a_question_file_with_a_typo()
    {
        var file = _folder.Write("a.quiz.md", "## Q-1 [tf]\nSorce: Salary\nJobs grow.\nAnswer: true\n");

        var exit = Check(file);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                $"{DisplayPath.For(file)}:2: unknown field \"Sorce:\"; did you mean \"Source:\"?",
                "Checked 1 file (0 sources, 1 question file): 0 questions, 1 error, 0 warnings.",
            ],
            Lines);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        _folder.Write("a.quiz.md", "## Q-1 [mc]\nCertification is available through an\n- [x] AHIMA\n- [ ] CAHIIM\n");

        var exit = Check();

        Assert.Equal(0, exit);
        Assert.EndsWith("1 question, 0 errors, 1 warning.", Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_1()
    {
        var exit = Check(Path.Combine(_folder.Root, "gone.quiz.md"));

        Assert.Equal(1, exit);
        Assert.EndsWith(":1: no such file or folder.", Lines[0], StringComparison.Ordinal);
    }
}
