using Microsoft.Extensions.Configuration;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// Where the Neo4j Query API lives and how patiently to talk to it. Credentials come only from
/// configuration or the environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), never from code.
/// </summary>
public sealed record Neo4jOptions
{
    /// <summary>HTTP(S) base of the server, e.g. http://127.0.0.1:7474 (the Query API lives under /db/{db}/query/v2).</summary>
    public required Uri Uri { get; init; }
    public string Database { get; init; } = "neo4j";
    public string? User { get; init; }
    public string? Password { get; init; }

    /// <summary>How long one attempt (one request, or one whole explicit transaction) may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries after the first attempt on transient failures.</summary>
    public int MaxRetries { get; init; } = 5;
    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    /// <summary>The circuit opens when at least this many attempts in the sampling window failed transiently ...</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;
    /// <summary>... and this share of them failed.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>Pass the bookmarks of our last write with later requests, so a cluster reads its own writes.</summary>
    public bool UseBookmarks { get; init; } = true;

    public const string UriVariable = "NEO4J_URI", UserVariable = "NEO4J_USER",
        PasswordVariable = "NEO4J_PASSWORD", DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>Optional tuning, in seconds or a count: the per-attempt timeout, retries per call, how long the circuit stays open.</summary>
    public const string AttemptTimeoutVariable = "NEO4J_ATTEMPT_TIMEOUT", MaxRetriesVariable = "NEO4J_MAX_RETRIES",
        BreakDurationVariable = "NEO4J_BREAK_DURATION";

    /// <summary>From the environment; null when NEO4J_URI is not set.</summary>
    public static Neo4jOptions? FromEnvironment() =>
        From(Environment.GetEnvironmentVariable(UriVariable), Environment.GetEnvironmentVariable);

    /// <summary>From configuration keys NEO4J_URI, NEO4J_USER ... (environment variables reach it through the usual provider).</summary>
    public static Neo4jOptions? FromConfiguration(IConfiguration configuration) =>
        From(configuration[UriVariable], key => configuration[key]);

    /// <summary>
    /// From a store argument "neo4j:http://host:7474" (the CLI's --store); user, password and database still
    /// come from the environment.
    /// </summary>
    public static Neo4jOptions FromStoreArgument(string storeArgument)
    {
        const string prefix = "neo4j:";
        var uri = storeArgument.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? storeArgument[prefix.Length..] : storeArgument;
        return From(uri, Environment.GetEnvironmentVariable)
            ?? throw new ArgumentException($"'{storeArgument}' names no Neo4j server: expected neo4j:http://HOST:7474");
    }

    static Neo4jOptions? From(string? uri, Func<string, string?> setting)
    {
        if (string.IsNullOrWhiteSpace(uri)) return null;
        if (!Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{UriVariable} must be an http(s) address such as http://127.0.0.1:7474 (the Query API), not '{uri}'");
        var database = setting(DatabaseVariable);
        var options = new Neo4jOptions
        {
            Uri = parsed,
            Database = string.IsNullOrWhiteSpace(database) ? "neo4j" : database.Trim(),
            User = setting(UserVariable),
            Password = setting(PasswordVariable),
        };
        if (Number(setting, AttemptTimeoutVariable) is > 0 and var timeout) options = options with { AttemptTimeout = TimeSpan.FromSeconds(timeout) };
        if (Number(setting, MaxRetriesVariable) is >= 0 and var retries) options = options with { MaxRetries = (int)retries };
        if (Number(setting, BreakDurationVariable) is >= 0.5 and var open) options = options with { BreakerBreakDuration = TimeSpan.FromSeconds(open) };
        return options;
    }

    static double? Number(Func<string, string?> setting, string name) =>
        setting(name) is { Length: > 0 } text
            ? double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n : throw new ArgumentException($"{name} must be a number, not '{text}'")
            : null;
}
