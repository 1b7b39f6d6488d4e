using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using UnCitationGraph.Instruments;
using UnCitationGraph.Model;
using UnCitationGraph.Store;
using static UnCitationGraph.Sqlite.SqliteRows;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode, so the worker writing and the API reading can be
/// two processes on the same file. Each operation takes its own pooled connection (reads run concurrently);
/// writes in this process go one at a time and take the file's write lock up front (BEGIN IMMEDIATE), waiting
/// up to the busy timeout for another process's writer. Schema: Sqlite/schema.sql.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    readonly string _connectionString;
    readonly SemaphoreSlim _writeGate = new(1, 1);
    readonly SqliteLanguages _languages = new();
    readonly InstrumentCatalogue _catalogue;

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <param name="path">The database file; its folder is created if missing.</param>
    /// <param name="busyTimeout">How long a write waits for another process holding the write lock (default 30 s).</param>
    public SqliteGraphStore(string path, TimeSpan? busyTimeout = null, InstrumentCatalogue? catalogue = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        _catalogue = catalogue ?? InstrumentCatalogue.Default;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds),
        }.ToString();
    }

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        await _writeGate.WaitAsync(ct);
        try
        {
            using var connection = Open();
            Execute(connection, "PRAGMA journal_mode = WAL");
            using (var session = new SqliteWriteSession(connection, _languages))
            {
                session.ExecuteScript(LoadSchemaSql());
                foreach (var code in SqliteLanguages.Official)
                    _languages.BitFor(code, session);
                session.LoadInstruments(_catalogue);
                session.Commit();
            }
            _languages.Load(connection);
        }
        finally { _writeGate.Release(); }
    }

    // ---- writes ----

    public async Task<UpsertOutcome> UpsertVersionAsync(VersionRecord version, CancellationToken ct = default) =>
        (await UpsertVersionsAsync([version], ct))[0];

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertVersionsAsync(IReadOnlyList<VersionRecord> versions, CancellationToken ct = default)
    {
        // The whole batch is one transaction: all of it is stored or none (a crash leaves no half document).
        return await WriteAsync(session => session.UpsertVersions(versions), ct);
    }

    public Task<bool> RemoveVersionAsync(string documentId, string language, CancellationToken ct = default) =>
        WriteAsync(session => session.RemoveVersion(documentId, language), ct);

    public Task<bool> HasContentAsync(string contentHash, CancellationToken ct = default) =>
        ReadAsync(c => Scalar(c, "SELECT EXISTS (SELECT 1 FROM version WHERE content_hash = $h)", ("$h", contentHash)) is 1L, ct);

    async Task<T> WriteAsync<T>(Func<SqliteWriteSession, T> write, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct);
        try
        {
            using var connection = Open();
            using var session = new SqliteWriteSession(connection, _languages);
            var result = write(session);
            session.Commit();
            return result;
        }
        finally { _writeGate.Release(); }
    }

    // ---- reads ----

    public Task<GraphNode?> GetNodeAsync(string id, CancellationToken ct = default) => ReadAsync(c => FindNode(c, id), ct);

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyDictionary<string, GraphNode>>(c =>
        {
            var found = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
            if (ids.Count == 0) return found;
            using var r = Query(c, $"SELECT {NodeColumns} FROM node n WHERE n.id IN (SELECT value FROM json_each($ids))",
                ("$ids", JsonSerializer.Serialize(ids))).ExecuteReader();
            while (r.Read()) { var n = Node(r); found[n.Id] = n; }
            return found;
        }, ct);

    public Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<DocumentVersion>>(c =>
        {
            using var r = Query(c, """
                SELECT n.id, v.language, v.title, v.source, v.content_hash, v.ingested_at
                FROM version v JOIN node n ON n.key = v.doc WHERE n.id = $id ORDER BY v.language
                """, ("$id", documentId)).ExecuteReader();
            var versions = new List<DocumentVersion>();
            while (r.Read())
                versions.Add(new(r.GetString(0), r.GetString(1), NullableString(r, 2), r.GetString(3), r.GetString(4), Time(r, 5)));
            return versions;
        }, ct);

    public Task<InstrumentDetails?> GetInstrumentAsync(string instrumentId, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            if (FindNode(c, instrumentId) is not { Kind: NodeKind.Instrument } node) return null;
            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var r = Query(c, "SELECT t.language, t.title FROM instrument_title t JOIN node n ON n.key = t.node WHERE n.id = $id",
                       ("$id", node.Id)).ExecuteReader())
                while (r.Read()) titles[r.GetString(0)] = r.GetString(1);
            var adoptedIn = Scalar(c, """
                SELECT d.id FROM adopted_in a JOIN node n ON n.key = a.instrument JOIN node d ON d.key = a.document WHERE n.id = $id
                """, ("$id", node.Id)) as string;
            return new InstrumentDetails(node, titles, adoptedIn);
        }, ct);

    public Task<Page<GraphNode>> ListDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var after = PageCursor.Decode(page.After, 1)?[0] ?? 0;
            return NodePage(c, $"""
                SELECT n.key, {NodeColumns} FROM node n
                WHERE n.kind = 0 AND n.key > $after
                  AND ($body IS NULL OR n.body = $body) AND ($dk IS NULL OR n.doc_kind = $dk)
                  AND ($year IS NULL OR n.year = $year) AND ($ingested IS NULL OR n.ingested = $ingested)
                  AND ($lang IS NULL OR EXISTS (SELECT 1 FROM version v WHERE v.doc = n.key AND v.language = $lang))
                ORDER BY n.key LIMIT $limit
                """, page,
                ("$after", after), ("$body", filter.Body), ("$dk", filter.Kind), ("$year", filter.Year),
                ("$ingested", filter.Ingested is { } i ? (i ? 1L : 0L) : null), ("$lang", filter.Language));
        }, ct);

    public Task<Page<GraphNode>> SearchAsync(string text, NodeKind? kind, PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var after = PageCursor.Decode(page.After, 1)?[0] ?? 0;
            return NodePage(c, $"""
                SELECT n.key, {NodeColumns} FROM node n
                WHERE n.key > $after AND ($kind IS NULL OR n.kind = $kind)
                  AND (n.id LIKE $p ESCAPE '\' OR n.label LIKE $p ESCAPE '\'
                       OR (n.kind = 1 AND EXISTS (SELECT 1 FROM instrument_title t WHERE t.node = n.key AND t.title LIKE $p ESCAPE '\')))
                ORDER BY n.key LIMIT $limit
                """, page, ("$after", after), ("$kind", kind is { } k ? (long)k : null), ("$p", Contains(SearchText.Checked(text))));
        }, ct);

    public Task<Page<Citation>> GetCitationsAsync(string nodeId, Direction direction, CitationFilter filter, PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var size = PageCursor.Size(page);
            if (NodeKey(c, nodeId) is not { } key) return Page<Citation>.Empty;
            long? mask = null;
            if (filter.Language is { } language)
            {
                if (_languages.Find(language, c) is not { } bit) return Page<Citation>.Empty;
                mask = 1L << bit;
            }
            // Body, year and kind filter the other end: the cited node when outgoing, the citing one when incoming.
            const string filters = """
                ($relation IS NULL OR c.relation = $relation) AND ($mask IS NULL OR (c.langs & $mask) <> 0)
                AND ($tkind IS NULL OR t.kind = $tkind)
                AND ($body IS NULL OR o.body = $body) AND ($year IS NULL OR o.year = $year)
                """;
            var filterValues = new (string, object?)[]
            {
                ("$relation", filter.Relation), ("$mask", mask), ("$tkind", filter.TargetKind is { } tk ? (long)tk : null),
                ("$body", filter.Body), ("$year", filter.Year), ("$limit", size + 1L),
            };
            // The total reads at most TotalCount.ScanLimit of the node's edges (one index range), then filters them.
            var (self, other) = direction == Direction.Outgoing ? ("source", "target") : ("target", "source");
            var total = CountTotal(c, page, $"""
                SELECT count(*), coalesce(sum(m), 0) FROM (
                    SELECT {filters} AS m FROM cites c JOIN node t ON t.key = c.target JOIN node o ON o.key = c.{other}
                    WHERE c.{self} = $node LIMIT $scan)
                """, [("$node", key), .. filterValues]);
            SqliteCommand command;
            if (direction == Direction.Outgoing)
            {
                var after = PageCursor.Decode(page.After, 1)?[0] ?? 0;
                command = Query(c, $"""
                    SELECT {CitationColumns}, c.source {CitationJoins} JOIN node o ON o.key = c.target
                    WHERE c.source = $node AND c.key > $after AND {filters}
                    ORDER BY c.key LIMIT $limit
                    """, [("$node", key), ("$after", after), .. filterValues]);
            }
            else if (direction == Direction.Incoming)
            {
                // Walks cites_in in its own order (target, source, key): a page of the Charter's citers is an index range.
                var after = PageCursor.Decode(page.After, 2) ?? [-1, -1];
                command = Query(c, $"""
                    SELECT {CitationColumns}, c.source {CitationJoins} JOIN node o ON o.key = c.source
                    WHERE c.target = $node AND (c.source, c.key) > ($as, $ak) AND {filters}
                    ORDER BY c.source, c.key LIMIT $limit
                    """, [("$node", key), ("$as", after[0]), ("$ak", after[1]), .. filterValues]);
            }
            else throw new ArgumentException("Citations are listed Outgoing or Incoming, not Both.", nameof(direction));

            using (command)
            {
                using var r = command.ExecuteReader();
                return ReadPage(r, size, r => Citation(r, _languages, c), direction == Direction.Outgoing
                    ? r => PageCursor.Encode(r.GetInt64(0))
                    : r => PageCursor.Encode(r.GetInt64(9), r.GetInt64(0)), total);
            }
        }, ct);

    public Task<Page<OrphanRecord>> GetOrphansAsync(string? documentId, PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var size = PageCursor.Size(page);
            long? doc = null;
            if (documentId is not null && (doc = NodeKey(c, documentId)) is null) return Page<OrphanRecord>.Empty;
            var after = PageCursor.Decode(page.After, 1)?[0] ?? 0;
            // One document's problems come through its versions (version and orphan_version indexes), all of them in
            // key order: two statements, so neither turns into a walk of the whole orphan table.
            var (select, count) = doc is null
                ? ("FROM orphan o JOIN version v ON v.key = o.version JOIN node n ON n.key = v.doc WHERE o.key > $after",
                   "SELECT 1 FROM orphan")
                : ("FROM version v JOIN orphan o ON o.version = v.key JOIN node n ON n.key = v.doc WHERE v.doc = $doc AND o.key > $after",
                   "SELECT 1 FROM version v JOIN orphan o ON o.version = v.key WHERE v.doc = $doc");
            var total = CountTotal(c, page, $"SELECT count(*), count(*) FROM ({count} LIMIT $scan)", ("$doc", doc));
            using var r = Query(c, $"""
                SELECT o.key, n.id, v.language, o.marker, o.problem
                {select}
                ORDER BY o.key LIMIT $limit
                """, ("$after", after), ("$doc", doc), ("$limit", size + 1L)).ExecuteReader();
            return ReadPage(r, size, r => new OrphanRecord(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)),
                r => PageCursor.Encode(r.GetInt64(0)), total);
        }, ct);

    public Task<IReadOnlyList<FootnoteRecord>> GetFootnotesAsync(string documentId, string? language = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<FootnoteRecord>>(c =>
        {
            if (NodeKey(c, documentId) is not { } doc) return [];
            using var r = Query(c, """
                SELECT n.id, v.language, f.marker, f.text, f.referenced, f.defined, f.anchor
                FROM version v JOIN node n ON n.key = v.doc JOIN footnote f ON f.version = v.key
                WHERE v.doc = $doc AND ($lang IS NULL OR v.language = $lang)
                ORDER BY v.language, f.ordinal
                """, ("$doc", doc), ("$lang", language)).ExecuteReader();
            var footnotes = new List<FootnoteRecord>();
            while (r.Read())
                footnotes.Add(new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4) != 0, r.GetInt64(5) != 0, NullableString(r, 6)));
            return footnotes;
        }, ct);

    public Task<Page<UnresolvedTarget>> GetUnresolvedAsync(PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var size = PageCursor.Size(page);
            var after = PageCursor.Decode(page.After, 2) ?? [long.MaxValue, 0];
            var total = CountTotal(c, page, """
                SELECT count(*), count(*) FROM (
                    SELECT 1 FROM node INDEXED BY node_unresolved WHERE kind = 0 AND ingested = 0 AND citers > 0 LIMIT $scan)
                """);
            // Walks the partial index node_unresolved (citers DESC, key): most cited first, no scan of the edges.
            using var r = Query(c, $"""
                SELECT n.citers, n.key, {NodeColumns} FROM node n
                WHERE n.kind = 0 AND n.ingested = 0 AND n.citers > 0
                  AND (n.citers < $ac OR (n.citers = $ac AND n.key > $ak))
                ORDER BY n.citers DESC, n.key LIMIT $limit
                """, ("$ac", after[0]), ("$ak", after[1]), ("$limit", size + 1L)).ExecuteReader();
            return ReadPage(r, size, r => new UnresolvedTarget(Node(r, 2), r.GetInt32(0)), r => PageCursor.Encode(r.GetInt64(0), r.GetInt64(1)), total);
        }, ct);

    public Task<IReadOnlyList<CitedCount>> GetMostCitedAsync(NodeKind? kind, string? body, int first, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CitedCount>>(c =>
        {
            var size = PageCursor.Size(new PageRequest(first));
            // One walk of node_most_cited (kind, citers DESC) per kind, merged: never a scan of the edges.
            var kinds = kind is { } k ? [k] : Enum.GetValues<NodeKind>();
            var all = new List<(CitedCount Count, long Key)>();
            foreach (var each in kinds)
            {
                using var r = Query(c, $"""
                    SELECT n.citers, n.key, {NodeColumns} FROM node n
                    WHERE n.kind = $kind AND n.citers > 0 AND ($body IS NULL OR n.body = $body)
                    ORDER BY n.citers DESC, n.key LIMIT $limit
                    """, ("$kind", (long)each), ("$body", body), ("$limit", (long)size)).ExecuteReader();
                while (r.Read()) all.Add((new CitedCount(Node(r, 2), r.GetInt32(0)), r.GetInt64(1)));
            }
            return all.OrderByDescending(x => x.Count.CitedBy).ThenBy(x => x.Key).Take(size).Select(x => x.Count).ToList();
        }, ct);

    public Task<IReadOnlyList<GraphNode>> GetAddendaAsync(string documentId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<GraphNode>>(c =>
        {
            using var r = Query(c, $"""
                SELECT {NodeColumns} FROM addendum a JOIN node p ON p.key = a.parent JOIN node n ON n.key = a.doc
                WHERE p.id = $id ORDER BY n.id
                """, ("$id", documentId)).ExecuteReader();
            var nodes = new List<GraphNode>();
            while (r.Read()) nodes.Add(Node(r));
            return nodes;
        }, ct);

    public Task<Page<UnidentifiedFile>> GetUnidentifiedAsync(PageRequest page, CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            var size = PageCursor.Size(page);
            var after = PageCursor.Decode(page.After, 1)?[0] ?? 0;
            // "hash:" ids form one range of the node_id index (';' follows ':').
            using var r = Query(c, """
                SELECT n.key, n.id, v.source, v.language, v.title, v.ingested_at
                FROM node n JOIN version v ON v.doc = n.key
                WHERE n.id >= 'hash:' AND n.id < 'hash;' AND n.key > $after
                ORDER BY n.key LIMIT $limit
                """, ("$after", after), ("$limit", size + 1L)).ExecuteReader();
            return ReadPage(r, size, r => new UnidentifiedFile(r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), Time(r, 5)),
                r => PageCursor.Encode(r.GetInt64(0)));
        }, ct);

    public Task<GraphCounts> GetCountsAsync(CancellationToken ct = default) =>
        ReadAsync(c =>
        {
            using var r = Query(c, """
                SELECT
                  (SELECT count(*) FROM node WHERE kind = 0),
                  (SELECT count(*) FROM node WHERE kind = 0 AND ingested = 1),
                  (SELECT count(*) FROM version),
                  (SELECT count(*) FROM node WHERE kind = 1),
                  (SELECT count(*) FROM node WHERE kind = 2),
                  (SELECT count(*) FROM cites),
                  (SELECT count(*) FROM orphan),
                  (SELECT count(*) FROM node WHERE id >= 'hash:' AND id < 'hash;')
                """).ExecuteReader();
            r.Read();
            return new GraphCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7));
        }, ct);

    // ---- export: chunks by key, each chunk its own short read, so a long export never pins the WAL ----

    const int StreamChunk = 5000;

    public async IAsyncEnumerable<GraphNode> StreamNodesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (long after = 0; ;)
        {
            var chunk = await ReadAsync(c =>
            {
                using var r = Query(c, $"SELECT n.key, {NodeColumns} FROM node n WHERE n.key > $after ORDER BY n.key LIMIT $limit",
                    ("$after", after), ("$limit", (long)StreamChunk)).ExecuteReader();
                var nodes = new List<(long, GraphNode)>();
                while (r.Read()) nodes.Add((r.GetInt64(0), Node(r, 1)));
                return nodes;
            }, ct);
            foreach (var (_, node) in chunk) yield return node;
            if (chunk.Count < StreamChunk) yield break;
            after = chunk[^1].Item1;
        }
    }

    public async IAsyncEnumerable<Citation> StreamCitationsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        for (long after = 0; ;)
        {
            var chunk = await ReadAsync(c =>
            {
                using var r = Query(c, $"SELECT {CitationColumns} {CitationJoins} WHERE c.key > $after ORDER BY c.key LIMIT $limit",
                    ("$after", after), ("$limit", (long)StreamChunk)).ExecuteReader();
                var edges = new List<(long, Citation)>();
                while (r.Read()) edges.Add((r.GetInt64(0), Citation(r, _languages, c)));
                return edges;
            }, ct);
            foreach (var (_, edge) in chunk) yield return edge;
            if (chunk.Count < StreamChunk) yield break;
            after = chunk[^1].Item1;
        }
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
        return ValueTask.CompletedTask;
    }

    // ---- plumbing ----

    // Physical connections already set up: pooled connections come back with their pragmas (and warm page cache),
    // so the pragmas run once per connection, not once per call (HasContentAsync runs once per ingested file).
    readonly ConditionalWeakTable<object, object> _prepared = new();

    SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            if (!_prepared.TryGetValue(connection.Handle!, out _))
            {
                // synchronous=NORMAL is durable in WAL mode up to the last checkpointed commit and much faster;
                // busy_timeout makes SQLite itself wait for another process's lock as well. 64 MB of page cache
                // per connection keeps the upper levels of the node and edge indexes of a million-document graph hot.
                Execute(connection, $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {connection.DefaultTimeout * 1000}; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
                _prepared.AddOrUpdate(connection.Handle!, this);
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var connection = Open();
        return Task.FromResult(read(connection));
    }

    static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    static SqliteCommand Query(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    static object? Scalar(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = Query(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    static long? NodeKey(SqliteConnection c, string id) =>
        Scalar(c, "SELECT key FROM node WHERE id = $id", ("$id", id)) as long?
        ?? Scalar(c, "SELECT key FROM node WHERE id = $id COLLATE NOCASE LIMIT 1", ("$id", id)) as long?;

    /// <summary>A node by id; exact first, then ignoring case (the way users type symbols).</summary>
    static GraphNode? FindNode(SqliteConnection c, string id)
    {
        foreach (var sql in (string[])[$"SELECT {NodeColumns} FROM node n WHERE n.id = $id", $"SELECT {NodeColumns} FROM node n WHERE n.id = $id COLLATE NOCASE LIMIT 1"])
        {
            using var r = Query(c, sql, ("$id", id)).ExecuteReader();
            if (r.Read()) return Node(r);
        }
        return null;
    }

    static Page<GraphNode> NodePage(SqliteConnection c, string sql, PageRequest page, params (string, object?)[] parameters)
    {
        var size = PageCursor.Size(page);
        using var r = Query(c, sql, [.. parameters, ("$limit", size + 1L)]).ExecuteReader();
        return ReadPage(r, size, r => Node(r, 1), r => PageCursor.Encode(r.GetInt64(0)));
    }

    /// <summary>
    /// Reads up to size items of a query asked for size + 1 rows; the extra row only says a next page exists.
    /// Each item's cursor is its own sort key, so paging after any item continues right after it.
    /// </summary>
    static Page<T> ReadPage<T>(SqliteDataReader r, int size, Func<SqliteDataReader, T> item, Func<SqliteDataReader, string> cursorOf, long? total = null)
    {
        var items = new List<T>();
        var cursors = new List<string>();
        while (items.Count < size && r.Read())
        {
            items.Add(item(r));
            cursors.Add(cursorOf(r));
        }
        return new Page<T>(items, cursors, items.Count == size && r.Read(), total);
    }

    /// <summary>
    /// Page.TotalCount when the request asks for it: the query returns (rows read, rows matching) over at most
    /// TotalCount.ScanLimit rows ($scan), so the count stays an index range of bounded length.
    /// </summary>
    static long? CountTotal(SqliteConnection c, PageRequest page, string sql, params (string, object?)[] parameters)
    {
        if (!page.CountTotal) return null;
        using var r = Query(c, sql, [.. parameters, ("$scan", (long)TotalCount.ScanLimit)]).ExecuteReader();
        r.Read();
        return TotalCount.Of(r.GetInt64(0), r.GetInt64(1));
    }

    static string LoadSchemaSql()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Sqlite.schema.sql", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
