using HitQuiz.Study;

namespace HitQuiz.Storage;

/// <summary>Where the learner's database lives and who the learner is by default.</summary>
public static class DatabaseLocation
{
    /// <summary>
    /// The database path: the <c>--db</c> option, else <c>HITQUIZ_DB</c>, else <c>$XDG_DATA_HOME/hitquiz/hitquiz.db</c>,
    /// else <c>~/.local/share/hitquiz/hitquiz.db</c>.
    /// </summary>
    public static string Resolve(string? option, Func<string, string?> getEnv)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option;
        }

        var fromEnv = getEnv("HITQUIZ_DB");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return fromEnv;
        }

        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        var xdg = getEnv("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "hitquiz", "hitquiz.db");
        }

        var home = getEnv("HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }

        return Path.Combine(home, ".local", "share", "hitquiz", "hitquiz.db");
    }

    /// <summary>
    /// The learner name used when none is given: the operating-system user ($USER, then $LOGNAME, then the account
    /// name), trimmed. A value that cannot be a learner's name (see <see cref="LearnerName"/>) is passed over, so a
    /// stray control character in the environment never reaches screens or reports; "learner" when none can.
    /// </summary>
    public static string DefaultLearner(Func<string, string?> getEnv) =>
        new[] { getEnv("USER"), getEnv("LOGNAME"), Environment.UserName }
            .Select(name => name?.Trim())
            .FirstOrDefault(name => !string.IsNullOrEmpty(name) && LearnerName.Problem(name) is null)
        ?? "learner";
}
