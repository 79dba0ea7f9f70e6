namespace HitQuiz.Study;

/// <summary>
/// What the learner asked for: the mode, how many questions (null: the mode's default, e.g. the exam
/// blueprint), the topic for <see cref="StudyMode.Topic"/>, the exam date for <see cref="StudyMode.Cram"/> and
/// readiness, and the exam length in minutes for <see cref="StudyMode.Exam"/>.
/// </summary>
public sealed record StudyRequest(StudyMode Mode, int? Count = null)
{
    /// <summary>The session size when none is given (every mode but the exam).</summary>
    public const int DefaultCount = 10;

    public string? Topic { get; init; }

    public DateTimeOffset? ExamDate { get; init; }

    public int? Minutes { get; init; }
}
