namespace UnCitationGraph.Model;

/// <summary>A page request: at most <paramref name="First"/> items after the opaque cursor <paramref name="After"/>.</summary>
public sealed record PageRequest(int First, string? After = null)
{
    public const int MaxFirst = 1000;

    /// <summary>
    /// Ask for <see cref="Page{T}.TotalCount"/> too. Counting costs a bounded scan on some connections,
    /// so a store counts only when asked (the API asks when a query selects totalCount).
    /// </summary>
    public bool CountTotal { get; init; }
}

/// <summary>
/// One page of results. Every item has its own cursor (<see cref="Cursors"/>[i] belongs to <see cref="Items"/>[i]):
/// passed back as After, any of them continues right after that item. <see cref="TotalCount"/>, when not null,
/// is the exact number of items of the whole query (all pages); null when the store cannot count it cheaply.
/// </summary>
public sealed record Page<T>
{
    public Page(IReadOnlyList<T> items, IReadOnlyList<string> cursors, bool hasNextPage, long? totalCount = null)
    {
        if (items.Count != cursors.Count)
            throw new ArgumentException($"A page needs one cursor per item ({items.Count} items, {cursors.Count} cursors).", nameof(cursors));
        Items = items;
        Cursors = cursors;
        HasNextPage = hasNextPage;
        TotalCount = totalCount;
    }

    /// <summary>A page with nothing on it, and nothing to count.</summary>
    public static Page<T> Empty { get; } = new([], [], false, 0);

    public IReadOnlyList<T> Items { get; }

    public IReadOnlyList<string> Cursors { get; }

    public bool HasNextPage { get; }

    public long? TotalCount { get; init; }

    /// <summary>The last item's cursor (pass it as After for the next page); null on an empty page.</summary>
    public string? EndCursor => Cursors.Count > 0 ? Cursors[^1] : null;
}
