namespace UnCitationGraph.GraphApi.Hosting;

/// <summary>Where the graph lives, as given by --store: "sqlite:PATH" (the default, data/graph.db) or "neo4j:URI".</summary>
public sealed record StoreAddress(string Scheme, string Target)
{
    public const string Sqlite = "sqlite", Neo4j = "neo4j";
    public static readonly StoreAddress Default = new(Sqlite, Path.Combine("data", "graph.db"));

    public static StoreAddress Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Default;
        var colon = text.IndexOf(':');
        var scheme = colon > 0 ? text[..colon].ToLowerInvariant() : "";
        return scheme switch
        {
            Sqlite => new(Sqlite, text[(colon + 1)..]),
            Neo4j => new(Neo4j, text[(colon + 1)..]),
            _ => throw new ArgumentException($"--store \"{text}\": use sqlite:PATH (e.g. sqlite:data/graph.db) or neo4j:URI (e.g. neo4j:http://localhost:7474)."),
        };
    }

    public override string ToString() => $"{Scheme}:{Target}";
}
