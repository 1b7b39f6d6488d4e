namespace UnCitationGraph.Bench;
static class QueryBench { public static System.CommandLine.Command Create() => new("queries"); }
