using System.Text.Json;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using static UnCitationGraph.Neo4j.CypherStatements;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// Writes and removes one language version inside one explicit transaction: batched UNWIND statements, the version's
/// earlier statements taken back first, other language versions' edges untouched. Every step is repeatable, so the
/// whole transaction can be retried after a transient failure.
/// </summary>
sealed class Neo4jVersionWriter(Neo4jQueryApiClient client)
{
    public static string VersionKey(string documentId, string language) => documentId + "|" + language;

    public Task<UpsertOutcome> UpsertAsync(VersionRecord record, CancellationToken ct)
    {
        var documentId = record.Document.Id;
        var language = record.Version.Language;
        var key = VersionKey(documentId, language);
        return client.InTransactionAsync(Get("ReadVersion"), Parameters.Of(("key", key)), async (tx, stored, token) =>
        {
            var storedHash = stored.Scalar("contentHash") is { ValueKind: JsonValueKind.String } h ? h.GetString() : null;
            if (storedHash == record.Version.ContentHash)
            {
                await tx.RollbackAsync(token); // identical content: nothing written
                return UpsertOutcome.Unchanged;
            }

            await tx.RunAsync(Get("MergeNodes"), Parameters.Of(("nodes", NodesNamedBy(record).Select(Neo4jRows.NodeParameters).ToList())), token);
            await tx.RunAsync(Get("UpsertDocument"), Parameters.Of(
                ("document", Neo4jRows.NodeParameters(record.Document)),
                ("version", new Dictionary<string, object?>
                {
                    ["key"] = key, ["language"] = language, ["title"] = record.Version.Title, ["source"] = record.Version.Source,
                    ["contentHash"] = record.Version.ContentHash, ["ingestedAt"] = Neo4jRows.Instant(record.Version.IngestedAt),
                })), token);
            var released = await RetractAsync(tx, documentId, language, token);
            await tx.RunAsync(Get("WriteVersionCitations"), Parameters.Of(
                ("documentId", documentId), ("language", language),
                ("citations", record.Citations.Select(c => new Dictionary<string, object?>
                {
                    ["targetId"] = c.TargetId, ["location"] = c.Location, ["text"] = c.Text, ["footnote"] = c.Footnote, ["relation"] = c.Relation,
                }).ToList())), token);
            await tx.RunAsync(Get("ReplaceVersionOrphans"), Parameters.Of(
                ("key", key),
                ("orphans", record.Orphans.Select(o => new Dictionary<string, object?> { ["marker"] = o.Marker, ["problem"] = o.Problem }).ToList())), token);
            await tx.RunAsync(Get("ReplaceVersionFootnotes"), Parameters.Of(
                ("key", key),
                ("footnotes", record.Footnotes.Select((f, i) => new Dictionary<string, object?>
                {
                    ["ordinal"] = i, ["marker"] = f.Marker, ["text"] = f.Text ?? "", ["referenced"] = f.Referenced,
                    ["defined"] = f.Defined, ["anchor"] = f.Anchor,
                }).ToList())), token);
            await tx.RunAsync(Get("ReplaceAddendum"), Parameters.Of(("documentId", documentId), ("parentId", record.AddendumOf)), token);
            await PruneAsync(tx, released, token);
            return storedHash is null ? UpsertOutcome.Inserted : UpsertOutcome.Replaced;
        }, ct);
    }

    public Task<bool> RemoveAsync(string documentId, string language, CancellationToken ct)
    {
        var key = VersionKey(documentId, language);
        return client.InTransactionAsync(Get("ReadVersion"), Parameters.Of(("key", key)), async (tx, stored, token) =>
        {
            if (stored.Scalar("contentHash") is not { ValueKind: JsonValueKind.String })
            {
                await tx.RollbackAsync(token);
                return false;
            }
            var released = await RetractAsync(tx, documentId, language, token);
            var removed = await tx.RunAsync(Get("RemoveVersion"), Parameters.Of(("documentId", documentId), ("key", key)), token);
            if (removed.Scalar("ingested") is { ValueKind: JsonValueKind.False })
            {
                var parents = await tx.RunAsync(Get("ReleaseDocument"), Parameters.Of(("documentId", documentId)), token);
                released.AddRange(parents.Rows.Select(r => r["parent"].GetString()!));
                released.Add(documentId);
            }
            await PruneAsync(tx, released, token);
            return true;
        }, ct);
    }

    /// <summary>The instrument catalogue as nodes with titles by language and ADOPTED_IN edges. Idempotent.</summary>
    public async Task LoadInstrumentsAsync(InstrumentCatalogue catalogue, CancellationToken ct)
    {
        var nodes = catalogue.Entries
            .Select(e => VersionRecordBuilder.TargetNode(Ids.CanonicalId.ForInstrument(e.Id), catalogue))
            .Concat(catalogue.Entries.Where(e => e.AdoptedIn != null).Select(e => VersionRecordBuilder.TargetNode(e.AdoptedIn!)))
            .Select(Neo4jRows.NodeParameters).ToList();
        var instruments = catalogue.Entries.Select(e => new Dictionary<string, object?>
        {
            ["id"] = Ids.CanonicalId.ForInstrument(e.Id),
            ["titleLanguages"] = e.Titles.Keys.ToList(),
            ["titles"] = e.Titles.Values.ToList(),
            ["adoptedIn"] = e.AdoptedIn,
        }).ToList();
        await client.InTransactionAsync(Get("MergeNodes"), Parameters.Of(("nodes", nodes)), async (tx, _, token) =>
        {
            await tx.RunAsync(Get("LinkInstruments"), Parameters.Of(("instruments", instruments)), token);
            return true;
        }, ct);
    }

    // Every node the version points at exists before its edges are written: the builder's targets, any citation
    // target it did not list, and the document it is an addendum of.
    static IEnumerable<GraphNode> NodesNamedBy(VersionRecord record)
    {
        var named = record.Targets.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var id in record.Citations.Select(c => c.TargetId).Append(record.AddendumOf))
            if (id != null && !named.ContainsKey(id)) named[id] = VersionRecordBuilder.TargetNode(id);
        return named.Values;
    }

    static async Task<List<string>> RetractAsync(Neo4jTransaction tx, string documentId, string language, CancellationToken ct)
    {
        var result = await tx.RunAsync(Get("RetractVersionCitations"), Parameters.Of(("documentId", documentId), ("language", language)), ct);
        return result.Rows.Select(r => r["released"].GetString()!).ToList();
    }

    static async Task PruneAsync(Neo4jTransaction tx, List<string> released, CancellationToken ct)
    {
        if (released.Count > 0)
            await tx.RunAsync(Get("PruneNodes"), Parameters.Of(("ids", released.Distinct().ToList())), ct);
    }
}

/// <summary>Statement parameters, written as (name, value) pairs.</summary>
static class Parameters
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] items)
    {
        var map = new Dictionary<string, object?>(items.Length, StringComparer.Ordinal);
        foreach (var (name, value) in items) map[name] = value;
        return map;
    }
}
