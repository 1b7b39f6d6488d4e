using System.Globalization;
using System.Text;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Ingest.Export;

/// <summary>
/// The graph as CSV files in the layout of `neo4j-admin database import full` (the fast way to bulk-load
/// millions of nodes into a new Neo4j): nodes.csv (id:ID, :LABEL, properties) and cites.csv
/// (:START_ID, :END_ID, :TYPE, properties; languages a ';'-separated string[]), streamed from the store.
/// Fields are always quoted; texts may span lines, hence --multiline-fields=true in import-command.txt.
/// </summary>
public static class Neo4jCsvWriter
{
    public const string NodesFile = "nodes.csv", CitesFile = "cites.csv", CommandFile = "import-command.txt";

    public static async Task<(long Nodes, long Edges)> WriteAsync(IGraphStore store, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        long nodes = 0, edges = 0;
        await using (var csv = new StreamWriter(Path.Combine(folder, NodesFile), false, new UTF8Encoding(false)))
        {
            await csv.WriteLineAsync("id:ID,:LABEL,label,body,docKind,year:int,session,date,ingested:boolean");
            await foreach (var n in store.StreamNodesAsync(ct))
            {
                await csv.WriteLineAsync(Row(n.Id, n.Kind.ToString(), n.Label, n.Body, n.DocumentKind,
                    n.Year?.ToString(CultureInfo.InvariantCulture), n.Session, n.Date, n.Ingested ? "true" : "false"));
                nodes++;
            }
        }
        await using (var csv = new StreamWriter(Path.Combine(folder, CitesFile), false, new UTF8Encoding(false)))
        {
            await csv.WriteLineAsync(":START_ID,:END_ID,:TYPE,location,text,footnote,relation,languages:string[]");
            await foreach (var c in store.StreamCitationsAsync(ct))
            {
                await csv.WriteLineAsync(Row(c.SourceId, c.TargetId, "CITES", c.Location, c.Text, c.Footnote, c.Relation, string.Join(';', c.Languages)));
                edges++;
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, CommandFile),
            $"neo4j-admin database import full --nodes={NodesFile} --relationships={CitesFile} --multiline-fields=true --overwrite-destination neo4j\n", ct);
        return (nodes, edges);
    }

    // Empty unquoted fields are nulls for neo4j-admin (no property); present values are quoted, quotes doubled.
    static string Row(params string?[] fields) =>
        string.Join(',', fields.Select(f => f is null ? "" : "\"" + f.Replace("\"", "\"\"") + "\""));
}
