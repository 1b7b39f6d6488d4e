using System.Collections.Concurrent;
using System.Reflection;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// The store's Cypher, one statement per .cypher file under Neo4j/Cypher/ (embedded resources), loaded by file name.
/// Statements are never assembled from pieces: values travel as parameters.
/// </summary>
public static class CypherStatements
{
    const string Prefix = "UnCitationGraph.Neo4j.Cypher.";
    const string SchemaPrefix = Prefix + "Schema.";
    static readonly Assembly Assembly = typeof(CypherStatements).Assembly;
    static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The statement of Neo4j/Cypher/{name}.cypher.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, n => Read(Prefix + n + ".cypher"));

    /// <summary>The constraints and indexes (Neo4j/Cypher/Schema/*.cypher) in file-name order.</summary>
    public static IReadOnlyList<string> Schema() =>
        Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(SchemaPrefix, StringComparison.Ordinal) && r.EndsWith(".cypher", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    static string Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Cypher statement {resource} is not embedded in {Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
