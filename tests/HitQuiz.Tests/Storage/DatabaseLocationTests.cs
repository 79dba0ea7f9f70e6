namespace HitQuiz.Storage;

public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData("/x/opt.db", "/x/env.db", "/xdg", "/home/ana", "/x/opt.db")]
    [InlineData(null, "/x/env.db", "/xdg", "/home/ana", "/x/env.db")]
    [InlineData("", "/x/env.db", "/xdg", "/home/ana", "/x/env.db")]
    [InlineData(null, null, "/xdg", "/home/ana", "/xdg/hitquiz/hitquiz.db")]
    [InlineData(null, "", "/xdg", "/home/ana", "/xdg/hitquiz/hitquiz.db")]
    [InlineData(null, null, null, "/home/ana", "/home/ana/.local/share/hitquiz/hitquiz.db")]
    [InlineData(null, null, "", "/home/ana", "/home/ana/.local/share/hitquiz/hitquiz.db")]
    [InlineData(null, null, "relative/xdg", "/home/ana", "/home/ana/.local/share/hitquiz/hitquiz.db")]
    public void The_database_path_is_the_option_then_HITQUIZ_DB_then_XDG_DATA_HOME_then_home(
        string? option, string? hitquizDb, string? xdgDataHome, string? home, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var env = new Dictionary<string, string?> { ["HITQUIZ_DB"] = hitquizDb, ["XDG_DATA_HOME"] = xdgDataHome, ["HOME"] = home };

        Assert.Equal(expected, DatabaseLocation.Resolve(option, name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void Without_HOME_the_database_is_under_the_user_profile()
    {
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "hitquiz", "hitquiz.db");

        Assert.Equal(expected, DatabaseLocation.Resolve(null, _ => null));
    }

    [Theory]
    [InlineData("ana", "bo", "ana")]
    [InlineData(null, "bo", "bo")]
    [InlineData("", "bo", "bo")]
    public void The_default_learner_is_USER_then_LOGNAME(string? user, string? logName, string expected)
    {
        var env = new Dictionary<string, string?> { ["USER"] = user, ["LOGNAME"] = logName };

        Assert.Equal(expected, DatabaseLocation.DefaultLearner(name => env.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData("ana\u001b[2J", "bo", "bo")]
    [InlineData("  ana  ", "bo", "ana")]
    public void A_USER_that_cannot_be_a_learners_name_is_passed_over_and_names_are_trimmed(string? user, string? logName, string expected)
    {
        var env = new Dictionary<string, string?> { ["USER"] = user, ["LOGNAME"] = logName };

        Assert.Equal(expected, DatabaseLocation.DefaultLearner(name => env.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_default_learner_is_always_a_valid_name_even_when_no_variable_holds_one()
    {
        var env = new Dictionary<string, string?> { ["USER"] = new string('u', 65), ["LOGNAME"] = "a\tb" };

        var name = DatabaseLocation.DefaultLearner(n => env.GetValueOrDefault(n));

        Assert.Null(HitQuiz.Study.LearnerName.Problem(name));
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Without_USER_or_LOGNAME_the_default_learner_is_the_account_name()
    {
        Assert.Equal(Environment.UserName, DatabaseLocation.DefaultLearner(_ => null));
    }
}
