using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;

namespace UnCitationGraph.GraphApi.Api;

/// <summary>
/// The documents that passed the query budget and validation, keyed by their text and operation name. Clients send the
/// same few query texts again and again with other variables; parsing, counting and the 26 document-only validation rules
/// took a third of the server's CPU per request (by-symbol lookup, 16 clients), and give the same answer every time.
/// A document served from here skips them; the rules that read the request's variables still run on it (the executer's
/// CachedDocumentValidationRules: the complexity price of <c>first: $n</c>), so no request skips a limit it can break.
/// Only a document that validated and executed is kept: a refused query is checked, and refused, each time.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    /// <summary>Most documents kept; when full the cache is emptied and fills again with what is asked for now.</summary>
    public const int Capacity = 500;

    /// <summary>Longest query text kept (GraphiQL's introspection query is about 2,000 characters), bounding the memory held.</summary>
    public const int MaxQueryLength = 16 * 1024;

    readonly ConcurrentDictionary<(string Query, string? Operation), GraphQLDocument> _documents = new();

    /// <summary>After the validation rules' own configurations (100) have set both rule lists; before the query budget (300) parses.</summary>
    public float SortOrder => 200;

    /// <summary>Whether the next request with this text and operation name is served a validated document.</summary>
    public bool Holds(string query, string? operationName = null) => _documents.ContainsKey((query, operationName));

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
            return await next(options);

        var key = (query, options.OperationName);
        if (_documents.TryGetValue(key, out var known))
        {
            options.Document = known;
            // FieldArgumentsAreValidRule reads argument values too; it does nothing unless a field declares a validator.
            options.ValidationRules = [FieldArgumentsAreValidRule.Instance, .. options.CachedDocumentValidationRules ?? []];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && options.Document is { } parsed)
        {
            if (_documents.Count >= Capacity) _documents.Clear();
            _documents.TryAdd(key, parsed);
        }
        return result;
    }
}
