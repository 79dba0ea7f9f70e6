using HitQuiz.Cli;
using HitQuiz.Loading;
using HitQuiz.Tests.Loading;

namespace HitQuiz.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _folder.Dispose();
        _output.Dispose();
    }

    private string[] Lines => _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_clean_folder_prints_only_the_summary_and_exits_0()
    {
        _folder.Write("sources/hit.txt", "Health facts\n\nJobs will grow by 21 percent.\n");
        _folder.Write("a.quiz.md", TempFolder.TrueFalse("A-1") + TempFolder.TrueFalse("A-2"));

        var exit = CheckCommand.Run([], _folder.Root, _output);

        Assert.Equal(0, exit);
        Assert.Equal(["Checked 2 files (1 source, 1 question file): 2 questions, 0 errors, 0 warnings."], Lines);
    }

    [Fact]
    public void I_can_check_a_question_file_with_a_typo()
    {
        var file = _folder.Write("a.quiz.md", "## Q-1 [tf]\nSorce: Salary\nJobs grow.\nAnswer: true\n");

        var exit = CheckCommand.Run([file], _folder.Root, _output);

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

        var exit = CheckCommand.Run([], _folder.Root, _output);

        Assert.Equal(0, exit);
        Assert.EndsWith("1 question, 0 errors, 1 warning.", Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_1()
    {
        var exit = CheckCommand.Run([Path.Combine(_folder.Root, "gone.quiz.md")], _folder.Root, _output);

        Assert.Equal(1, exit);
        Assert.EndsWith(":1: no such file or folder.", Lines[0], StringComparison.Ordinal);
    }
}
