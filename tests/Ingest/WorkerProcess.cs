using System.Collections.Concurrent;
using System.Diagnostics;

namespace UnCitationGraph.Tests.Ingest;

/// <summary>The real ingest CLI (the built UnCitationGraph.Ingest.dll beside the tests) in its own process, output captured.</summary>
sealed class WorkerProcess : IDisposable
{
    readonly Process _process;
    public ConcurrentQueue<string> Output { get; } = new();

    public WorkerProcess(params string[] arguments) : this(new Dictionary<string, string>(), arguments) { }

    /// <param name="environment">Variables set for the process on top of the test's own.</param>
    public WorkerProcess(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "UnCitationGraph.Ingest.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data != null) Output.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data != null) Output.Enqueue(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>The process's peak resident memory so far (VmHWM in /proc), in bytes; null where /proc is not there.</summary>
    public long? PeakResidentBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { return null; }
    }

    /// <summary>Whether the process holds this file open now (its /proc fd links).</summary>
    public bool HasOpen(string path)
    {
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{_process.Id}/fd"))
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith(path, StringComparison.Ordinal)) return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return false;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string Log => string.Join(Environment.NewLine, Output);

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    /// <summary>Polls a condition until it holds or the time is up (then fails with the process's output).</summary>
    public async Task WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout) Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}. Worker output:\n{Log}");
            if (HasExited) Assert.Fail($"The worker exited while waiting for {what}. Output:\n{Log}");
            await Task.Delay(50);
        }
    }
}
