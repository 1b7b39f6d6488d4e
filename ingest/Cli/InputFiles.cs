namespace UnCitationGraph.Ingest.Cli;

/// <summary>The files named on a command line: files as given, folders read recursively in name order, hidden entries skipped.</summary>
public static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string> missing)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) yield return path;
            else if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                             .Order(StringComparer.Ordinal))
                    yield return file;
            else missing(path);
        }
    }
}
