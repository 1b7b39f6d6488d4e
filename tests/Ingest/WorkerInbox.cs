using Microsoft.Data.Sqlite;
using UnCitationGraph.Ingest.Generation;
using UnCitationGraph.Ingest.Worker;

namespace UnCitationGraph.Tests.Ingest;

/// <summary>
/// A temporary inbox and SQLite store for the worker process tests: delivers files the way writers should (written
/// beside the inbox, renamed in), builds the watch command line, and reads the store and the inbox's folders.
/// </summary>
sealed class WorkerInbox : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ucg-worker-").FullName;
    public string Inbox => Path.Combine(Root, "inbox");
    public string Db => Path.Combine(Root, "graph.db");
    public string Done => Path.Combine(Inbox, InboxWorker.DoneFolder);
    public string Failed => Path.Combine(Inbox, InboxWorker.FailedFolder);
    string Staging => Directory.CreateDirectory(Path.Combine(Root, "staging")).FullName;

    public WorkerInbox() => Directory.CreateDirectory(Inbox);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Generated documents, written beside the inbox and then renamed in: the worker never sees half a file.</summary>
    public List<GeneratedDocument> Deliver(int count, int seed, int skip = 0)
    {
        var docs = new CorpusGenerator(count + skip, seed).Generate().Skip(skip).ToList();
        foreach (var d in docs) File.WriteAllText(Path.Combine(Staging, d.FileName), d.Text);
        foreach (var d in docs) File.Move(Path.Combine(Staging, d.FileName), Path.Combine(Inbox, d.FileName));
        return docs;
    }

    /// <summary>Writes a file beside the inbox with <paramref name="write"/>, then renames it in.</summary>
    public string Deliver(string name, Action<string> write)
    {
        var staged = Path.Combine(Staging, name);
        write(staged);
        var target = Path.Combine(Inbox, name);
        File.Move(staged, target);
        return target;
    }

    public string[] Watch(string store, int batch, int parallelism = 1, params string[] more) =>
        ["watch", "--inbox", Inbox, "--store", store, "--rescan", "0.5", "--settle", "0", "--parallelism", parallelism.ToString(),
         "--batch", batch.ToString(), .. more];

    public string[] Watch(int batch, int parallelism = 1, params string[] more) => Watch("sqlite:" + Db, batch, parallelism, more);

    /// <summary>Versions in the SQLite store, read by a separate read-only connection (0 before the store exists).</summary>
    public long Versions()
    {
        if (!File.Exists(Db)) return 0;
        using var c = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT count(*) FROM version";
        try { return (long)q.ExecuteScalar()!; }
        catch (SqliteException) { return 0; } // not created yet, or locked for a moment
    }

    /// <summary>Files still waiting in the inbox (its top level).</summary>
    public int Waiting() => Directory.EnumerateFiles(Inbox).Count();

    /// <summary>SQLite's own check of the whole file: "ok" when every page, index and constraint is sound.</summary>
    public string IntegrityCheck()
    {
        using var c = new SqliteConnection($"Data Source={Db};Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "PRAGMA integrity_check";
        return (string)q.ExecuteScalar()!;
    }
}
