using System.Net;
using System.Net.Sockets;
using System.Text;
using Polly.CircuitBreaker;
using UnCitationGraph.Tests.Support;
using UnCitationGraph.Neo4j;

namespace UnCitationGraph.Tests.Neo4j;

/// <summary>
/// The Query API client against a loopback server answering as the Neo4j documentation shows
/// (https://neo4j.com/docs/query-api/current/: query, transactions, bookmarks, authentication).
/// </summary>
public sealed class Neo4jQueryApiProtocolTests
{
    static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Query_posts_statement_and_parameters_with_basic_auth_and_reads_fields_values_and_bookmarks()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeAnswer.Result(
            ["id", "languages"], [["A/RES/75/180", new[] { "en", "fr" }], ["A/RES/60/251", Array.Empty<string>()]], ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]));
        using var client = new Neo4jQueryApiClient(server.Options());

        var result = await client.QueryAsync("MATCH (n:Node {id: $id}) RETURN n.id AS id", new Dictionary<string, object?> { ["id"] = "A/RES/75/180" }, Ct);

        Assert.Equal(["id", "languages"], result.Fields);
        Assert.Equal(["A/RES/75/180", "A/RES/60/251"], result.Rows.Select(r => r["id"].GetString()));
        Assert.Equal(["en", "fr"], result.Rows.First()["languages"].EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"], result.Bookmarks);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), request.Headers["authorization"]);
        Assert.Equal("MATCH (n:Node {id: $id}) RETURN n.id AS id", request.Statement);
        Assert.Equal("A/RES/75/180", request.Body!["parameters"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Explicit_transaction_opens_runs_and_commits_with_its_id_and_cluster_affinity()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => FakeAnswer.Result(["n"], [[1]], ["FB:open"],
                new { id = "lyU", expires = "2024-10-22T15:48:29Z" },
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuOC41Ljc6MTc0NzQ=" }),
            "/db/neo4j/query/v2/tx/lyU" => FakeAnswer.Result(["m"], [[2]]),
            "/db/neo4j/query/v2/tx/lyU/commit" => FakeAnswer.Empty(["FB:committed"]),
            _ => FakeAnswer.Bare(404),
        });
        using var client = new Neo4jQueryApiClient(server.Options());

        Neo4jTransaction? seen = null;
        var value = await client.InTransactionAsync("CREATE (n) RETURN 1 AS n", null, async (tx, first, ct) =>
        {
            seen = tx;
            var second = await tx.RunAsync("RETURN 2 AS m", null, ct);
            return first.Scalar("n")!.Value.GetInt32() + second.Scalar("m")!.Value.GetInt32();
        }, Ct);

        Assert.Equal(3, value);
        Assert.Equal("lyU", seen!.Id);
        Assert.Equal(DateTimeOffset.Parse("2024-10-22T15:48:29Z"), seen.Expires);
        var requests = server.Requests.ToList();
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.False(requests[0].Headers.ContainsKey("neo4j-cluster-affinity"));
        Assert.All(requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Headers["neo4j-cluster-affinity"]));
        Assert.Equal(["FB:committed"], client.LastBookmarks);
    }

    [Fact]
    public async Task A_failing_unit_of_work_rolls_the_transaction_back_with_DELETE_and_does_not_commit()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Method == "DELETE"
            ? FakeAnswer.Empty()
            : r.Path.EndsWith("/tx") ? FakeAnswer.Result([], [], transaction: new { id = "t1", expires = "2030-01-01T00:00:00Z" })
            : FakeAnswer.Error(400, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists"));
        using var client = new Neo4jQueryApiClient(server.Options());

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync<int>("RETURN 1", null, async (tx, _, ct) =>
        {
            await tx.RunAsync("CREATE (n:Node {id: $id})", null, ct);
            return 1;
        }, Ct));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Explicit_rollback_by_the_work_sends_DELETE_and_skips_commit()
    {
        await using var server = await FakeQueryApi.StartAsync(r => r.Path.EndsWith("/tx")
            ? FakeAnswer.Result([], [], transaction: new { id = "t2", expires = "2030-01-01T00:00:00Z" })
            : FakeAnswer.Empty());
        using var client = new Neo4jQueryApiClient(server.Options());

        await client.InTransactionAsync("RETURN 1", null, async (tx, _, ct) => { await tx.RollbackAsync(ct); return 0; }, Ct);

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/t2"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ClientError_is_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(_ =>
            FakeAnswer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN'"));
        using var client = new Neo4jQueryApiClient(server.Options(o => o with { MaxRetries = 5 }));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.QueryAsync("RETRN 1", null, Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'RETRN'", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task TransientError_502_and_503_are_retried_until_the_server_answers()
    {
        var answers = new Queue<FakeAnswer>([
            FakeAnswer.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "Database unavailable"),
            FakeAnswer.Bare(502),
            FakeAnswer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"),
            FakeAnswer.Bare(503),
            FakeAnswer.Result(["ok"], [[true]]),
        ]);
        await using var server = await FakeQueryApi.StartAsync(_ => answers.Dequeue());
        using var client = new Neo4jQueryApiClient(server.Options(o => o with { MaxRetries = 5 }));

        var result = await client.QueryAsync("RETURN true AS ok", null, Ct);

        Assert.True(result.Scalar("ok")!.Value.GetBoolean());
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried()
    {
        var calls = 0;
        await using var server = await FakeQueryApi.StartAsync(_ => Interlocked.Increment(ref calls) == 1
            ? FakeAnswer.Result(["late"], [[1]]) with { Delay = TimeSpan.FromSeconds(10) }
            : FakeAnswer.Result(["fast"], [[2]]));
        using var client = new Neo4jQueryApiClient(server.Options(o => o with { AttemptTimeout = TimeSpan.FromMilliseconds(300) }));

        var result = await client.QueryAsync("RETURN 2 AS fast", null, Ct);

        Assert.Equal(["fast"], result.Fields);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeAnswer.Bare(503));
        using var client = new Neo4jQueryApiClient(server.Options(o => o with { MaxRetries = 2 }));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.QueryAsync("RETURN 1", null, Ct));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Connection_refused_is_retried()
    {
        var port = Loopback.FreePort(); // nothing listens there
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var client = new Neo4jQueryApiClient(new Neo4jOptions
        {
            Uri = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        }, counting);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.QueryAsync("RETURN 1", null, Ct));

        Assert.Equal(3, counting.Count);
    }

    [Fact]
    public async Task A_transaction_failing_transiently_is_rolled_back_and_retried_from_its_start()
    {
        var opened = 0;
        await using var server = await FakeQueryApi.StartAsync(r =>
        {
            if (r.Path.EndsWith("/tx"))
            {
                var id = "tx" + Interlocked.Increment(ref opened);
                return FakeAnswer.Result([], [], transaction: new { id, expires = "2030-01-01T00:00:00Z" });
            }
            if (r.Method == "DELETE" || r.Path.EndsWith("/commit")) return FakeAnswer.Empty();
            return r.Path.EndsWith("/tx1")
                ? FakeAnswer.Error(503, "Neo.TransientError.Transaction.LockClientStopped", "Lock client stopped")
                : FakeAnswer.Empty();
        });
        using var client = new Neo4jQueryApiClient(server.Options());

        var attempts = 0;
        await client.InTransactionAsync("RETURN 1", null, async (tx, _, ct) =>
        {
            attempts++;
            await tx.RunAsync("CREATE (n)", null, ct);
            return 0;
        }, Ct);

        Assert.Equal(2, attempts);
        Assert.Equal([
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1", "DELETE /db/neo4j/query/v2/tx/tx1",
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx2", "POST /db/neo4j/query/v2/tx/tx2/commit",
        ], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_transient_failures_and_then_fails_fast()
    {
        await using var server = await FakeQueryApi.StartAsync(_ => FakeAnswer.Bare(503));
        using var client = new Neo4jQueryApiClient(server.Options(o => o with
        {
            MaxRetries = 0, BreakerMinimumThroughput = 3, BreakerFailureRatio = 0.5, BreakerBreakDuration = TimeSpan.FromMinutes(1),
        }));

        for (var i = 0; i < 3; i++) await Assert.ThrowsAsync<Neo4jException>(() => client.QueryAsync("RETURN 1", null, Ct));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.QueryAsync("RETURN 1", null, Ct));

        Assert.Equal(3, server.Requests.Count); // the fourth call never reached the server
    }

    [Fact]
    public async Task Unauthorized_says_which_settings_to_fix_and_is_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(_ =>
            FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        using var client = new Neo4jQueryApiClient(server.Options(o => o with { Password = "wrong" }));

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.QueryAsync("RETURN 1", null, Ct));

        Assert.StartsWith("Neo4j rejected the credentials: set NEO4J_USER/NEO4J_PASSWORD", error.Message);
        Assert.Contains("Invalid username or password.", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Bookmarks_of_a_write_are_sent_with_the_next_requests()
    {
        var calls = 0;
        await using var server = await FakeQueryApi.StartAsync(_ => Interlocked.Increment(ref calls) == 1
            ? FakeAnswer.Empty(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ"])
            : FakeAnswer.Result(["n"], [[1]]));
        using var client = new Neo4jQueryApiClient(server.Options());

        await client.QueryAsync("CREATE (n)", null, Ct);
        await client.QueryAsync("MATCH (n) RETURN count(n) AS n", null, Ct);

        var requests = server.Requests.ToList();
        Assert.Null(requests[0].Body!["bookmarks"]);
        Assert.Equal(["FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ"], requests[1].Body!["bookmarks"]!.AsArray().Select(b => b!.GetValue<string>()));
    }

    sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        int _count;
        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
