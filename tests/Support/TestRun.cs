using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Support;

/// <summary>The running test's cancellation token, and its output for the figures a test reports.</summary>
public static class TestRun
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);
}
