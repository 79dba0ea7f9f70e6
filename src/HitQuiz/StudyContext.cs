using HitQuiz.Questions;
using HitQuiz.Sessions;
using HitQuiz.Storage;

namespace HitQuiz;

/// <summary>What a front end needs to run practice sessions: store, learner, bank, clock and randomness.</summary>
internal sealed record StudyContext(
    QuizStore Store,
    string Learner,
    IReadOnlyList<Question> Bank,
    Func<Question, AnswerExplanation> Explain,
    IReadOnlyList<string> Notices,
    TimeProvider Clock,
    Random Random,
    int SessionSize);
