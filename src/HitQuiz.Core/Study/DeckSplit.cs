using HitQuiz.Questions;
using HitQuiz.Scheduling;

namespace HitQuiz.Study;

/// <summary>
/// Items sorted by where they stand: due now (with their positions in the pool), ahead (reviewed, not due yet; in pool
/// order), and the items
/// never reviewed, drawn at random and interleaved by section only as far as a session needs them.
/// </summary>
internal sealed record DeckSplit(
    Func<int, List<Question>> FirstDue,
    Func<Random, IEnumerable<Question>> DrawFresh,
    Func<IReadOnlyList<(Question Question, Card Card)>> Ahead,
    int Count);
