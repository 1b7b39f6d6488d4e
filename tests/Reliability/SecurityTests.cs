using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using UnCitationGraph.GraphApi.Security;
using UnCitationGraph.Ingest;
using UnCitationGraph.Model;
using UnCitationGraph.Neo4j;
using UnCitationGraph.Store;
using UnCitationGraph.Tests.Neo4j;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// The API is read-only unless ingest is enabled with a key; CORS is off unless configured; clients never see a stack
/// trace in Production; injected strings go through the API and both stores as data, never as code.
/// </summary>
public sealed class SecurityTests
{

    /// <summary>A key made for this run only: keys live in configuration, never in the repository.</summary>
    static readonly string Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    static Dictionary<string, string> WithKey(string key) => new() { ["Ingest:ApiKey"] = key };

    const string Injected = "Robert'); DROP TABLE node; -- and \"}) MATCH (n) DETACH DELETE n // of $contentHash";
    static readonly string InjectedName = "x'); DROP TABLE version; --\" {id: 1} $source.txt";

    static string Resolution(string title) => $"""
        United Nations                                                        A/RES/76/902
        General Assembly                                                      Distr.: General
                                                                              20 December 2021

        Seventy-sixth session

        Resolution adopted by the General Assembly on 16 December 2021

        76/902. {title}

        The General Assembly,

        Recalling its resolution 75/180 of 16 December 2020,

        1. Decides to continue its consideration of the question at its seventy-seventh session.
        """;

