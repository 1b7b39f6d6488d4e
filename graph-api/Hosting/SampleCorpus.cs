using UnCitationGraph.Ingest.Cli;

namespace UnCitationGraph.GraphApi.Hosting;

/// <summary>Finds the corpus to ingest on first start: --corpus PATH, else the repository's samples/ folder.</summary>
public static class SampleCorpus
{
    public const string FolderName = "samples";

    /// <summary>The folder or file to ingest, or null when --corpus is not given and no samples/ folder is found.</summary>
    public static string? Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        // dotnet run from the repository root, from graph-api/, or a test's bin folder: look upwards from both.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
            }
        return null;
    }

    /// <summary>The corpus's documents: every file under it except the Markdown notes that describe it (README.md, ATTRIBUTION.md).</summary>
    public static List<string> Files(string path, Action<string> missing) =>
        InputFiles.Expand([path], missing)
            .Where(f => !IsCorpusNote(Path.GetFileName(f)))
            .ToList();

    static bool IsCorpusNote(string name) =>
        name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || name.Equals("ATTRIBUTION.md", StringComparison.OrdinalIgnoreCase);
}
