using Microsoft.Data.Sqlite;
using Polly.CircuitBreaker;
using Polly.Timeout;
using UnCitationGraph.Neo4j;

namespace UnCitationGraph.Store;

/// <summary>A store that cannot be reached or written just now (a Neo4j server down, a locked or unwritable file).</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Tells an outage (worth waiting for: retry with backoff, keep the file) from a refusal (this record will never
/// go in: report it). The worker retries the first kind for as long as it takes and never drops a file for it.
/// </summary>
public static class StoreErrors
{
    public static bool IsTransient(Exception e) => e switch
    {
        StoreUnavailableException or TimeoutException or IOException or HttpRequestException or UnauthorizedAccessException => true,
        // SQLITE_PERM 3, BUSY 5, LOCKED 6, READONLY 8, IOERR 10, FULL 13, CANTOPEN 14, PROTOCOL 15
        SqliteException s => s.SqliteErrorCode is 3 or 5 or 6 or 8 or 10 or 13 or 14 or 15,
        // Neo4j: what its own pipeline retried and gave up on, its circuit breaker failing fast, its per-attempt timeout.
        Neo4jException n => n.IsTransient,
        BrokenCircuitException or TimeoutRejectedException => true,
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsTransient),
        _ => e.InnerException is { } inner && IsTransient(inner),
    };
}
