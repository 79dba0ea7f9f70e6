namespace HitQuiz.Study;

/// <summary>
/// The size and length of an exam simulation. The RHIT exam is 150 items in 3.5 hours; a smaller bank, a
/// <c>--count</c> or a <c>--minutes</c> scales it down keeping the same time per item (1.4 minutes).
/// </summary>
public sealed record ExamBlueprint(int Items, TimeSpan Duration)
{
    public const int RhitItems = 150;

    public static readonly TimeSpan RhitDuration = TimeSpan.FromMinutes(210);

    public static TimeSpan PerItem => RhitDuration / RhitItems;

    /// <summary>The blueprint for a bank of <paramref name="available"/> items and the learner's overrides.</summary>
    public static ExamBlueprint For(int available, int? count, int? minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(available);
        var wanted = count ?? (minutes is int m ? (int)Math.Floor(TimeSpan.FromMinutes(m) / PerItem) : RhitItems);
        var items = Math.Clamp(wanted, Math.Min(1, available), available);
        var duration = minutes is int given ? TimeSpan.FromMinutes(given) : PerItem * items;
        return new ExamBlueprint(items, duration);
    }
}
