using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HitQuiz;

/// <summary>
/// Runs a pure function over a list on every core and gives the results back in the list's order, so the output of
/// parsing and generation never depends on how the work was scheduled. Both are CPU-bound and most of their steps read
/// one block, sentence, fact or candidate at a time; on a large document the cores share that work.
/// </summary>
/// <remarks>
/// The function must not write shared state: what it reads (the document, its facts, the consistency report) is
/// complete before it runs, and the caches it may fill are concurrent.
/// </remarks>
internal static class InOrder
{
    // Small lists are not worth handing to other threads.
    private const int Chunk = 128;

    /// <summary>
    /// The AppContext switch that keeps parsing and generation on the calling thread (the benchmark measures both ways;
    /// a build may also set it). The output is the same either way.
    /// </summary>
    public const string OneCoreSwitch = "HitQuiz.OneCore";

    /// <summary>The results of <paramref name="select"/> for every item, in item order.</summary>
    public static TResult[] Select<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> select)
    {
        var results = new TResult[items.Count];
        if (items.Count <= Chunk || AppContext.TryGetSwitch(OneCoreSwitch, out var oneCore) && oneCore)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = select(items[i]);
            }

            return results;
        }

        try
        {
            Parallel.ForEach(Partitioner.Create(0, items.Count, Chunk), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = select(items[i]);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A failure reads as it would on one thread, not wrapped: callers report it by its own type and message.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>
    /// Starts <paramref name="work"/> on another core, for a result that nothing running meanwhile depends on; the
    /// function returned gives that result, waiting for it if need be. Under the one-core switch the work is done
    /// at once on the calling thread.
    /// </summary>
    public static Func<TResult> Alongside<TResult>(Func<TResult> work)
    {
        if (AppContext.TryGetSwitch(OneCoreSwitch, out var oneCore) && oneCore)
        {
            var result = work();
            return () => result;
        }

        var running = Task.Run(work);
        // A failure reads as it would on the calling thread, not wrapped.
        return () => running.GetAwaiter().GetResult();
    }

    /// <summary>Every item's results, flattened in item order (each item's own results in the order it gave them).</summary>
    public static List<TResult> SelectMany<T, TResult>(IReadOnlyList<T> items, Func<T, IEnumerable<TResult>> select)
    {
        var parts = Select(items, item => select(item).ToArray());
        var all = new List<TResult>(parts.Sum(p => p.Length));
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return all;
    }
}
