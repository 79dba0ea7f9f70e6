namespace HitQuiz.Tests.Cli;

/// <summary>Plain-mode sessions of the test bank (seed 1 asks T-1 mc, T-2 true/false, T-3 cloze in that order).</summary>
internal static class Sessions
{
    /// <summary>Answers for a learner's latest scores, e.g. "101" = T-1 right, T-2 wrong, T-3 right.</summary>
    public static string Input(string scores) =>
        $"{(scores[0] == '1' ? "a" : "b")}\n{(scores[1] == '1' ? "f" : "t")}\n{(scores[2] == '1' ? "statistics" : "billing")}\n";

    public static CliRun Practise(TestBank bank, string db, string learner, string scores) =>
        CliRun.Of(["practice", "--plain", "--count", "3", "--seed", "1", "--questions", bank.Questions, "--no-generated", "--db", db, "--learner", learner], Input(scores));
}
