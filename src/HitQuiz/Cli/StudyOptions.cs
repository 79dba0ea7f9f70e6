using System.CommandLine;
using HitQuiz.Study;

namespace HitQuiz.Cli;

/// <summary>The options of <c>practice</c> that choose the study mode, and the request they make.</summary>
internal sealed class StudyOptions(TimeProvider clock)
{
    // The modes as typed: lower case, the names the help and the README use.
    private static readonly string[] ModeNames = [.. Enum.GetValues<StudyMode>().Select(m => m.ToString().ToLowerInvariant())];

    public Option<string> Mode { get; } = CreateMode();

    public Option<string?> Topic { get; } = new("--topic") { Description = "The section or topic to drill (--mode topic)" };

    public Option<DateOnly?> ExamDate { get; } = OptionValues.Date("--exam-date", "Your exam date, YYYY-MM-DD (--mode cram; readiness on that day)");

    private const int MaxMinutes = 24 * 60;

    public Option<int?> Minutes { get; } = OptionValues.OptionalWholeNumber("--minutes", "Exam length in minutes (--mode exam; default 1.4 per item)", 90);

    private static Option<string> CreateMode()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "practice (due, then new), review (weak items), topic (one section), exam (timed simulation) or cram (toward --exam-date)",
            DefaultValueFactory = _ => "practice",
        };
        mode.AcceptOnlyFromAmong(ModeNames);
        return mode;
    }

    private static StudyMode ModeOf(string? name) =>
        Enum.TryParse<StudyMode>(name, ignoreCase: true, out var mode) ? mode : StudyMode.Practice;

    public void AddTo(Command command)
    {
        command.Options.Add(Mode);
        command.Options.Add(Topic);
        command.Options.Add(ExamDate);
        command.Options.Add(Minutes);
        command.Validators.Add(result =>
        {
            var mode = ModeOf(result.GetValue(Mode));
            if (mode == StudyMode.Topic && string.IsNullOrWhiteSpace(result.GetValue(Topic)))
            {
                result.AddError("--mode topic needs --topic NAME.");
            }

            if (mode == StudyMode.Cram && result.GetResult(ExamDate) is null)
            {
                result.AddError("--mode cram needs --exam-date YYYY-MM-DD.");
            }

            if (result.TryGetValue(ExamDate, out var date) && date is { } day && ExamDates.Problem(day, ExamDates.Today(clock.GetUtcNow(), TimeZoneInfo.Local)) is { } problem)
            {
                result.AddError($"--exam-date: {problem}");
            }

            if (result.TryGetValue(Minutes, out var minutes) && minutes is < 1)
            {
                result.AddError("--minutes must be at least 1.");
            }
            else if (minutes is > MaxMinutes)
            {
                result.AddError($"--minutes must be at most {MaxMinutes} (a day).");
            }
        });
    }

    /// <summary>The request; an exam without an explicit <paramref name="count"/> follows the blueprint.</summary>
    public StudyRequest Request(ParseResult parse, Option<int> count)
    {
        var mode = ModeOf(parse.GetValue(Mode));
        var explicitCount = parse.GetResult(count) is { Implicit: false };
        return new StudyRequest(mode, mode == StudyMode.Exam && !explicitCount ? null : parse.GetValue(count))
        {
            Topic = parse.GetValue(Topic),
            ExamDate = parse.GetValue(ExamDate) is DateOnly date ? ExamMorning(date) : null,
            Minutes = parse.GetValue(Minutes),
        };
    }

    // Recall is predicted in whole days; the time of day only has to be on the exam date.
    private static DateTimeOffset ExamMorning(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}
