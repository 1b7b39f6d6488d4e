namespace UnCitationGraph.Tests.Support;

/// <summary>Where the tests find the repository and the shared/ material beside it.</summary>
public static class Paths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/ beside the repository (seeds, gold, corpus, scorer). Tests only: the product never reads it.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
