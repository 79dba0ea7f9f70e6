using HitQuiz.Storage;
using HitQuiz.Tests.Cli;

namespace HitQuiz.Tests.EndToEnd;

public sealed class PracticeProcessTests
{
    [Fact]
    public void A_plain_session_run_as_a_process_with_piped_answers_stores_every_answer()
    {
        using var bank = new TestBank();

        var (code, output, _) = HitQuizProcess.Run(bank.Args("practice", "--plain", "--count", "3", "--seed", "1"), "1\n2\nstats\n");

        Assert.Equal(0, code);
        Assert.Contains("Score: ", output);
        using var store = QuizStore.Open(bank.Db);
        var answers = store.Answers("ana");
        Assert.Equal(3, answers.Count);
        Assert.Equal(["T-1", "T-2", "T-3"], answers.Select(a => a.QuestionId).Order());
        Assert.Equal(3, store.Totals("ana").Answered);
    }

    [Fact]
    public void Without_a_terminal_the_trainer_exits_at_once_pointing_to_plain_mode()
    {
        using var bank = new TestBank();

        var (code, _, error) = HitQuizProcess.Run(bank.Args(), detached: true);

        Assert.Equal(2, code);
        Assert.Contains("needs a terminal", error);
        Assert.Contains("hitquiz practice --plain", error);
    }

    [Fact]
    public void A_second_instance_on_the_same_database_exits_with_one_clear_line()
    {
        using var bank = new TestBank();
        using var first = QuizStore.Open(bank.Db);

        var (code, _, error) = HitQuizProcess.Run(bank.Args("practice", "--plain"), "1\n");

        Assert.Equal(1, code);
        Assert.Contains("is in use by another HitQuiz", error);
    }

    [Fact]
    public void The_version_is_printed_without_a_terminal()
    {
        var (code, output, _) = HitQuizProcess.Run(["--version"], detached: true);

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }
}
