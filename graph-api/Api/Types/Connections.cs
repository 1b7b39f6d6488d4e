using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>Turns a store page into a Relay connection, and declares the first/after arguments once.</summary>
public static class Connections
{
    public static Connection<T> From<T>(Page<T> page)
    {
        // The store pages by an opaque end cursor: the last edge carries it, which is what a client pages with.
        var edges = page.Items.Select((item, i) => new Edge<T>
        {
            Node = item,
            Cursor = i == page.Items.Count - 1 ? page.EndCursor ?? "" : "",
        }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = page.TotalCount is { } n ? (int)Math.Min(n, int.MaxValue) : null,
            PageInfo = new PageInfo { HasNextPage = page.HasNextPage, HasPreviousPage = false, EndCursor = page.EndCursor },
        };
    }

    public static QueryArgument FirstArgument() => new QueryArgument<IntGraphType>
        { Name = "first", Description = $"Page size (default {Arguments.DefaultPageSize}, at most the server's page-size limit)." };

    public static QueryArgument AfterArgument() => new QueryArgument<StringGraphType>
        { Name = "after", Description = "The endCursor of the previous page." };

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Arguments(FirstArgument(), AfterArgument());
}
