using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using Microsoft.Extensions.Options;

namespace UnCitationGraph.GraphApi.Security;

/// <summary>Bounds on the size of a query document, checked before it is validated (section "Api", beside ApiLimits).</summary>
public sealed class QueryBudgetLimits
{
    /// <summary>Most field selections in one document, aliases included (GraphiQL's introspection query has about 100).</summary>
    public int MaxFields { get; set; } = 1000;

    /// <summary>Most directives in one document.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Deepest nesting of brackets and values the parser follows.</summary>
    public int MaxParserDepth { get; set; } = 100;
}

/// <summary>
/// Parses the query once, itself, and refuses with a clear error a document that is nested past the parser's depth,
/// or holds more fields (10,000 aliases) or directives than the budget, before validation and execution see it:
/// some validation rules cost more than linear time in these counts. The parsed document is handed on, not parsed twice.
/// </summary>
public sealed class QueryBudget(IOptions<QueryBudgetLimits> limits) : IConfigureExecution
{
    /// <summary>After <see cref="Api.ValidatedDocumentCache"/> (200): a document it serves passed this budget when first seen.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is null && options.Query is { Length: > 0 } query)
        {
            var max = limits.Value;
            GraphQLDocument document;
            try { document = Parser.Parse(query, new ParserOptions { MaxDepth = max.MaxParserDepth, Ignore = IgnoreOptions.Comments }); }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refuse("QUERY_TOO_DEEP", $"The query is nested more than {max.MaxParserDepth} levels deep (fields, brackets and values): simplify it.");
            }
            catch (GraphQLSyntaxErrorException) { return await next(options); } // the executer reports it as usual

            var count = new Counts(options.CancellationToken);
            await new Counter().VisitAsync(document, count);
            if (count.Fields > max.MaxFields)
                return Refuse("TOO_MANY_FIELDS", $"The query selects {count.Fields} fields (aliases included); at most {max.MaxFields} are served per request.");
            if (count.Directives > max.MaxDirectives)
                return Refuse("TOO_MANY_DIRECTIVES", $"The query uses {count.Directives} directives; at most {max.MaxDirectives} are served per request.");
            options.Document = document;
        }
        return await next(options);
    }

    static ExecutionResult Refuse(string code, string message) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };

    sealed class Counts(CancellationToken ct) : IASTVisitorContext
    {
        public int Fields, Directives;
        public CancellationToken CancellationToken => ct;
    }

    sealed class Counter : ASTVisitor<Counts>
    {
        protected override ValueTask VisitFieldAsync(GraphQLField field, Counts context)
        {
            context.Fields++;
            return base.VisitFieldAsync(field, context);
        }

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Counts context)
        {
            context.Directives++;
            return base.VisitDirectiveAsync(directive, context);
        }
    }
}
