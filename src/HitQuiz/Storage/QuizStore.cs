using HitQuiz.Sessions;

namespace HitQuiz.Storage;

// Temporary in-memory stand-in with the storage API; replaced by the LiteDB store.
public sealed class QuizStore : IDisposable
{
    private readonly List<AnswerRecord> _answers = [];
    private long _sessions;

    public static QuizStore OpenInMemory() => new();

    public long GetOrAddLearner(string name, DateTimeOffset now) => 1;

    public long StartSession(string learner, string mode, DateTimeOffset started) => ++_sessions;

    public void FinishSession(long id, DateTimeOffset ended, int answered, int correct)
    {
    }

    public void RecordAnswer(AnswerRecord answer) => _answers.Add(answer);

    public LearnerTotals Totals(string learner) =>
        new(_answers.Count(a => a.Learner == learner), _answers.Count(a => a.Learner == learner && a.Correct));

    public IReadOnlyList<QuestionHistory> History(string learner) => [];

    public IReadOnlyList<AnswerRecord> Answers(string learner) => _answers.Where(a => a.Learner == learner).ToList();

    public void Dispose()
    {
    }
}
