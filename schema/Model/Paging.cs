namespace UnCitationGraph.Model;

/// <summary>A page request: at most <paramref name="First"/> items after the opaque cursor <paramref name="After"/>.</summary>
public sealed record PageRequest(int First, string? After = null)
{
    public const int MaxFirst = 1000;
}

/// <summary>One page of results; <see cref="EndCursor"/> is passed back as After for the next one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? EndCursor, bool HasNextPage, long? TotalCount = null);
