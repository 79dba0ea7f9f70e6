namespace HitQuiz.Stats;

/// <summary>What one learner has done with one question: counts, and the latest answer (by answer time).</summary>
public sealed record ItemRecord(string QuestionId, string Section, int Attempts, int Correct, bool LastCorrect, DateTimeOffset LastAnswered)
{
    public int Wrong => Attempts - Correct;

    public double Accuracy => Attempts == 0 ? 0 : (double)Correct / Attempts;
}
