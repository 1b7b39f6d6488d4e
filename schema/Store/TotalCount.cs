namespace UnCitationGraph.Store;

/// <summary>
/// How far a store counts for <see cref="Model.Page{T}.TotalCount"/> when no counter or index gives the number at once:
/// it reads at most <see cref="ScanLimit"/> rows, so a count never turns into a scan of a hub's million edges.
/// Past <see cref="Limit"/> the total is unknown (null), never an estimate.
/// </summary>
public static class TotalCount
{
    public const int Limit = 10_000;

    /// <summary>Rows a bounded count reads: one more than <see cref="Limit"/> tells "more than the limit".</summary>
    public const int ScanLimit = Limit + 1;

    /// <summary>The exact total when the bounded scan saw every candidate row; null when it stopped short.</summary>
    public static long? Of(long scanned, long matching) => scanned > Limit ? null : matching;
}
