using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace UnCitationGraph.Neo4j;

/// <summary>
/// Cypher over Neo4j's HTTP Query API (Neo4j 5.19+ and Aura): <c>POST /db/{db}/query/v2</c> for one statement in an
/// implicit transaction, <c>/query/v2/tx</c> for explicit ones. Every call goes through the resilience pipeline as a
/// whole unit of work: a single request, or a whole transaction from open to commit (a statement inside a failed
/// transaction cannot be retried on its own, so the transaction is retried from its start).
/// </summary>
public sealed class Neo4jQueryApiClient : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    const string AffinityHeader = "neo4j-cluster-affinity";

    readonly HttpClient _http;
    readonly ResiliencePipeline _pipeline;
    readonly ILogger _logger;
    readonly bool _useBookmarks;
    readonly string _queryPath;
    IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryApiClient(Neo4jOptions options, HttpMessageHandler? handler = null, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = options.Uri;
        // Timeouts belong to the pipeline (per attempt), not to HttpClient, so they are retried like other transient failures.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (options.User is { Length: > 0 } user)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password}")));
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _useBookmarks = options.UseBookmarks;
        _pipeline = Neo4jResilience.Create(options, _logger);
    }

    /// <summary>The bookmarks of the last committed write this client saw (sent with later requests when enabled).</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>Runs one statement in an implicit transaction, retried as a whole on transient failures.</summary>
    public async Task<QueryResult> QueryAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default) =>
        await _pipeline.ExecuteAsync(async token =>
        {
            var result = await SendAsync(HttpMethod.Post, _queryPath, Body(statement, parameters, withBookmarks: true), affinity: null, token);
            Remember(result.Result.Bookmarks);
            return result.Result;
        }, ct);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction opened with <paramref name="firstStatement"/>, and commits
    /// it unless the work rolled it back. On a transient failure anywhere the transaction is rolled back and the whole
    /// unit runs again, so the work must be written to be repeatable (ours replaces what a version said).
    /// </summary>
    public async Task<T> InTransactionAsync<T>(string firstStatement, IReadOnlyDictionary<string, object?>? firstParameters,
        Func<Neo4jTransaction, QueryResult, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        await _pipeline.ExecuteAsync(async token =>
        {
            var (tx, first) = await BeginAsync(firstStatement, firstParameters, token);
            try
            {
                var value = await work(tx, first, token);
                if (!tx.IsFinished) await tx.CommitAsync(token);
                return value;
            }
            catch when (!tx.IsFinished)
            {
                await tx.TryRollbackAsync();
                throw;
            }
        }, ct);

    /// <summary>Opens an explicit transaction with its first statement (no retry: callers use <see cref="InTransactionAsync"/>).</summary>
    public async Task<(Neo4jTransaction Transaction, QueryResult First)> BeginAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        var (result, response) = await SendAsync(HttpMethod.Post, _queryPath + "/tx", Body(statement, parameters, withBookmarks: true), affinity: null, ct);
        var transaction = response.Transaction
            ?? throw new Neo4jException("the Query API opened no transaction (no transaction.id in its answer)", null, null);
        var tx = new Neo4jTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", transaction.Id, transaction.Expires, response.Affinity);
        return (tx, result);
    }

    internal async Task<QueryResult> RunInTransactionAsync(Neo4jTransaction tx, string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Post, tx.Path, Body(statement, parameters, withBookmarks: false), tx.Affinity, ct)).Result;

    internal async Task CommitAsync(Neo4jTransaction tx, CancellationToken ct)
    {
        var (result, _) = await SendAsync(HttpMethod.Post, tx.Path + "/commit", content: null, tx.Affinity, ct);
        Remember(result.Bookmarks);
    }

    internal async Task RollbackAsync(Neo4jTransaction tx, CancellationToken ct) =>
        await SendAsync(HttpMethod.Delete, tx.Path, content: null, tx.Affinity, ct);

    StringContent Body(string statement, IReadOnlyDictionary<string, object?>? parameters, bool withBookmarks)
    {
        var body = new Dictionary<string, object?>
        {
            ["statement"] = statement,
            ["parameters"] = parameters ?? new Dictionary<string, object?>(),
        };
        if (withBookmarks && _useBookmarks && _bookmarks.Count > 0) body["bookmarks"] = _bookmarks;
        return new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
    }

    void Remember(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0) _bookmarks = bookmarks;
    }

    async Task<(QueryResult Result, ApiResponse Response)> SendAsync(HttpMethod method, string path, HttpContent? content, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (affinity != null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var parsed = ApiResponse.Parse(text, response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null);

        if (parsed.Errors.Count > 0 || !response.IsSuccessStatusCode)
            throw ErrorFor(response.StatusCode, parsed.Errors, text);
        return (new QueryResult(parsed.Fields, parsed.Values, parsed.Bookmarks), parsed);
    }

    static Neo4jException ErrorFor(HttpStatusCode status, IReadOnlyList<ApiError> errors, string body)
    {
        var first = errors.FirstOrDefault();
        if (status == HttpStatusCode.Unauthorized)
            return new Neo4jAuthenticationException(first?.Message ?? "401 Unauthorized");
        var message = first is null
            ? $"Neo4j Query API answered {(int)status} {status}{(body.Length > 0 ? ": " + Truncate(body) : "")}"
            : $"{first.Code}: {first.Message}";
        return new Neo4jException(message, first?.Code, status);
    }

    static string Truncate(string s) => s.Length <= 300 ? s : s[..300] + "...";

    public void Dispose() => _http.Dispose();
}

/// <summary>One open explicit transaction: its id, when the server will expire it, and the cluster member holding it.</summary>
public sealed class Neo4jTransaction
{
    readonly Neo4jQueryApiClient _client;

    internal Neo4jTransaction(Neo4jQueryApiClient client, string path, string id, DateTimeOffset? expires, string? affinity)
    {
        _client = client;
        Path = path;
        Id = id;
        Expires = expires;
        Affinity = affinity;
    }

    public string Id { get; }
    public DateTimeOffset? Expires { get; }
    /// <summary>The neo4j-cluster-affinity header of the opening answer (Aura), sent back with every later request of this transaction.</summary>
    public string? Affinity { get; }
    internal string Path { get; }
    public bool IsFinished { get; private set; }

    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        _client.RunInTransactionAsync(this, statement, parameters, ct);

    public async Task CommitAsync(CancellationToken ct)
    {
        IsFinished = true;
        await _client.CommitAsync(this, ct);
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        IsFinished = true;
        await _client.RollbackAsync(this, ct);
    }

    /// <summary>Best effort after a failure: the server also rolls back an expired transaction by itself.</summary>
    internal async Task TryRollbackAsync()
    {
        try { await RollbackAsync(CancellationToken.None); }
        catch (Exception) { /* the original failure is what matters */ }
    }
}
