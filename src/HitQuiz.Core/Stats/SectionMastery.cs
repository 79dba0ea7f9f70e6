namespace HitQuiz.Stats;

/// <summary>
/// How much of a section is mastered: <see cref="Mastered"/> items whose latest answer was right, out of
/// <see cref="Items"/> (the bank's items in the section plus any answered item no longer in the bank).
/// </summary>
public sealed record SectionMastery(string Section, int Items, int Seen, int Mastered)
{
    public double Percent => Items == 0 ? 0 : 100.0 * Mastered / Items;
}
