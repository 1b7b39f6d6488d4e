using Microsoft.Data.Sqlite;
using SQLitePCL;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// One write transaction of the SQLite store, with its statements prepared once and reused for every
/// version of a batch. A version's upsert replaces exactly what that version said before: its language bit
/// is taken off its old edges, edges left with no language go, its orphans are rewritten; the other
/// language versions' edges keep their bits. Nodes that lose their last citer and were never ingested go too,
/// so re-ingesting a changed text leaves the graph as if the old text had never been there.
/// Built for bulk loads: a document's first version (the common case) skips the retraction work, rows go in
/// many per statement, node keys are looked up once per batch, and node.citers (distinct citing documents) is
/// changed once per target per batch at commit, not once per edge.
/// </summary>
sealed class SqliteWriteSession : IDisposable
{
    readonly SqliteConnection _connection;
    readonly SqliteTransaction _transaction;
    readonly SqliteLanguages _languages;
    readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    // Node keys seen in this transaction: a batch names the Charter and the popular targets hundreds of times.
    // Valid while the transaction holds the write lock; cleared when a prune deletes a node.
    readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    // Documents of _keys known to have a version (node.ingested = 1): only those have edges to replace.
    readonly HashSet<long> _versioned = [];
    readonly Dictionary<(MultiRowStatement, int), PositionalStatement> _shaped = [];
    // Distinct-citer count changes of the batch, written once per target at commit (see Flush).
    readonly Dictionary<long, int> _citerDeltas = [];
    readonly HashSet<long> _counted = [];
    // Nodes that lost a citer or their last version in this batch: pruned at commit if nothing holds them any more.
    readonly List<long> _released = [];

    /// <summary>Page cache of the writing connection: 512 MB, the upper levels and most leaves of a 1M-document graph.</summary>
    const int WriterCacheKib = 512 * 1024;

    /// <summary>
    /// WAL pages between automatic checkpoints (SQLite's default is 1,000). A checkpoint copies each page once however
    /// often it was rewritten since the last one: the hot pages (the Charter's citers, the top of every index) are
    /// rewritten by every batch, so checkpointing every 16,000 pages (64 MB of WAL) copies them ~16 times less.
    /// </summary>
    const int CheckpointPages = 16_000;

