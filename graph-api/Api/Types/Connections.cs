using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using UnCitationGraph.Model;

namespace UnCitationGraph.GraphApi.Api.Types;

/// <summary>Turns a store page into a Relay connection, and declares the first/after arguments once.</summary>
public static class Connections
{
    /// <summary>What totalCount says on every connection: exact or null, and where to read when.</summary>
    public const string TotalCountDescription =
        "The number of items in the whole connection, all pages together, when the server can count them exactly and cheaply; " +
        "null otherwise, never an estimate. The field returning this connection says when it is null.";

    public static Connection<T> From<T>(Page<T> page)
    {
        // Every item comes with its own cursor from the store: after: any edge's cursor continues right after that edge.
        var edges = page.Items.Select((item, i) => new Edge<T> { Node = item, Cursor = page.Cursors[i] }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = page.TotalCount is { } n ? (int)Math.Min(n, int.MaxValue) : null,
            PageInfo = new PageInfo
            {
                HasNextPage = page.HasNextPage, HasPreviousPage = false,
                StartCursor = page.Cursors.Count > 0 ? page.Cursors[0] : null, EndCursor = page.EndCursor,
            },
        };
    }

    public static QueryArgument FirstArgument() => new QueryArgument<IntGraphType>
        { Name = "first", Description = $"Page size (default {Arguments.DefaultPageSize}, at most the server's page-size limit)." };

    public static QueryArgument AfterArgument() => new QueryArgument<StringGraphType>
        { Name = "after", Description = "A cursor from a previous page (any edge's cursor, or pageInfo.endCursor): the page starts right after it." };

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Arguments(FirstArgument(), AfterArgument());
}

/// <summary>Relay's connection type, with totalCount saying what it means here (see <see cref="Connections.TotalCountDescription"/>).</summary>
public sealed class PagedConnectionType<TNodeType> : ConnectionType<TNodeType> where TNodeType : IGraphType
{
    public PagedConnectionType() => GetField("totalCount")!.Description = Connections.TotalCountDescription;
}
