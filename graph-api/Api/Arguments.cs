using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UnCitationGraph.GraphApi.Api.Loading;
using UnCitationGraph.Model;
using UnCitationGraph.Store;

namespace UnCitationGraph.GraphApi.Api;

/// <summary>Reads and checks the arguments resolvers share (page size, depth) and reaches the request's services.</summary>
public static class Arguments
{
    public const int DefaultPageSize = 20;

    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    public static NodeBatchLoader Nodes(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<NodeBatchLoader>();

    public static ApiLimits Limits(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<ApiLimits>>().Value;

    /// <summary>The page asked for by first/after, refused with a clear error past the page-size limit.</summary>
    public static PageRequest Page(this IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultPageSize);
        var max = context.Limits().MaxPageSize;
        if (first < 1 || first > max)
            throw new ExecutionError($"Argument 'first' must be between 1 and {max} (was {first}); page with 'after' for more.")
                { Code = "PAGE_SIZE_LIMIT" };
        // totalCount may cost the store a bounded scan: ask for it only when the query selects it.
        return new PageRequest(first, context.GetArgument<string?>("after")) { CountTotal = context.Selects("totalCount") };
    }

    /// <summary>Whether the query selects this field (by its name, under any alias) of the current field's result.</summary>
    public static bool Selects(this IResolveFieldContext context, string field) =>
        context.SubFields?.Values.Any(f => f.Field.Name.Value == field) == true;

    /// <summary>An integer argument within [1, max], refused with a clear error otherwise.</summary>
    public static int Bounded(this IResolveFieldContext context, string name, int defaultValue, int max)
    {
        var value = context.GetArgument(name, defaultValue);
        if (value < 1 || value > max)
            throw new ExecutionError($"Argument '{name}' must be between 1 and {max} (was {value}).") { Code = "LIMIT_EXCEEDED" };
        return value;
    }

    /// <summary>Accepts an instrument as "instrument:un-charter" or just "un-charter".</summary>
    public static string InstrumentId(string id) =>
        id.StartsWith(Ids.CanonicalId.InstrumentPrefix, StringComparison.Ordinal) ? id : Ids.CanonicalId.ForInstrument(id);
}
