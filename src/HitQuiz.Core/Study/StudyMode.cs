namespace HitQuiz.Study;

/// <summary>How a study session chooses its questions and what it does with the answers.</summary>
public enum StudyMode
{
    /// <summary>Due items first (most overdue first), then new ones, interleaved across sections.</summary>
    Practice,

    /// <summary>Items answered wrong recently or with low predicted recall, weakest first.</summary>
    Review,

    /// <summary>One section or topic, due items first.</summary>
    Topic,

    /// <summary>A timed simulation of the exam, with no feedback until it is submitted.</summary>
    Exam,

    /// <summary>The items least likely to be recalled on the exam date; answers leave the schedule alone.</summary>
    Cram,
}
