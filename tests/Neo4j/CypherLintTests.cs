using System.Diagnostics;
using System.Text.Json;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>
/// Every statement of the Neo4j store goes through Neo4j's own Cypher front end (@neo4j-cypher/language-support:
/// parser and semantic analysis, run by tests/cypher-lint/lint.mjs). Parameters are unknown to a linter, so
/// "Parameter $x is not defined." is the only diagnostic allowed.
/// </summary>
public sealed class CypherLintTests
{
    static readonly string LintDir = Path.Combine(Paths.RepoRoot, "tests", "cypher-lint");
    static readonly string CypherDir = Path.Combine(Paths.RepoRoot, "schema", "Neo4j", "Cypher");

    [Fact]
    public void Every_store_statement_passes_Neo4j_Cypher_lint()
    {
        var files = Directory.GetFiles(CypherDir, "*.cypher", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var report = Lint(CypherDir);

        Assert.Equal(files.Length, report.Count); // every file was linted
        var problems = report.SelectMany(f => f.Diagnostics.Where(d => !d.ParameterNotDefined)
            .Select(d => $"{Path.GetRelativePath(CypherDir, f.File)}:{d.Line}:{d.Column} {d.Severity}: {d.Message}")).ToList();
        Assert.True(problems.Count == 0, "Cypher lint found:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_lint_catches_a_broken_statement_and_a_misspelt_label()
    {
        var dir = Directory.CreateTempSubdirectory("cypher-lint-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "Typo.cypher"), "MATCH (n:Node {id: $id}) RETRN n");
            File.WriteAllText(Path.Combine(dir.FullName, "Label.cypher"), "MATCH (n:Documnet {id: $id}) RETURN n");
            File.WriteAllText(Path.Combine(dir.FullName, "Fine.cypher"), "MATCH (n:Document {id: $id}) RETURN n");

            var report = Lint(dir.FullName).ToDictionary(f => Path.GetFileName(f.File), f => f.Diagnostics.Where(d => !d.ParameterNotDefined).ToList());

            Assert.Contains(report["Typo.cypher"], d => d.Message.Contains("RETRN"));
            Assert.Contains(report["Label.cypher"], d => d.Message.Contains("Documnet"));
            Assert.Empty(report["Fine.cypher"]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_cypher_file_is_embedded_and_loads_by_name()
    {
        var files = Directory.GetFiles(CypherDir, "*.cypher").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.All(files, name => Assert.False(string.IsNullOrWhiteSpace(CypherStatements.Get(name!))));
        Assert.Equal(Directory.GetFiles(Path.Combine(CypherDir, "Schema"), "*.cypher").Length, CypherStatements.Schema().Count);
    }

    sealed record FileReport(string File, List<Diagnostic> Diagnostics);
    sealed record Diagnostic(string Severity, string Message, int Line, int Column, bool ParameterNotDefined);

    static List<FileReport> Lint(string path)
    {
        if (!Directory.Exists(Path.Combine(LintDir, "node_modules", "@neo4j-cypher", "language-support")))
            Assert.Skip("tests/cypher-lint/node_modules is missing: run tests/setup.sh (npm ci) first");
        var start = new ProcessStartInfo("node", ["lint.mjs", path])
        {
            WorkingDirectory = LintDir, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "cypher lint did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"cypher lint failed ({process.ExitCode}): {stderr.Result}");
        return JsonSerializer.Deserialize<List<FileReport>>(stdout.Result, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
