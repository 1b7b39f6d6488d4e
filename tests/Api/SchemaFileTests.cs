using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using UnCitationGraph.GraphApi.Api;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Api;

/// <summary>
/// schema/schema.graphql is the running schema, printed: every API change shows up as a readable diff.
/// To regenerate it after a deliberate change: UPDATE_SCHEMA=1 dotnet test tests --filter SchemaFileTests
/// </summary>
public sealed class SchemaFileTests
{
    static readonly string SchemaFile = Path.Combine(Paths.RepoRoot, "schema", "schema.graphql");

    [Fact]
    public void Schema_file_matches_the_running_schema()
    {
        var printed = PrintRunningSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(SchemaFile, printed);

        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing: run UPDATE_SCHEMA=1 dotnet test tests --filter SchemaFileTests");
        var onDisk = File.ReadAllText(SchemaFile).ReplaceLineEndings("\n");
        Assert.True(onDisk == printed,
            "schema/schema.graphql differs from the running schema. If the change is meant, regenerate it: " +
            "UPDATE_SCHEMA=1 dotnet test tests --filter SchemaFileTests");
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var schema = BuildSchema();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__") && !IsBuiltInScalar(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
        }
        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }

    // GraphQL.NET's own scalars (String, Long, DateTimeOffset ...) are documented by the GraphQL spec and the library.
    static bool IsBuiltInScalar(IGraphType type) => type is ScalarGraphType && type.GetType().Namespace == "GraphQL.Types";

    static string PrintRunningSchema() =>
        BuildSchema().Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n") + "\n";

    static ISchema BuildSchema()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        services.AddCitationGraphQL(new ConfigurationBuilder().Build());
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
