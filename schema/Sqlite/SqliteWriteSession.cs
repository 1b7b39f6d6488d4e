using Microsoft.Data.Sqlite;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.Sqlite;

/// <summary>
/// One write transaction of the SQLite store, with its statements prepared once and reused for every
/// version of a batch. A version's upsert replaces exactly what that version said before: its language bit
/// is taken off its old edges, edges left with no language go, its orphans are rewritten; the other
/// language versions' edges keep their bits. Nodes that lose their last citer and were never ingested go too,
/// so re-ingesting a changed text leaves the graph as if the old text had never been there.
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

    /// <summary>Page cache of the writing connection: 512 MB, the upper levels and most leaves of a 1M-document graph.</summary>
    const int WriterCacheKib = 512 * 1024;

    public SqliteWriteSession(SqliteConnection connection, SqliteLanguages languages)
    {
        _connection = connection;
        _languages = languages;
        // Inserts land all over the node and edge indexes (ids and targets are not in insertion order): past a few
        // hundred thousand documents a 64 MB cache misses on most of them and the writer slows down threefold.
        // The page cache grows only as pages are touched, so a small graph never pays for this.
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA cache_size = -{WriterCacheKib}";
            pragma.ExecuteNonQuery();
        }
        _transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: take the write lock up front
    }

    public void Commit() => _transaction.Commit();

    public UpsertOutcome UpsertVersion(VersionRecord record)
    {
        var language = record.Version.Language;
        var existingDoc = FindNode(record.Document.Id);
        (long Key, string Hash)? existingVersion = null;
        if (existingDoc is { } d)
        {
            using var r = Run("SELECT key, content_hash FROM version WHERE doc = $doc AND language = $lang",
                ("$doc", d), ("$lang", language)).ExecuteReader();
            if (r.Read()) existingVersion = (r.GetInt64(0), r.GetString(1));
        }
        if (existingVersion is { } same && same.Hash == record.Version.ContentHash)
            return UpsertOutcome.Unchanged;

        var doc = existingDoc ?? InsertNode(record.Document);
        if (existingDoc is not null) CompleteDocument(doc, record.Document, language);
        var bit = _languages.BitFor(language, this);

        var released = new List<long>();
        long versionKey;
        if (existingVersion is { } old)
        {
            released.AddRange(TakeLanguageOffEdges(doc, bit));
            Run("DELETE FROM orphan WHERE version = $v", ("$v", old.Key)).ExecuteNonQuery();
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

        var targets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var node in record.Targets)
            targets[node.Id] = FindNode(node.Id) ?? InsertNode(node);
        foreach (var c in record.Citations)
        {
            var target = targets.TryGetValue(c.TargetId, out var t) ? t
                : targets[c.TargetId] = FindNode(c.TargetId) ?? InsertNode(VersionRecordBuilder.TargetNode(c.TargetId));
            Run("""
                INSERT INTO cites (source, target, location, text, footnote, relation, langs)
                VALUES ($source, $target, $location, $text, $footnote, $relation, $langs)
                ON CONFLICT (source, target, location) DO UPDATE SET
                    langs = langs | excluded.langs, text = excluded.text,
                    footnote = coalesce(excluded.footnote, footnote), relation = coalesce(excluded.relation, relation)
                """,
                ("$source", doc), ("$target", target), ("$location", c.Location), ("$text", c.Text),
                ("$footnote", c.Footnote), ("$relation", c.Relation), ("$langs", 1L << bit)).ExecuteNonQuery();
        }
        foreach (var o in record.Orphans)
            Run("INSERT INTO orphan (version, marker, problem) VALUES ($v, $marker, $problem)",
                ("$v", versionKey), ("$marker", o.Marker), ("$problem", o.Problem)).ExecuteNonQuery();
        SqliteFootnotes.Replace(this, versionKey, record.Footnotes);

        if (record.AddendumOf is { } parentId)
        {
            var parent = FindNode(parentId) ?? InsertNode(VersionRecordBuilder.TargetNode(parentId));
            Run("INSERT INTO addendum (doc, parent) VALUES ($doc, $parent) ON CONFLICT (doc) DO UPDATE SET parent = excluded.parent",
                ("$doc", doc), ("$parent", parent)).ExecuteNonQuery();
        }
        foreach (var key in released) Prune(key);
        return existingVersion is null ? UpsertOutcome.Inserted : UpsertOutcome.Replaced;
    }

    public bool RemoveVersion(string documentId, string language)
    {
        if (FindNode(documentId) is not { } doc) return false;
        var version = Run("SELECT key FROM version WHERE doc = $doc AND language = $lang", ("$doc", doc), ("$lang", language)).ExecuteScalar();
        if (version is not long versionKey) return false;

        var released = TakeLanguageOffEdges(doc, _languages.BitFor(language, this));
        Run("DELETE FROM orphan WHERE version = $v", ("$v", versionKey)).ExecuteNonQuery();
        Run("DELETE FROM version WHERE key = $v", ("$v", versionKey)).ExecuteNonQuery();
        if (Run("SELECT count(*) FROM version WHERE doc = $doc", ("$doc", doc)).ExecuteScalar() is 0L)
        {
            Run("UPDATE node SET ingested = 0 WHERE key = $doc", ("$doc", doc)).ExecuteNonQuery();
            if (Run("DELETE FROM addendum WHERE doc = $doc RETURNING parent", ("$doc", doc)).ExecuteScalar() is long parent)
                released.Add(parent);
            released.Add(doc);
        }
        foreach (var key in released) Prune(key);
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
        if (Run("SELECT key FROM node WHERE id = $id", ("$id", id)).ExecuteScalar() is not long key) return null;
        return _keys[id] = key;
    }

    long InsertNode(GraphNode n) => _keys[n.Id] = (long)Run("""
        INSERT INTO node (id, kind, label, body, doc_kind, year, session, date, ingested)
        VALUES ($id, $kind, $label, $body, $dk, $year, $session, $date, $ingested) RETURNING key
        """,
        ("$id", n.Id), ("$kind", (long)n.Kind), ("$label", n.Label), ("$body", n.Body), ("$dk", n.DocumentKind),
        ("$year", n.Year), ("$session", n.Session), ("$date", n.Date), ("$ingested", n.Ingested ? 1L : 0L)).ExecuteScalar()!;

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

    /// <summary>Takes one language off every edge of a document; returns the targets of the edges that went.</summary>
    List<long> TakeLanguageOffEdges(long doc, int bit)
    {
        var mask = 1L << bit;
        Run("UPDATE cites SET langs = langs & ~$mask WHERE source = $doc AND (langs & $mask) <> 0", ("$mask", mask), ("$doc", doc)).ExecuteNonQuery();
        var released = new List<long>();
        using var r = Run("DELETE FROM cites WHERE source = $doc AND langs = 0 RETURNING target", ("$doc", doc)).ExecuteReader();
        while (r.Read()) released.Add(r.GetInt64(0));
        return released;
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
        _transaction.Dispose();
    }
}
