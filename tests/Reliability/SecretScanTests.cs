using System.Diagnostics;
using System.Text.RegularExpressions;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// No secret in the repository: every file git tracks is scanned for private keys, cloud and service tokens, key
/// files, and (in configuration files) a password, secret, key or token written as a literal value rather than taken
/// from the environment. A second test proves each pattern fires on a sample.
/// </summary>
public sealed class SecretScanTests
{
    const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Secrets that have one recognisable shape, wherever they appear.</summary>
    static readonly (string Name, Regex Pattern)[] Anywhere =
    [
        ("private key", new(@"-----BEGIN [A-Z ]*PRIVATE KEY-----", Linear)),
        ("AWS access key", new(@"AKIA[0-9A-Z]{16}", Linear)),
        ("GitHub token", new(@"gh[pousr]_[A-Za-z0-9]{36}", Linear)),
        ("Slack token", new(@"xox[abprs]-[A-Za-z0-9-]{10,}", Linear)),
        ("JSON web token", new(@"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}", Linear)),
    ];

    /// <summary>In configuration: a credential-named key given a literal value (environment references like ${X} pass).</summary>
    static readonly Regex LiteralCredential = new(
        @"(?i)(password|passwd|secret|api_?key|apikey|access_?token|auth_?token)[""']?\s*[:=]\s*[""']?[A-Za-z0-9+/_!@#%^&*.\-]{8,}", Linear);

    static readonly string[] ConfigExtensions = [".json", ".yml", ".yaml", ".env", ".config", ".toml", ".ini", ".properties"];
    static readonly string[] KeyFileExtensions = [".pem", ".pfx", ".p12", ".key", ".keystore", ".jks"];

    static bool IsConfig(string path) =>
        ConfigExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        || Path.GetFileName(path) is "Dockerfile" or ".env" || Path.GetFileName(path).StartsWith(".env", StringComparison.Ordinal);

    /// <summary>What the scan finds in one file's text: (rule, line number) for each hit.</summary>
    static IEnumerable<(string Rule, int Line)> Scan(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (name, pattern) in Anywhere)
                if (pattern.IsMatch(lines[i])) yield return (name, i + 1);
            if (IsConfig(path) && !path.EndsWith("package-lock.json", StringComparison.Ordinal) && LiteralCredential.IsMatch(lines[i]))
                yield return ("literal credential in configuration", i + 1);
        }
    }

    [Fact]
    public void No_tracked_file_holds_a_secret()
    {
        Assert.SkipUnless(Directory.Exists(Path.Combine(Paths.RepoRoot, ".git")) || File.Exists(Path.Combine(Paths.RepoRoot, ".git")),
            "not a git checkout: the tracked files cannot be listed");
        var start = new ProcessStartInfo("git", ["-C", Paths.RepoRoot, "ls-files", "-z"]) { RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var files = git.StandardOutput.ReadToEnd().Split('\0', StringSplitOptions.RemoveEmptyEntries);
        git.WaitForExit();
        Assert.True(files.Length > 50, $"git listed only {files.Length} files");

        var findings = new List<string>();
        foreach (var file in files)
        {
            if (KeyFileExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) || Path.GetFileName(file) is "id_rsa" or "id_ed25519")
                findings.Add($"{file}: a key file is tracked");
            var path = Path.Combine(Paths.RepoRoot, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 2_000_000) continue;
            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0) continue; // binary (images, PDFs)
            findings.AddRange(Scan(file, System.Text.Encoding.UTF8.GetString(bytes)).Select(f => $"{file}:{f.Line}: {f.Rule}"));
        }
        Assert.True(findings.Count == 0, "Secrets in tracked files:\n" + string.Join("\n", findings));
        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Length} tracked files scanned: no secret");
    }

    // The planted samples are split in the source, so that this file does not hold what the scan looks for.
    [Theory]
    [InlineData("notes.md", "-----BEGIN RSA PRIVATE" + " KEY-----", "private key")]
    [InlineData("Program.cs", "var id = \"AKIA" + "ABCDEFGHIJKLMNOP\";", "AWS access key")]
    [InlineData("ci.sh", "TOKEN=ghp" + "_abcdefghijklmnopqrstuvwxyz0123456789", "GitHub token")]
    [InlineData("appsettings.json", "\"Ingest\": { \"ApiKey\": \"0123456789abcdef\" }", "literal credential in configuration")]
    [InlineData("docker-compose.yml", "NEO4J_PASSWORD: hunter2hunter2", "literal credential in configuration")]
    public void The_scan_finds_a_planted_secret(string file, string line, string rule) =>
        Assert.Contains(Scan(file, "first line\n" + line + "\n"), f => f.Rule == rule && f.Line == 2);

    [Theory]
    [InlineData("docker-compose.yml", "NEO4J_PASSWORD: \"${NEO4J_PASSWORD:?set NEO4J_PASSWORD}\"")]
    [InlineData("appsettings.json", "\"Ingest\": { \"ApiKey\": \"\" }")]
    [InlineData("README.md", "set Ingest__ApiKey=... to enable POST /ingest")]
    public void References_to_the_environment_are_not_secrets(string file, string line) =>
        Assert.Empty(Scan(file, line));
}
