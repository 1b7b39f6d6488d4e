using System.Text;
using UnCitationGraph.Ingest.Cli;

namespace UnCitationGraph.Tests.Extraction;

/// <summary>Inputs built to make a scanner backtrack or loop: they must complete (a hang guard, not a timing).</summary>
public class LinearityTests
{
    public static TheoryData<string, string> Pathological => new()
    {
        { "one long line of references", string.Concat(Enumerable.Repeat("recalling its resolution 60/251 and A/HRC/44/44 and Add.1 the Charter www.un.org/x ", 60_000)) },
        { "slashes without end", string.Concat(Enumerable.Repeat("A/", 2_000_000)) },
        { "digits glued to words", string.Concat(Enumerable.Repeat("rapport1 ", 500_000)) },
        { "markers without end", string.Concat(Enumerable.Repeat("<sup>1</sup>", 200_000)) },
        { "unclosed word-processor notes", "[footnoteRef:1]" + string.Concat(Enumerable.Repeat("[1: [2: ", 200_000)) },
        { "a list that never ends", "resolutions " + string.Concat(Enumerable.Repeat("5/1, ", 400_000)) },
        { "addenda that never end", "A/HRC/1/1" + string.Concat(Enumerable.Repeat(" and Add.1", 400_000)) },
        { "brackets", new string('(', 1_000_000) + new string('[', 1_000_000) },
        { "a URL with no end", "http://" + new string('a', 3_000_000) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task Pathological_input_completes(string name, string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"patho-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, content, TestContext.Current.CancellationToken);
        try
        {
            var run = Task.Run(() => ExtractCommand.ExtractOne(file));
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken));
            Assert.True(finished == run, $"{name}: extraction did not complete");
            Assert.StartsWith("{\"file\":", (await run).Line);
        }
        finally { File.Delete(file); }
    }
}
