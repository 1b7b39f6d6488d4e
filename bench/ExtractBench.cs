namespace UnCitationGraph.Bench;
static class ExtractBench { public static System.CommandLine.Command Create() => new("extract"); }
