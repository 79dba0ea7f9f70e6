using System.CommandLine;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>Options every verb accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The learner database file (default: $HITQUIZ_DB, else $XDG_DATA_HOME/hitquiz/hitquiz.db or ~/.local/share/hitquiz/hitquiz.db)",
        Recursive = true,
    };

    public Option<string?> Learner { get; } = CreateLearner();

    public Option<string?> Questions { get; } = new("--questions")
    {
        Description = "The questions folder (default: $HITQUIZ_QUESTIONS, else ./questions)",
        Recursive = true,
    };

    public Option<bool> NoGenerated { get; } = new("--no-generated")
    {
        Description = "Only the questions written in question files, none generated from the source documents",
        Recursive = true,
    };

    // A blank name is most often an empty variable in a script: studying as someone else would be worse than stopping.
    private static Option<string?> CreateLearner()
    {
        var learner = new Option<string?>("--learner") { Description = "Who is studying (default: your user name)", Recursive = true };
        learner.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.Tokens[0].Value))
            {
                r.AddError("--learner needs a name; leave it out to study as your user name.");
            }
            else if (r.Tokens.Count > 0 && LearnerName.Problem(r.Tokens[0].Value.Trim()) is { } problem)
            {
                r.AddError($"--learner: {problem}");
            }
        });
        return learner;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(NoGenerated);
        command.Options.Add(Database);
        command.Options.Add(Learner);
        command.Options.Add(Questions);
    }
}