    static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> IngestAsync(ApiHost api, byte[] body, string name, string? key = null, bool bearer = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{IngestEndpoint.Path}?name={Uri.EscapeDataString(name)}") { Content = new ByteArrayContent(body) };
        if (key != null)
        {
            if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            else request.Headers.Add(IngestEndpoint.KeyHeader, key);
        }
        var response = await api.Http.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response);
    }

    static async Task<JsonElement> QueryAsync(ApiHost api, string query)
    {
        using var response = await api.Http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"), Ct);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    static string Message(string body) => JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;

    [Fact]
    public async Task Without_a_configured_key_the_api_is_read_only()
    {
        await using var api = new ApiHost();
        var (status, body, _) = await IngestAsync(api, Encoding.UTF8.GetBytes(Resolution("A title")), "a.txt", key: Key);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("read-only", Message(body));
        var mutation = await QueryAsync(api, "mutation { stats { documents } }");
        Assert.True(mutation.TryGetProperty("errors", out _), "the schema has no mutations");
        Assert.Equal(0, (await QueryAsync(api, "{ stats { versions } }")).GetProperty("data").GetProperty("stats").GetProperty("versions").GetInt32());

        await using var weak = new ApiHost(WithKey("short"));
        Assert.Equal(HttpStatusCode.Forbidden, (await IngestAsync(weak, Encoding.UTF8.GetBytes(Resolution("A title")), "a.txt", key: "short")).Status);
    }

    [Fact]
    public async Task Ingest_needs_the_right_key_and_refuses_what_it_cannot_read()
    {
        await using var api = new ApiHost(WithKey(Key));
        var document = Encoding.UTF8.GetBytes(Resolution("A title"));

        var (status, body, response) = await IngestAsync(api, document, "a.txt");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(IngestEndpoint.KeyHeader, response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("API key", Message(body));
        var wrong = Key[..^1] + (Key[^1] == 'a' ? 'b' : 'a'); // same length, one character off
        Assert.Equal(HttpStatusCode.Unauthorized, (await IngestAsync(api, document, "a.txt", wrong)).Status);
        Assert.Equal(0, (await QueryAsync(api, "{ stats { versions } }")).GetProperty("data").GetProperty("stats").GetProperty("versions").GetInt32());

        (status, body, _) = await IngestAsync(api, document, "a.txt", Key, bearer: true);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal("A/RES/76/902", JsonDocument.Parse(body).RootElement.GetProperty("document").GetString());
        Assert.Equal("Unchanged", JsonDocument.Parse((await IngestAsync(api, document, "a.txt", Key)).Body).RootElement.GetProperty("outcome").GetString());

        (status, body, _) = await IngestAsync(api, [0, 1, 2, 0, 255], "binary.bin", Key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("binary", Message(body));
        (status, body, _) = await IngestAsync(api, new byte[33 * 1024 * 1024], "big.txt", Key);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger", Message(body));
        Assert.Equal(1, (await QueryAsync(api, "{ stats { versions } }")).GetProperty("data").GetProperty("stats").GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task Injected_strings_are_stored_and_returned_verbatim_through_the_api_and_sqlite()
    {
        await using var api = new ApiHost(WithKey(Key));
        var bytes = Encoding.UTF8.GetBytes(Resolution(Injected));
        var expected = ExtractionPipeline.Default.Extract(bytes, InjectedName).Document.Title;
        Assert.Contains("DROP TABLE node", expected); // the extractor keeps the title as written

        var (status, body, _) = await IngestAsync(api, bytes, InjectedName, Key);
        Assert.True(status == HttpStatusCode.OK, body);
        var document = (await QueryAsync(api, "{ document(symbol: \"A/RES/76/902\") { title versions { source title } } }"))
            .GetProperty("data").GetProperty("document");
        Assert.Equal(expected, document.GetProperty("title").GetString());
        Assert.Equal(InjectedName, document.GetProperty("versions")[0].GetProperty("source").GetString());
        Assert.Equal(expected, document.GetProperty("versions")[0].GetProperty("title").GetString());

        // The search argument carries it too, and finds it as text.
        var found = (await QueryAsync(api, "{ search(text: " + JsonSerializer.Serialize("DROP TABLE node; --") + ") { edges { node { id } } } }"))
            .GetProperty("data").GetProperty("search").GetProperty("edges");
        Assert.Equal("A/RES/76/902", found[0].GetProperty("node").GetProperty("id").GetString());

        await using var c = new SqliteConnection($"Data Source={api.Db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT (SELECT count(*) FROM node), (SELECT count(*) FROM version), (SELECT source FROM version)";
        using var r = q.ExecuteReader();
        r.Read();
        Assert.True(r.GetInt64(0) > 1 && r.GetInt64(1) == 1, "the tables the injected text names are still there, and hold what they should");
        Assert.Equal(InjectedName, r.GetString(2));
    }

    [Fact]
    public async Task Neo4j_gets_injected_strings_only_as_parameters_never_in_a_statement()
    {
        var statements = Directory.GetFiles(Path.Combine(Support.Paths.RepoRoot, "schema", "Neo4j", "Cypher"), "*.cypher")
            .Select(f => CypherStatements.Get(Path.GetFileNameWithoutExtension(f))).ToHashSet();
        await using var server = await FakeQueryApi.StartAsync(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)
            ? FakeAnswer.Result(["contentHash"], [[null]], transaction: new { id = "t1", expires = "2030-01-01T00:00:00Z" })
            : FakeAnswer.Empty());
        await using var store = new Neo4jGraphStore(server.Options());
        var record = VersionRecordBuilder.Build(new ExtractedDocument(InjectedName,
                new DocumentIdentity("A/RES/76/902", null, null, "en", "2021-12-16", Injected),
                [new Reference("A/RES/75/180", Injected, "OP1", null, Relations.Recalls)], [], []),
            InjectedName, "hash", DateTimeOffset.UnixEpoch);

        await store.UpsertVersionAsync(record, Ct);
        await store.SearchAsync(Injected, null, new PageRequest(5), Ct);
        await store.GetNodeAsync(Injected, Ct);

        var sent = server.Requests.Where(r => r.Statement != null).ToList();
        Assert.All(sent, r => Assert.Contains(r.Statement!, statements));
        Assert.All(sent, r => Assert.DoesNotContain("DROP TABLE", r.Statement!));
        Assert.Contains(sent, r => r.Body!["parameters"]!.ToJsonString().Contains(JsonSerializer.Serialize(Injected)[1..^1], StringComparison.Ordinal)
            || r.Body!["parameters"]!.ToJsonString().Contains("DROP TABLE node", StringComparison.Ordinal));
        Report($"{sent.Count} Cypher requests: every statement one of the {statements.Count} .cypher files verbatim; the injected text only in parameters");
    }

    [Fact]
    public async Task Cors_is_off_by_default_and_allows_only_configured_origins()
    {
        static async Task<string?> AllowedOrigin(ApiHost api, string origin)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var response = await api.Http.SendAsync(preflight, Ct);
            using var simple = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { documents } }"));
            simple.Headers.Add("Origin", origin);
            using var answer = await api.Http.SendAsync(simple, Ct);
            var a = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var x) ? x.Single() : null;
            var b = answer.Headers.TryGetValues("Access-Control-Allow-Origin", out var y) ? y.Single() : null;
            Assert.Equal(a, b);
            return a;
        }

        await using (var closed = new ApiHost())
            Assert.Null(await AllowedOrigin(closed, "https://explorer.example.org"));

        await using var open = new ApiHost(new Dictionary<string, string> { ["Cors:Origins:0"] = "https://explorer.example.org" });
        Assert.Equal("https://explorer.example.org", await AllowedOrigin(open, "https://explorer.example.org"));
        Assert.Null(await AllowedOrigin(open, "https://evil.example.com"));
    }

    [Fact]
    public async Task In_production_clients_never_see_a_stack_trace_or_an_internal_message()
    {
        static void AssertNothingLeaks(string body)
        {
            Assert.DoesNotContain("SECRET-INTERNAL-DETAIL", body);
            Assert.DoesNotContain("InvalidOperationException", body);
            Assert.DoesNotContain("   at ", body);
            Assert.DoesNotContain(".cs:line", body);
        }

        await using var api = new ApiHost(WithKey(Key), failingStore: true);
        var graphql = await QueryAsync(api, "{ document(symbol: \"A/RES/75/180\") { id } }");
        Assert.True(graphql.TryGetProperty("errors", out _));
        AssertNothingLeaks(graphql.ToString());
        var (status, body, _) = await IngestAsync(api, Encoding.UTF8.GetBytes(Resolution("A title")), "a.txt", Key);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Internal server error.", Message(body));
        AssertNothingLeaks(body);

        // The same failure in Development does show its detail: the checks above can fail.
        await using var development = new ApiHost(failingStore: true, environment: "Development");
        Assert.Contains("SECRET-INTERNAL-DETAIL", (await QueryAsync(development, "{ document(symbol: \"A/RES/75/180\") { id } }")).ToString());
    }
}
