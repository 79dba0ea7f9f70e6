namespace HitQuiz.Scheduling;

/// <summary>
/// The FSRS-6 spaced-repetition scheduler, a port of py-fsrs 6's <c>Scheduler</c>: with fuzz off it gives the same
/// stability, difficulty and due times for the same reviews. Pure: the time of each review is passed in, and fuzz
/// draws only from a <see cref="System.Random"/> the caller supplies.
/// </summary>
/// <param name="options">The settings; checked here (see <see cref="SchedulerOptions"/>).</param>
/// <exception cref="ArgumentException">A parameter or option is out of range.</exception>
public sealed class Scheduler(SchedulerOptions options)
{
    // Declared first: initializers run in order, so the options are checked before anything uses them.

    /// <summary>The settings this scheduler was created with.</summary>
    public SchedulerOptions Options { get; } = Validated(options);

    private readonly MemoryModel _model = new([.. options.Parameters], options.DesiredRetention, options.MaximumInterval);

    // Copied so that a caller mutating the arrays behind the options cannot change a scheduler in use.
    private readonly TimeSpan[] _learningSteps = [.. options.LearningSteps];
    private readonly TimeSpan[] _relearningSteps = [.. options.RelearningSteps];


    /// <summary>Whether <paramref name="card"/> is due at <paramref name="now"/> (a new card always is).</summary>
    public static bool IsDue(Card card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Due <= now;
    }

    /// <summary>
    /// The predicted probability of recalling <paramref name="card"/> at <paramref name="at"/>, counting whole days
    /// since the last review as FSRS does: 1 on the day of a review, about the desired retention when a review card
    /// falls due, lower as time passes, and 0 for a card never reviewed. <paramref name="at"/> may be in the future,
    /// for instance an exam date.
    /// </summary>
    public double Retrievability(Card card, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.LastReview is not { } lastReview || card.Stability is not { } stability)
        {
            return 0;
        }

        return _model.Retrievability(Math.Max(0, ElapsedDays(lastReview, at)), stability);
    }

    /// <summary>
    /// Reviews <paramref name="card"/> with <paramref name="grade"/> at <paramref name="now"/>, fuzzing with
    /// <see cref="SchedulerOptions.Random"/> if it is set and fuzzing is enabled.
    /// </summary>
    /// <returns>The updated card and a log of the review.</returns>
    public (Card Card, ReviewLog Log) Review(Card card, Grade grade, DateTimeOffset now) =>
        Review(card, grade, now, null);

    /// <summary>
    /// Reviews <paramref name="card"/> with <paramref name="grade"/> at <paramref name="now"/>, fuzzing with
    /// <paramref name="random"/> (or <see cref="SchedulerOptions.Random"/> when it is <c>null</c>) if fuzzing is
    /// enabled. Any UTC offset works; days are counted as 24-hour spans, as py-fsrs counts them.
    /// </summary>
    /// <returns>The updated card and a log of the review.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a defined grade.</exception>
    public (Card Card, ReviewLog Log) Review(Card card, Grade grade, DateTimeOffset now, Random? random)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "A grade is 1 (Again) to 4 (Easy).");
        }

        var (stability, difficulty) = NextMemory(card, grade, now);
        var transition = NextTransition(card, grade, _model.NextInterval(stability));
        var interval = transition.Interval;
        if (transition.State == CardState.Review && Options.EnableFuzzing && (random ?? Options.Random) is { } source)
        {
            interval = TimeSpan.FromDays(IntervalFuzz.Apply(interval.Days, Options.MaximumInterval, source));
        }

        var after = card with
        {
            State = transition.State,
            Step = transition.Step,
            Stability = stability,
            Difficulty = difficulty,
            Due = now + interval,
            LastReview = now,
        };
        return (after, new ReviewLog(grade, now, card, after));
    }

    /// <summary>
    /// Rebuilds a card from its history by reviewing a new card with each grade in time order, for instance after
    /// the parameters change. Fuzz, if enabled, draws from <see cref="SchedulerOptions.Random"/>.
    /// </summary>
    public Card Replay(IEnumerable<(Grade Grade, DateTimeOffset ReviewedAt)> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var card = new Card();
        foreach (var (grade, reviewedAt) in reviews.OrderBy(review => review.ReviewedAt))
        {
            card = Review(card, grade, reviewedAt).Card;
        }

        return card;
    }

    /// <summary>Rebuilds a card from its review logs; see <see cref="Replay(IEnumerable{ValueTuple{Grade, DateTimeOffset}})"/>.</summary>
    public Card Replay(IEnumerable<ReviewLog> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Replay(history.Select(log => (log.Grade, log.ReviewedAt)));
    }

    private (double Stability, double Difficulty) NextMemory(Card card, Grade grade, DateTimeOffset now)
    {
        if (card.Stability is not { } stability || card.Difficulty is not { } difficulty)
        {
            return (_model.InitialStability(grade), _model.InitialDifficulty(grade));
        }

        // Stability is updated from the old difficulty; difficulty afterwards.
        var elapsed = card.LastReview is { } lastReview ? ElapsedDays(lastReview, now) : (long?)null;
        var nextStability = elapsed < 1
            ? _model.ShortTermStability(stability, grade)
            : _model.NextStability(difficulty, stability, Retrievability(card, now), grade);
        return (nextStability, _model.NextDifficulty(difficulty, grade));
    }

    private Transition NextTransition(Card card, Grade grade, int reviewDays) => card.State switch
    {
        // A new card is py-fsrs's fresh card: Learning at step 0 with no memory yet.
        CardState.New => StepRules.Next(CardState.Learning, _learningSteps, 0, grade, reviewDays),
        CardState.Learning => StepRules.Next(CardState.Learning, _learningSteps, card.Step ?? 0, grade, reviewDays),
        CardState.Relearning => StepRules.Next(CardState.Relearning, _relearningSteps, card.Step ?? 0, grade, reviewDays),
        CardState.Review when grade == Grade.Again && _relearningSteps.Length > 0 =>
            new Transition(CardState.Relearning, 0, _relearningSteps[0]),
        CardState.Review => Transition.ToReview(reviewDays),
        _ => throw new ArgumentOutOfRangeException(nameof(card), card.State, "Unknown card state."),
    };

    // Whole days rounded down, as Python's timedelta.days counts them (also for negative spans).
    private static long ElapsedDays(DateTimeOffset from, DateTimeOffset to) =>
        (long)Math.Floor((decimal)(to - from).Ticks / TimeSpan.TicksPerDay);

    private static SchedulerOptions Validated(SchedulerOptions options)
    {
        ParameterBounds.Validate(options);
        return options;
    }
}
