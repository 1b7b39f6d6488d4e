using System.Diagnostics;

namespace UnCitationGraph.Tests.Reading;

/// <summary>Runs the ordinary converters the format tests compare against (pdftotext, pandoc, LibreOffice).</summary>
internal static class Tools
{
    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    public static void Run(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException($"{name} did not finish"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{name} {string.Join(' ', args)} failed: {stderr.Result}");
    }
}