    public SqliteWriteSession(SqliteConnection connection, SqliteLanguages languages)
    {
        _connection = connection;
        _languages = languages;
        // Inserts land all over the node and edge indexes (ids and targets are not in insertion order): past a few
        // hundred thousand documents a 64 MB cache misses on most of them and the writer slows down threefold.
        // The page cache grows only as pages are touched, so a small graph never pays for this.
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA cache_size = -{WriterCacheKib}; PRAGMA wal_autocheckpoint = {CheckpointPages}";
            pragma.ExecuteNonQuery();
        }
        _transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock up front
    }

    public void Commit()
    {
        Flush();
        _transaction.Commit();
    }

    /// <summary>Upserts a batch in order, after resolving every node id it names in one query.</summary>
    public List<UpsertOutcome> UpsertVersions(IReadOnlyList<VersionRecord> records)
    {
        ResolveKeys(records);
        var outcomes = new List<UpsertOutcome>(records.Count);
        foreach (var record in records) outcomes.Add(UpsertVersion(record));
        return outcomes;
    }

    public UpsertOutcome UpsertVersion(VersionRecord record)
    {
        var language = record.Version.Language;
        var existingDoc = FindNode(record.Document.Id);
        // A document with no version yet has no edges, orphans or footnotes to replace: the common case, and cheap.
        var hadVersions = existingDoc is { } known && _versioned.Contains(known);
        (long Key, string Hash)? existingVersion = null;
        if (hadVersions)
        {
            using var r = Run("SELECT key, content_hash FROM version WHERE doc = $doc AND language = $lang",
                ("$doc", existingDoc!.Value), ("$lang", language)).ExecuteReader();
            if (r.Read()) existingVersion = (r.GetInt64(0), r.GetString(1));
        }
        if (existingVersion is { } same && same.Hash == record.Version.ContentHash)
            return UpsertOutcome.Unchanged;

        var doc = InsertMissingNodes(record);
        if (existingDoc is not null) CompleteDocument(doc, record.Document, language);
        var bit = _languages.BitFor(language, this);
        var citedBefore = hadVersions ? CitedTargets(doc) : null;

        long versionKey;
        if (existingVersion is { } old)
        {
            TakeLanguageOffEdges(doc, bit);
            Run("DELETE FROM orphan WHERE version = $v", ("$v", old.Key)).ExecuteNonQuery();
            Run("DELETE FROM footnote WHERE version = $v", ("$v", old.Key)).ExecuteNonQuery();
            Run("""
                UPDATE version SET title = $title, source = $source, content_hash = $hash, ingested_at = $at
                WHERE key = $v
                """,
                ("$title", record.Version.Title), ("$source", record.Version.Source), ("$hash", record.Version.ContentHash),
                ("$at", record.Version.IngestedAt.ToUnixTimeMilliseconds()), ("$v", old.Key)).ExecuteNonQuery();
            versionKey = old.Key;
        }
        else
        {
            versionKey = (long)Run("""
                INSERT INTO version (doc, language, title, source, content_hash, ingested_at)
                VALUES ($doc, $lang, $title, $source, $hash, $at) RETURNING key
                """,
                ("$doc", doc), ("$lang", language), ("$title", record.Version.Title), ("$source", record.Version.Source),
                ("$hash", record.Version.ContentHash), ("$at", record.Version.IngestedAt.ToUnixTimeMilliseconds())).ExecuteScalar()!;
        }
        _versioned.Add(doc);

        var langs = 1L << bit;
        InsertRows(CitesInsert, record.Citations, (c, row) =>
        {
            row.Bind(doc); row.Bind(_keys[c.TargetId]); row.Bind(c.Location); row.Bind(c.Text);
            row.Bind(c.Footnote); row.Bind(c.Relation); row.Bind(langs);
        });
        InsertRows(OrphanInsert, record.Orphans, (o, row) => { row.Bind(versionKey); row.Bind(o.Marker); row.Bind(o.Problem); });
        SqliteFootnotes.Insert(this, versionKey, record.Footnotes);

        if (record.AddendumOf is { } parentId)
            Run("INSERT INTO addendum (doc, parent) VALUES ($doc, $parent) ON CONFLICT (doc) DO UPDATE SET parent = excluded.parent",
                ("$doc", doc), ("$parent", _keys[parentId])).ExecuteNonQuery();

        // Distinct-citer counts: what this version changed in the set of targets the document cites.
        if (citedBefore is null)
        {
            foreach (var c in record.Citations)
                if (_counted.Add(_keys[c.TargetId])) Count(_keys[c.TargetId], +1);
            _counted.Clear();
        }
        else
        {
            var citedAfter = CitedTargets(doc);
            foreach (var t in citedAfter) if (!citedBefore.Contains(t)) Count(t, +1);
            foreach (var t in citedBefore) if (!citedAfter.Contains(t)) { Count(t, -1); _released.Add(t); }
        }
        return existingVersion is null ? UpsertOutcome.Inserted : UpsertOutcome.Replaced;
    }

    public bool RemoveVersion(string documentId, string language)
    {
        if (FindNode(documentId) is not { } doc) return false;
        var version = Run("SELECT key FROM version WHERE doc = $doc AND language = $lang", ("$doc", doc), ("$lang", language)).ExecuteScalar();
        if (version is not long versionKey) return false;

        var citedBefore = CitedTargets(doc);
        TakeLanguageOffEdges(doc, _languages.BitFor(language, this));
        var citedAfter = CitedTargets(doc);
        foreach (var t in citedBefore) if (!citedAfter.Contains(t)) { Count(t, -1); _released.Add(t); }
        Run("DELETE FROM orphan WHERE version = $v", ("$v", versionKey)).ExecuteNonQuery();
        Run("DELETE FROM version WHERE key = $v", ("$v", versionKey)).ExecuteNonQuery();
        if (Run("SELECT count(*) FROM version WHERE doc = $doc", ("$doc", doc)).ExecuteScalar() is 0L)
        {
            _versioned.Remove(doc);
            Run("UPDATE node SET ingested = 0 WHERE key = $doc", ("$doc", doc)).ExecuteNonQuery();
            if (Run("DELETE FROM addendum WHERE doc = $doc RETURNING parent", ("$doc", doc)).ExecuteScalar() is long parent)
                _released.Add(parent);
            _released.Add(doc);
        }
        return true;
    }

    /// <summary>Stores the instrument catalogue: nodes, titles by language, ADOPTED_IN edges. Idempotent.</summary>
    public void LoadInstruments(Instruments.InstrumentCatalogue catalogue)
    {
        foreach (var entry in catalogue.Entries)
        {
            var node = VersionRecordBuilder.TargetNode(Ids.CanonicalId.ForInstrument(entry.Id), catalogue);
            var key = FindNode(node.Id) ?? InsertNode(node);
            Run("UPDATE node SET label = $label, year = $year WHERE key = $key",
                ("$label", node.Label), ("$year", node.Year), ("$key", key)).ExecuteNonQuery();
            foreach (var (language, title) in entry.Titles)
                Run("""
                    INSERT INTO instrument_title (node, language, title) VALUES ($node, $lang, $title)
                    ON CONFLICT (node, language) DO UPDATE SET title = excluded.title
                    """, ("$node", key), ("$lang", language), ("$title", title)).ExecuteNonQuery();
            if (entry.AdoptedIn is { } symbol)
            {
                var document = FindNode(symbol) ?? InsertNode(VersionRecordBuilder.TargetNode(symbol));
                Run("""
                    INSERT INTO adopted_in (instrument, document) VALUES ($i, $d)
                    ON CONFLICT (instrument) DO UPDATE SET document = excluded.document
                    """, ("$i", key), ("$d", document)).ExecuteNonQuery();
            }
        }
    }

    /// <summary>Runs statements that are not reused (the schema script), unprepared: later ones may name tables earlier ones create.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal SqliteCommand Run(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            _commands[sql] = command;
        }
        for (var i = 0; i < parameters.Length; i++)
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    long? FindNode(string id)
    {
        if (_keys.TryGetValue(id, out var cached)) return cached;
        using var r = Run("SELECT key, ingested FROM node WHERE id = $id", ("$id", id)).ExecuteReader();
        if (!r.Read()) return null;
        return Remember(id, r.GetInt64(0), r.GetInt64(1) != 0);
    }

    long Remember(string id, long key, bool ingested)
    {
        if (ingested) _versioned.Add(key);
        return _keys[id] = key;
    }

    /// <summary>Looks up every node id a batch names that is not cached yet, in one statement.</summary>
    void ResolveKeys(IReadOnlyList<VersionRecord> records)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            ids.Add(record.Document.Id);
            foreach (var n in record.Targets) ids.Add(n.Id);
            foreach (var c in record.Citations) ids.Add(c.TargetId);
            if (record.AddendumOf is { } parent) ids.Add(parent);
        }
        ids.RemoveWhere(_keys.ContainsKey);
        if (ids.Count == 0) return;
        using var r = Run("SELECT n.id, n.key, n.ingested FROM json_each($ids) j JOIN node n ON n.id = j.value",
            ("$ids", System.Text.Json.JsonSerializer.Serialize(ids))).ExecuteReader();
        while (r.Read()) Remember(r.GetString(0), r.GetInt64(1), r.GetInt64(2) != 0);
    }

    /// <summary>
    /// Inserts, in one multi-row statement, every node a version names that is not stored yet, in the order the
    /// version names them (its document, its targets, then its addendum parent); returns the document's key.
    /// </summary>
    long InsertMissingNodes(VersionRecord record)
    {
        var missing = new List<GraphNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Need(string id, Func<GraphNode> node)
        {
            if (FindNode(id) is null && seen.Add(id)) missing.Add(node());
        }
        Need(record.Document.Id, () => record.Document);
        foreach (var n in record.Targets) Need(n.Id, () => n);
        foreach (var c in record.Citations) Need(c.TargetId, () => VersionRecordBuilder.TargetNode(c.TargetId));
        if (record.AddendumOf is { } parentId) Need(parentId, () => VersionRecordBuilder.TargetNode(parentId));
        InsertNodes(missing);
        return _keys[record.Document.Id];
    }

    long InsertNode(GraphNode n)
    {
        InsertNodes([n]);
        return _keys[n.Id];
    }

    void InsertNodes(IReadOnlyList<GraphNode> nodes) =>
        InsertRows(NodeInsert, nodes, (n, row) =>
        {
            row.Bind(n.Id); row.Bind((long)n.Kind); row.Bind(n.Label); row.Bind(n.Body); row.Bind(n.DocumentKind);
            row.Bind(n.Year); row.Bind(n.Session); row.Bind(n.Date); row.Bind(n.Ingested ? 1L : 0L);
        },
        returned => Remember(raw.sqlite3_column_text(returned, 0).utf8_to_string(), raw.sqlite3_column_int64(returned, 1), false));

    /// <summary>Inserts rows of one shape, up to <see cref="RowsPerStatement"/> per statement; <paramref name="returned"/> reads what RETURNING gives.</summary>
    internal void InsertRows<T>(MultiRowStatement statement, IReadOnlyList<T> items, Action<T, PositionalStatement> bind,
        Action<sqlite3_stmt>? returned = null)
    {
        for (var start = 0; start < items.Count; start += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, items.Count - start);
            var command = Shaped(statement, rows);
            for (var i = start; i < start + rows; i++) bind(items[i], command);
            command.Execute(returned);
        }
    }

    /// <summary>The statement inserting <paramref name="rows"/> rows of a shape, prepared once per transaction.</summary>
    PositionalStatement Shaped(MultiRowStatement statement, int rows)
    {
        if (_shaped.TryGetValue((statement, rows), out var command)) return command;
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", statement.Columns)) + ")";
        var sql = statement.Sql.Replace("{rows}", string.Join(", ", Enumerable.Repeat(row, rows)));
        return _shaped[(statement, rows)] = new PositionalStatement(_connection, sql);
    }

    /// <summary>An INSERT whose VALUES list ("{rows}") takes a tuple of <see cref="Columns"/> positional parameters per row.</summary>
    internal sealed record MultiRowStatement(string Sql, int Columns);

    const int RowsPerStatement = 64;

    static readonly MultiRowStatement NodeInsert = new("""
        INSERT INTO node (id, kind, label, body, doc_kind, year, session, date, ingested) VALUES {rows} RETURNING id, key
        """, 9);

    static readonly MultiRowStatement CitesInsert = new("""
        INSERT INTO cites (source, target, location, text, footnote, relation, langs) VALUES {rows}
        ON CONFLICT (source, target, location) DO UPDATE SET
            langs = langs | excluded.langs, text = excluded.text,
            footnote = coalesce(excluded.footnote, footnote), relation = coalesce(excluded.relation, relation)
        """, 7);

    static readonly MultiRowStatement OrphanInsert = new("INSERT INTO orphan (version, marker, problem) VALUES {rows}", 3);

    // A node first known as a target is completed in place: what the text states wins over what the symbol tells.
    // Its label is the English title when there is one, else the first title stored.
    void CompleteDocument(long key, GraphNode n, string language) => Run("""
        UPDATE node SET
            label = CASE WHEN ingested = 0 OR label IS NULL OR $lang = 'en' THEN coalesce($label, label) ELSE label END,
            body = coalesce($body, body), doc_kind = coalesce($dk, doc_kind), year = coalesce($year, year),
            session = coalesce($session, session), date = coalesce($date, date), ingested = 1
        WHERE key = $key
        """,
        ("$lang", language), ("$label", n.Label), ("$body", n.Body), ("$dk", n.DocumentKind), ("$year", n.Year),
        ("$session", n.Session), ("$date", n.Date), ("$key", key)).ExecuteNonQuery();

    /// <summary>Takes one language off every edge of a document; edges left with no language go.</summary>
    void TakeLanguageOffEdges(long doc, int bit)
    {
        var mask = 1L << bit;
        Run("UPDATE cites SET langs = langs & ~$mask WHERE source = $doc AND (langs & $mask) <> 0", ("$mask", mask), ("$doc", doc)).ExecuteNonQuery();
        Run("DELETE FROM cites WHERE source = $doc AND langs = 0", ("$doc", doc)).ExecuteNonQuery();
    }

    HashSet<long> CitedTargets(long doc)
    {
        var targets = new HashSet<long>();
        using var r = Run("SELECT DISTINCT target FROM cites WHERE source = $doc", ("$doc", doc)).ExecuteReader();
        while (r.Read()) targets.Add(r.GetInt64(0));
        return targets;
    }

    void Count(long target, int delta) =>
        _citerDeltas[target] = _citerDeltas.GetValueOrDefault(target) + delta;

    /// <summary>
    /// Writes the batch's distinct-citer changes, one UPDATE per target (the Charter once, not once per citer), then
    /// drops the nodes that lost their last citer. Runs inside the transaction, just before it commits.
    /// </summary>
    void Flush()
    {
        foreach (var (target, delta) in _citerDeltas)
            if (delta != 0)
                Run("UPDATE node SET citers = citers + $d WHERE key = $key", ("$d", (long)delta), ("$key", target)).ExecuteNonQuery();
        _citerDeltas.Clear();
        foreach (var key in _released) Prune(key);
        _released.Clear();
    }

    // Instruments stay (they are the catalogue); documents and web resources nobody cites or ingested go.
    void Prune(long key)
    {
        if (Run("""
        DELETE FROM node WHERE key = $key AND ingested = 0 AND citers = 0 AND kind <> 1
          AND NOT EXISTS (SELECT 1 FROM addendum WHERE parent = $key OR doc = $key)
          AND NOT EXISTS (SELECT 1 FROM adopted_in WHERE document = $key)
        """, ("$key", key)).ExecuteNonQuery() > 0)
            _keys.Clear();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        foreach (var statement in _shaped.Values) statement.Dispose();
        _transaction.Dispose();
    }
}
