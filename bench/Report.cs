using System.Diagnostics;
using System.Globalization;

namespace UnCitationGraph.Bench;

/// <summary>How every bench prints its figures: one Markdown table row each, with the machine and the date beside them.</summary>
static class Report
{
    public static string Machine => $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB";

    public static void Header(string what, params string[] columns)
    {
        Console.WriteLine($"# {what} — {Machine}, {DateTime.UtcNow:yyyy-MM-dd}, .NET {Environment.Version}");
        Console.WriteLine("| " + string.Join(" | ", columns) + " |");
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", columns.Length)));
    }

    public static void Row(params object[] cells) =>
        Console.WriteLine("| " + string.Join(" | ", cells.Select(c => c switch
        {
            double d => d.ToString(d >= 100 ? "0" : d >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture),
            _ => Convert.ToString(c, CultureInfo.InvariantCulture),
        })) + " |");

    /// <summary>CPU time of this process so far (all threads, user and system).</summary>
    public static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Peak resident memory of this process, in MB (VmHWM on Linux).</summary>
    public static double PeakMemoryMb()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1e6;
    }
}
