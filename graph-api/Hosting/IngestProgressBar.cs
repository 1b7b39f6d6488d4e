namespace UnCitationGraph.GraphApi.Hosting;

/// <summary>
/// The first start's progress: "[##########----------]  450/907 files   4 s". On a terminal the bar is redrawn in place;
/// redirected (a log file, a test) it is printed as a line each time.
/// </summary>
public sealed class IngestProgressBar(int total, TextWriter? writer = null)
{
    const int Width = 30;
    readonly TextWriter output = writer ?? Console.Out;
    readonly bool inPlace = writer == null && !Console.IsOutputRedirected;

    public void Show(int done, TimeSpan elapsed)
    {
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        var line = $"  [{new string('#', filled)}{new string('-', Width - filled)}] {done,5}/{total} files {elapsed.TotalSeconds,5:0} s";
        if (inPlace) output.Write("\r" + line);
        else output.WriteLine(line);
    }

    /// <summary>Ends the bar's line so what follows starts on its own.</summary>
    public void Finish(int done, TimeSpan elapsed)
    {
        Show(done, elapsed);
        if (inPlace) output.WriteLine();
    }
}
