using HitQuiz.Questions;

namespace HitQuiz.Study;

/// <summary>
/// The questions of a session and the facts a front end shows about them: how many items are due today,
/// how many are new, and, for an exam, its blueprint.
/// </summary>
public sealed record StudyPlan(StudyMode Mode, IReadOnlyList<Question> Questions)
{
    /// <summary>Items whose card falls due before the end of the day of <c>now</c> (in its offset).</summary>
    public int DueToday { get; init; }

    /// <summary>Items never reviewed.</summary>
    public int New { get; init; }

    /// <summary>Items the mode could choose from, before the session size cut the list.</summary>
    public int Eligible { get; init; }

    /// <summary>The exam's size and length; null except in <see cref="StudyMode.Exam"/>.</summary>
    public ExamBlueprint? Exam { get; init; }
}
