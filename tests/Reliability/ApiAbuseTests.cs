using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using UnCitationGraph.Tests.Api;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Reliability;

/// <summary>
/// Abusive requests against the real API (Kestrel on loopback, the seed graph): each is refused with a clear GraphQL
/// error, in bounded time, while a client beside it keeps getting answers to a normal query; injection strings in
/// every argument of every root field change nothing and break nothing.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ApiAbuseTests(SeedGraphServer server)
{
    static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    /// <summary>A named abusive request: the raw body (and its content type) it sends.</summary>
    public sealed record Abuse(string Name, Func<HttpContent> Body, string? Expect);

    static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");
    static HttpContent Query(string query) => Json(JsonSerializer.Serialize(new { query }));

    static string Nested(int depth)
    {
        var s = new StringBuilder("{ document(symbol: \"A/RES/75/180\") { ");
        for (var i = 0; i < depth; i++) s.Append("citations(first: 1) { edges { node { target { ... on Document { ");
        s.Append("id");
        for (var i = 0; i < depth; i++) s.Append(" } } } } }");
        return s.Append(" } }").ToString();
    }

    static string Aliases(int n) =>
        "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: stats {{ documents }} ")) + "}";

    static readonly Abuse[] Abuses =
    [
        new("a query nested 100 deep", () => Query(Nested(100)), "nested"),
        new("a query nested 20 deep", () => Query(Nested(4)), "nested"),
        new("10,000 aliases", () => Query(Aliases(10_000)), "larger"),
        new("9,000 aliases (under the body limit)", () => Query(Aliases(9_000)), "fields"),
        new("first: 2147483647", () => Query("{ documents(first: 2147483647) { edges { node { id } } } }"), "complex"),
        new("first: 99999999999 (past Int)", () => Query("{ documents(first: 99999999999) { edges { node { id } } } }"), null),
        new("first: -1", () => Query("{ documents(first: -1) { edges { node { id } } } }"), "first"),
        new("lineage maxDepth 1000000, first 1000000", () => Query("{ lineage(symbol: \"A/RES/75/180\", direction: DESCENDANTS, maxDepth: 1000000, first: 1000000) { nodes { depth } } }"), "complex"),
        new("a batch of 1,000 requests (JSON array)", () => Json("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ stats { documents } }"}""", 1000)) + "]"), "batch"),
        new("truncated JSON", () => Json("""{"query": "{ stats { documents } }" """), null),
        new("not JSON at all", () => Json("query { stats { documents } }"), null),
        new("query that is a number", () => Json("""{"query": 5}"""), null),
        new("variables nested 10,000 deep", () => Json("""{"query":"{ stats { documents } }","variables":""" + new string('[', 10_000) + new string(']', 10_000) + "}"), null),
        new("a 10 MB body", () => Json("""{"query":"{ stats { documents } }","x":" """ + new string('x', 10 * 1024 * 1024) + "\"}"), "larger"),
        new("a 10 MB body without a length (chunked)", () => new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"" + new string(' ', 10 * 1024 * 1024) + "\"}")))
            { Headers = { ContentType = new MediaTypeHeaderValue("application/json"), ContentLength = null } }, null),
        new("fragments that spread each other", () => Query("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), null),
        new("one directive repeated 5,000 times", () => Query("{ stats " + string.Concat(Enumerable.Repeat("@include(if: true) ", 5000)) + "{ documents } }"), "directives"),
        new("introspection walking the schema again from every type reference", () => Query("{ __schema { types { "
            + string.Concat(Enumerable.Repeat("fields { type { ", 4)) + "name" + new string('}', 8) + " } } }"), "complex"),
        new("an introspection query 100 levels of ofType deep", () => Query("{ __schema { types { " + string.Concat(Enumerable.Repeat("ofType { ", 100)) + "name" + new string('}', 100) + " } } }"), "nested"),
        new("extract on 5 MB of text", () => Query("{ extract(text: \"" + new string('a', 5 * 1024 * 1024) + "\") { references { target } } }"), null),
    ];

    public static TheoryData<string> AbuseNames => new(Abuses.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(AbuseNames))]
    public async Task An_abusive_request_is_refused_with_a_clear_error_while_normal_queries_are_served(string name)
    {
        var abuse = Abuses.Single(a => a.Name == name);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var normal = NormalQueriesAsync(stop.Token);

        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = abuse.Body() };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(HangGuard);
        HttpStatusCode status;
        string body;
        try
        {
            using var response = await server.Http.SendAsync(request, timeout.Token);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (HttpRequestException e) when (abuse.Body().Headers.ContentLength is null)
        {
            // Kestrel may cut a chunked upload it refuses before the client has finished sending: refused all the same.
            (status, body) = (HttpStatusCode.RequestEntityTooLarge, $$"""{"errors":[{"message":"connection closed: {{e.Message}}"}]}""");
        }
        var elapsed = clock.Elapsed;
        await stop.CancelAsync();
        var (served, failures) = await normal;

        Assert.True((int)status is >= 400 and < 500 || status == HttpStatusCode.OK, $"HTTP {(int)status}: {Short(body)}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.True(root.TryGetProperty("errors", out var errors), $"{name} was not refused: {Short(body)}");
        var message = errors[0].GetProperty("message").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("Error trying to resolve", message); // a refusal, not an exception inside a resolver
        if (abuse.Expect != null) Assert.Contains(abuse.Expect, message, StringComparison.OrdinalIgnoreCase);
        Assert.True(served > 0, "no normal query was answered meanwhile");
        Assert.Empty(failures);
        Report($"{name}: HTTP {(int)status} in {elapsed.TotalMilliseconds:0} ms: {Short(message)}; {served} normal queries answered meanwhile");
    }

    /// <summary>A client asking a normal question in a loop until stopped (at least once): how many answers, and any failures.</summary>
    async Task<(int Served, List<string> Failures)> NormalQueriesAsync(CancellationToken stop)
    {
        var (served, failures) = (0, new List<string>());
        do
        {
            try
            {
                var data = await server.QueryAsync("{ document(symbol: \"A/RES/75/180\") { id citations(first: 5) { edges { node { targetId } } } } }");
                if (data.GetProperty("document").GetProperty("id").GetString() == "A/RES/75/180") served++;
                else failures.Add("wrong answer");
            }
            catch (Exception e) when (e is not OperationCanceledException) { failures.Add(e.Message); }
        } while (!stop.IsCancellationRequested);
        return (served, failures);
    }

    static readonly string[] Injections =
    [
        "' OR '1'='1", "'); DROP TABLE node; --", "\" OR 1=1 --", "1; DELETE FROM version",
        "'}) MATCH (n) DETACH DELETE n //", "\"}) WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //", "$contentHash", "{id: 1}",
        "%", "_", "*", "\\", "\0", "../../../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://x}", "$(rm -rf /)",
        "A/RES/75/180\u0000", "\u202eA/RES/75/180", "𝔘𝔑 😀", new string('x', 100_000),
    ];

    [Fact]
    public async Task Injection_strings_in_every_string_argument_of_every_root_field_change_nothing()
    {
        const string Counts = "{ stats { documents ingestedDocuments versions citations } }";
        var before = await server.QueryAsync(Counts);
        var fields = await RootFieldsAsync();
        var (requests, refused) = (0, 0);
        foreach (var field in fields)
            foreach (var target in field.Args.Where(a => a.Type.Text || a.Type.InputFields.Count > 0))
                foreach (var injected in Injections)
                {
                    var args = string.Join(", ", field.Args.Select(a => a == target ? $"{a.Name}: {Literal(a.Type, injected)}" : Filler(a)).OfType<string>());
                    var query = $"{{ {field.Name}({args}){(field.Type.Leaf ? "" : " { __typename }")} }}";
                    var (status, body) = await server.PostAsync(query, accept: "application/json");
                    requests++;
                    Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{field.Name}({target.Name}: {Short(injected)}) gave HTTP {(int)status}: {Short(body)}");
                    if (JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors))
                    {
                        refused++;
                        Assert.False(errors[0].GetProperty("message").GetString()!.Contains("Error trying to resolve"), // bad input, not a failure inside
                            $"{field.Name}({target.Name}: {Short(JsonSerializer.Serialize(injected))}) failed inside: {Short(body)}");
                    }
                }
        Assert.Equal(before.ToString(), (await server.QueryAsync(Counts)).ToString());
        Assert.True(fields.Count >= 15 && requests > 300, $"only {fields.Count} root fields, {requests} requests");
        Report($"{requests} requests with injection strings ({Injections.Length} strings x every String/ID argument and input field of {fields.Count} root fields): "
            + $"{requests - refused} answered, {refused} refused with a clear error, none failed, the graph unchanged");
    }

    /// <summary>An argument's type as far as these tests care: text (String or ID), enum (first value), input object (its text fields), other leaf.</summary>
    sealed record ArgType(bool Required, bool Text, string? Scalar, string? EnumValue, IReadOnlyList<string> InputFields, bool Leaf);
    sealed record Arg(string Name, ArgType Type);
    sealed record RootField(string Name, IReadOnlyList<Arg> Args, ArgType Type);

    /// <summary>The root fields and their arguments, read from the running schema by introspection (one small query per named type).</summary>
    async Task<List<RootField>> RootFieldsAsync()
    {
        const string TypeRef = "type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
        var data = await server.QueryAsync($"{{ __schema {{ queryType {{ fields {{ name {TypeRef} args {{ name {TypeRef} }} }} }} }} }}");
        var named = new Dictionary<string, JsonElement>();
        async Task<ArgType> TypeOf(JsonElement type)
        {
            var required = type.GetProperty("kind").GetString() == "NON_NULL";
            var name = Named(type)!;
            if (!named.TryGetValue(name, out var t))
                named[name] = t = (await server.QueryAsync($"{{ __type(name: \"{name}\") {{ kind enumValues {{ name }} inputFields {{ name {TypeRef} }} }} }}")).GetProperty("__type");
            var kind = t.GetProperty("kind").GetString();
            var inputFields = kind == "INPUT_OBJECT"
                ? t.GetProperty("inputFields").EnumerateArray().Where(f => Named(f.GetProperty("type")) is "String" or "ID").Select(f => f.GetProperty("name").GetString()!).ToList()
                : [];
            return new ArgType(required, name is "String" or "ID", kind == "SCALAR" ? name : null,
                kind == "ENUM" ? t.GetProperty("enumValues")[0].GetProperty("name").GetString() : null, inputFields, kind is "SCALAR" or "ENUM");
        }
        var fields = new List<RootField>();
        foreach (var f in data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray())
        {
            var args = new List<Arg>();
            foreach (var a in f.GetProperty("args").EnumerateArray()) args.Add(new Arg(a.GetProperty("name").GetString()!, await TypeOf(a.GetProperty("type"))));
            fields.Add(new RootField(f.GetProperty("name").GetString()!, args, await TypeOf(f.GetProperty("type"))));
        }
        return fields;
    }

    static string? Named(JsonElement type) =>
        type.GetProperty("kind").GetString() is "NON_NULL" or "LIST" ? Named(type.GetProperty("ofType")) : type.GetProperty("name").GetString();

    /// <summary>The injected text as a GraphQL literal: a string, or an input object with it in every text field.</summary>
    static string Literal(ArgType type, string text) => type.Text
        ? JsonSerializer.Serialize(text)
        : "{ " + string.Join(", ", type.InputFields.Select(f => $"{f}: {JsonSerializer.Serialize(text)}")) + " }";

    /// <summary>A harmless value for a required argument that is not the one under test; null (left out) for optional ones.</summary>
    static string? Filler(Arg a) => !a.Type.Required ? null
        : $"{a.Name}: " + (a.Type.EnumValue ?? a.Type.Scalar switch { "Int" => "1", "Boolean" => "false", _ => "\"A/RES/75/180\"" });

    static string Short(string s) => s.Length > 300 ? s[..300] + "..." : s;
}
