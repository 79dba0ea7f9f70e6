using HitQuiz.Storage;

namespace HitQuiz.Tests.Cli;

/// <summary>A scratch questions folder with one source document and one question file, and a database path.</summary>
internal sealed class TestBank : IDisposable
{
    public const string Source = """
        Careers In Health Data

        Educational Requirements

        Most employers expect an associate's degree. All programs should be accredited by CAHIIM. Students learn statistics.

        Job Outlook

        Jobs will grow by 21 percent through 2020.
        """;

    public const string Quiz = """
        # Quiz: Careers
        Source file: sources/careers.txt

        ## T-1 [mc]
        Source: Educational Requirements
        Evidence: All programs should be accredited by CAHIIM.
        Which body should accredit programs?
        - [x] CAHIIM
        - [ ] AHIMA
        - [ ] BLS
        Why: Programs should be accredited by CAHIIM.

        ## T-2 [tf]
        Source: Job Outlook
        Evidence: Jobs will grow by 21 percent through 2020.
        Jobs are expected to shrink through 2020.
        Answer: false

        ## T-3 [cloze]
        Source: Educational Requirements
        Evidence: Students learn statistics.
        Students learn [[statistics|stats]].
        """;

    private readonly TempDirectory _temp = new();

    public TestBank()
    {
        Directory.CreateDirectory(Path.Combine(Questions, "sources"));
        File.WriteAllText(Path.Combine(Questions, "sources", "careers.txt"), Source);
        File.WriteAllText(Path.Combine(Questions, "careers.quiz.md"), Quiz);
    }

    public string Root => _temp.Root;

    public string Questions => Path.Combine(_temp.Root, "questions");

    public string Db => Path.Combine(_temp.Root, "data", "hitquiz.db");

    /// <summary>The verb with this bank and database, asking only the three written questions.</summary>
    public string[] Args(params string[] verb) => [.. verb, "--questions", Questions, "--db", Db, "--learner", "ana", "--no-generated"];

    public string[] ArgsWithGenerated(params string[] verb) => [.. verb, "--questions", Questions, "--db", Db, "--learner", "ana"];

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Questions, relativePath), text);

    public void Dispose() => _temp.Dispose();
}
