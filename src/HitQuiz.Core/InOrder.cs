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
        ForEachRange(items.Count, (first, end) =>
        {
            for (var i = first; i < end; i++)
            {
                results[i] = select(items[i]);
            }
        });
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
    /// <remarks>Each range of items gathers its results in one list, not one array per item.</remarks>
    public static List<TResult> SelectMany<T, TResult>(IReadOnlyList<T> items, Func<T, IEnumerable<TResult>> select)
    {
        var parts = new List<TResult>[(items.Count + Chunk - 1) / Chunk];
        ForEachRange(items.Count, (first, end) =>
        {
            var part = new List<TResult>();
            for (var i = first; i < end; i++)
            {
                part.AddRange(select(items[i]));
            }

            parts[first / Chunk] = part;
        });
        if (parts.Length == 1)
        {
            return parts[0];
        }

        var all = new List<TResult>(parts.Sum(p => p.Count));
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return all;
    }

    // Calls work(first, end) for consecutive ranges of Chunk indexes covering 0..count (the last may be shorter),
    // spread over the cores unless there is one range only or the one-core switch is on.
    private static void ForEachRange(int count, Action<int, int> work)
    {
        if (count <= Chunk || AppContext.TryGetSwitch(OneCoreSwitch, out var oneCore) && oneCore)
        {
            for (var first = 0; first < count; first += Chunk)
            {
                work(first, Math.Min(first + Chunk, count));
            }

            return;
        }

        try
        {
            Parallel.ForEach(Partitioner.Create(0, count, Chunk), range => work(range.Item1, range.Item2));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A failure reads as it would on one thread, not wrapped: callers report it by its own type and message.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
