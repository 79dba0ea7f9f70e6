using System.Runtime.InteropServices;

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
        // A first pass over every learner's items, in learner order, numbers each question as it is first met and
        // counts its answers; the second lays each question's answers side by side in one array, still in learner
        // order: no list is made per question.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var questions = new List<Scores>();
        var owners = new int[learners.Sum(l => l.Items.Count)];
        var at = 0;
        foreach (var learner in learners)
        {
            foreach (var item in learner.Items)
            {
                var number = owners[at++] = Number(numbers, questions, item.QuestionId, item.Section);
                var scores = questions[number];
                scores.Answers += item.Attempts;
                scores.Section = item.Section;
                scores.Count++;
            }

            // A question every learner skipped has no attempt, but is listed: it may be the one to look at.
            foreach (var omitted in learner.Omitted)
            {
                questions[Number(numbers, questions, omitted.QuestionId, omitted.Section)].Omitted += omitted.Count;
            }
        }

        var starts = new int[questions.Count + 1];
        for (var q = 0; q < questions.Count; q++)
        {
            starts[q + 1] = starts[q] + questions[q].Count;
        }

        // Each answer as its learner's index and its item score (the lowest bit): the rest score is the learner's
        // (right answers less this one, over the others), worked out when the question is analysed.
        var answers = new int[owners.Length];
        var next = starts[..^1];
        var (right, count) = (new int[learners.Count], new int[learners.Count]);
        at = 0;
        for (var l = 0; l < learners.Count; l++)
        {
            (right[l], count[l]) = (learners[l].Items.Count(i => i.LastCorrect), learners[l].Items.Count);
            foreach (var item in learners[l].Items)
            {
                answers[next[owners[at++]]++] = (l << 1) | (item.LastCorrect ? 1 : 0);
            }
        }

        var scratch = new Scratch();
        return [.. numbers
            .Select(n => Analyse(n.Key, questions[n.Value], answers.AsSpan(starts[n.Value]..starts[n.Value + 1]), right, count, minimumLearners, scratch))
            .OrderBy(s => s.Section, StringComparer.Ordinal)
            .ThenBy(s => s.QuestionId, StringComparer.Ordinal)];
    }

    // The question's number, numbering it (with the section it was first met in) when new.
    private static int Number(Dictionary<string, int> numbers, List<Scores> questions, string id, string section)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out var known);
        if (!known)
        {
            number = questions.Count;
            questions.Add(new Scores { Section = section });
        }

        return number;
    }

    private static ItemStatistics Analyse(
        string id, Scores scores, ReadOnlySpan<int> answers, int[] right, int[] count, int minimum, Scratch scratch)
    {
        // Each learner's item score x and rest score y, in learner order; a learner who answered only this item has
        // no rest score and is left out of the correlation.
        var x = scratch.X(answers.Length);
        var y = scratch.Y(answers.Length);
        var (correct, n) = (0, 0);
        foreach (var answer in answers)
        {
            var (learner, score) = (answer >> 1, answer & 1);
            correct += score;
            if (count[learner] > 1)
            {
                (x[n], y[n]) = (score, (right[learner] - score) / (double)(count[learner] - 1));
                n++;
            }
        }

        double? facility = answers.IsEmpty ? null : 100 * ((double)correct / answers.Length);
        var (discrimination, efficiency) = Correlation(x[..n], y[..n]);
        var quality = answers.Length < minimum ? ItemQuality.TooFewAttempts
            : discrimination is null ? ItemQuality.Undefined
            : discrimination < 0 || efficiency < DubiousEfficiency ? ItemQuality.Dubious
            : ItemQuality.Ok;
        return new ItemStatistics(id, scores.Section, answers.Length, scores.Answers, facility, discrimination, efficiency, quality) { Omitted = scores.Omitted };
    }

    /// <summary>Discrimination and efficiency in percent, null when a variance is zero or fewer than two pairs exist.</summary>
    /// <remarks>A rest score of NaN (a learner who answered nothing else) leaves that pair out.</remarks>
    public static (double? Discrimination, double? Efficiency) Correlation(IReadOnlyList<double> item, IReadOnlyList<double> rest)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(rest);
        var length = Math.Min(item.Count, rest.Count);
        var (x, y) = (new double[length], new double[length]);
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            if (!double.IsNaN(rest[i]))
            {
                (x[n], y[n]) = (item[i], rest[i]);
                n++;
            }
        }

        return Correlation(x.AsSpan(0, n), y.AsSpan(0, n));
    }

    // In the same order of additions as the formulas read; the pairs are sorted in place for the largest covariance.
    private static (double? Discrimination, double? Efficiency) Correlation(Span<double> xs, Span<double> ys)
    {
        if (xs.Length < 2)
        {
            return (null, null);
        }

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
        public int Count { get; set; }

        public int Answers { get; set; }

        public int Omitted { get; set; }

        public string Section { get; set; } = "";
    }

    // Two arrays for one question's scores at a time, grown to the most answers any question has.
    private sealed class Scratch
    {
        private double[] _x = [];
        private double[] _y = [];

        public Span<double> X(int length)
        {
            Grow(length);
            return _x.AsSpan(0, length);
        }

        public Span<double> Y(int length)
        {
            Grow(length);
            return _y.AsSpan(0, length);
        }

        private void Grow(int length)
        {
            if (_x.Length < length)
            {
                (_x, _y) = (new double[length], new double[length]);
            }
        }
    }
}
