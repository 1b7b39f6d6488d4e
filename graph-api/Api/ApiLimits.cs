namespace UnCitationGraph.GraphApi.Api;

/// <summary>
/// The limits that keep one request from taking the server down. Bound from the "Api" configuration
/// section; each has a clear error when exceeded (see <see cref="Arguments"/> and the HTTP endpoint).
/// </summary>
public sealed class ApiLimits
{
    /// <summary>Deepest selection set accepted (fields nested in fields). GraphiQL's introspection query is 15 deep.</summary>
    public int MaxQueryDepth { get; set; } = 15;

    /// <summary>Largest complexity score (GraphQL.NET's analyser: lists weighted by their first argument; introspection as <see cref="Security.IntrospectionCost"/> prices it).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest page (the first argument of a connection or list).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Deepest traversal for lineage, path and transitive citers.</summary>
    public int MaxTraversalDepth { get; set; } = 10;

    /// <summary>Deepest neighbourhood.</summary>
    public int MaxNeighbourhoodDepth { get; set; } = 3;

    /// <summary>Most nodes a lineage or neighbourhood returns.</summary>
    public int MaxSubgraphNodes { get; set; } = 1000;

    /// <summary>Largest text the extract field reads.</summary>
    public int MaxExtractChars { get; set; } = 100_000;

    /// <summary>Largest request body, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest a request may execute before it is answered with a timeout error.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
