using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Worker;

/// <summary>The retry policy for store outages (<see cref="StoreErrors.IsTransient"/>): exponential backoff with jitter, 30 s at most between tries by default.</summary>
public static class StoreRetry
{
    /// <param name="maxAttempts">Null: retry for as long as it takes (the worker never gives a file up for an outage).</param>
    /// <param name="maxDelaySeconds">The longest wait between two tries.</param>
    public static ResiliencePipeline Create(ILogger logger, int? maxAttempts, string meanwhile, double maxDelaySeconds = 30) =>
        new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(StoreErrors.IsTransient),
            MaxRetryAttempts = maxAttempts ?? int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(250),
            MaxDelay = TimeSpan.FromSeconds(Math.Max(0.25, maxDelaySeconds)),
            OnRetry = args =>
            {
                logger.LogWarning("Store unavailable ({Reason}); attempt {Attempt} failed, retrying in {Delay:0.0} s. {Meanwhile}",
                    args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay.TotalSeconds, meanwhile);
                return ValueTask.CompletedTask;
            },
        }).Build();
}
