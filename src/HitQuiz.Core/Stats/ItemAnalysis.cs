namespace HitQuiz.Stats;

/// <summary>
/// Item analysis after Moodle's quiz statistics, adapted to a question bank that learners sample: an "attempt" is
/// one learner's latest answer to each question they have answered. Item score x = 1 when that latest answer is
/// right; rest score y = the share of the learner's other answered questions whose latest answer is right (a
/// share, not a total, because learners answer different numbers of questions). Over the learners who answered
/// the item and at least one other:
/// facility = 100 × mean(x); discrimination = 100 × cov(x, y) / √(var x · var y);
/// efficiency = 100 × cov(x, y) / cov_max, where cov_max pairs x and y both sorted ascending (the largest covariance
/// those scores allow). Population moments (÷ n): the ratios do not depend on the divisor. Exam items left unanswered
/// are no attempts; each question counts them apart (<see cref="ItemStatistics.Omitted"/>), and one that learners only
/// ever left unanswered is listed too.
/// </summary>
public static class ItemAnalysis
{
    public const int MinimumLearners = 5;
    public const double DubiousEfficiency = 15;

    public static IReadOnlyList<ItemStatistics> Analyse(IReadOnlyList<LearnerItems> learners, int minimumLearners = MinimumLearners)
    {
        // One pass over every learner's items, in learner order, gathering each question's scores.
        var questions = new Dictionary<string, Scores>(StringComparer.Ordinal);
        foreach (var learner in learners)
        {
            var right = learner.Items.Count(i => i.LastCorrect);
            var count = learner.Items.Count;
            foreach (var item in learner.Items)
            {
                if (!questions.TryGetValue(item.QuestionId, out var scores))
                {
                    questions[item.QuestionId] = scores = new Scores();
                }

                scores.Answers += item.Attempts;
                scores.Section = item.Section;
                scores.X.Add(item.LastCorrect ? 1 : 0);
                scores.Y.Add(count > 1 ? (right - (item.LastCorrect ? 1 : 0)) / (double)(count - 1) : double.NaN);
            }

            // A question every learner skipped has no attempt, but is listed: it may be the one to look at.
            foreach (var omitted in learner.Omitted)
            {
                if (!questions.TryGetValue(omitted.QuestionId, out var scores))
                {
                    questions[omitted.QuestionId] = scores = new Scores { Section = omitted.Section };
                }

                scores.Omitted += omitted.Count;
            }
        }

        return [.. questions
            .Select(q => Analyse(q.Key, q.Value, minimumLearners))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ThenBy(s => s.QuestionId, StringComparer.Ordinal)];
    }

    private static ItemStatistics Analyse(string id, Scores scores, int minimum)
    {
        var (x, y) = (scores.X, scores.Y);
        double? facility = x.Count == 0 ? null : 100 * x.Average();
        var (discrimination, efficiency) = Correlation(x, y);
        var quality = x.Count < minimum ? ItemQuality.TooFewAttempts
            : discrimination is null ? ItemQuality.Undefined
            : discrimination < 0 || efficiency < DubiousEfficiency ? ItemQuality.Dubious
            : ItemQuality.Ok;
        return new ItemStatistics(id, scores.Section, x.Count, scores.Answers, facility, discrimination, efficiency, quality) { Omitted = scores.Omitted };
    }

    /// <summary>Discrimination and efficiency in percent, null when a variance is zero or fewer than two pairs exist.</summary>
    /// <remarks>
    /// Worked out in arrays, in the same order of additions as the formulas read: a report over a large bank does this
    /// for every question, and the lists and enumerators made for each were a large part of the report's garbage.
    /// </remarks>
    public static (double? Discrimination, double? Efficiency) Correlation(IReadOnlyList<double> item, IReadOnlyList<double> rest)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(rest);

        // A learner who answered only this item has no rest score: leave them out of the correlation.
        var length = Math.Min(item.Count, rest.Count);
        var x = new double[length];
        var y = new double[length];
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            if (!double.IsNaN(rest[i]))
            {
                (x[n], y[n]) = (item[i], rest[i]);
                n++;
            }
        }

        if (n < 2)
        {
            return (null, null);
        }

        var xs = x.AsSpan(0, n);
        var ys = y.AsSpan(0, n);
        var cov = Covariance(xs, ys);
        var varX = Covariance(xs, xs);
        var varY = Covariance(ys, ys);
        xs.Sort();
        ys.Sort();
        var max = Covariance(xs, ys);
        if (varX <= 1e-12 || varY <= 1e-12 || max <= 1e-12)
        {
            return (null, null);
        }

        return (100 * cov / Math.Sqrt(varX * varY), 100 * cov / max);
    }

    private static double Covariance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var (meanA, meanB) = (Mean(a), Mean(b));
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }

        return sum / a.Length;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private sealed class Scores
    {
        public List<double> X { get; } = [];

        public List<double> Y { get; } = [];

        public int Answers { get; set; }

        public int Omitted { get; set; }

        public string Section { get; set; } = "";
    }
}
