using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// The Polly 8 pipeline every unit of work runs in, outermost first: retry (exponential backoff with jitter) on
/// transient failures only, a circuit breaker that stops hammering a server that keeps failing, and a timeout per attempt.
/// Neo.ClientError.* (bad Cypher, constraint violated, 401) is never retried: the same request would fail the same way.
/// </summary>
public static class Neo4jResilience
{
    public static ResiliencePipeline Create(Neo4jOptions options, ILogger logger)
    {
        var transient = new PredicateBuilder()
            .Handle<Neo4jException>(e => e.IsTransient)
            .Handle<HttpRequestException>()          // connection refused, reset, DNS
            .Handle<TimeoutRejectedException>();     // our per-attempt timeout

        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0) // Polly refuses a retry strategy with no retries
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                OnRetry = args =>
                {
                    logger.LogWarning(args.Outcome.Exception, "Neo4j unavailable or busy (attempt {Attempt}); retrying in {Delay}",
                        args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            });
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = Math.Max(2, options.BreakerMinimumThroughput),
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = args =>
                {
                    logger.LogError("Neo4j keeps failing: circuit open for {Duration}, calls fail fast until then", args.BreakDuration);
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
