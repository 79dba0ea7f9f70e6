namespace HitQuiz.Stats;

/// <summary>
/// Answers counted in one quarter hour (UTC). Every time zone's offset is a multiple of 15 minutes, so a bucket
/// never straddles a local midnight and daily figures can be rebuilt for any zone.
/// </summary>
public sealed record TimeBucket(DateTimeOffset Start, int Answered, int Correct)
{
    private const long LengthMs = 15 * 60 * 1000;

    public static long IndexOf(DateTimeOffset time)
    {
        var ms = time.ToUnixTimeMilliseconds();
        return ms >= 0 ? ms / LengthMs : (ms - LengthMs + 1) / LengthMs;
    }

    public static DateTimeOffset StartOf(long index) => DateTimeOffset.FromUnixTimeMilliseconds(index * LengthMs);
}
