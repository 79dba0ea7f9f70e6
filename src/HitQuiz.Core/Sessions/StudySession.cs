namespace HitQuiz.Sessions;

/// <summary>One sitting of a learner in one mode; <see cref="Ended"/> is null until it is finished.</summary>
public sealed record StudySession(
    long Id,
    string Learner,
    string Mode,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    int Answered,
    int Correct);
