using System.Net;
using System.Text;
using System.Text.Json;
using static UnCitationGraph.Tests.Support.TestRun;

namespace UnCitationGraph.Tests.Api;

/// <summary>GraphQL over HTTP: methods, media types, status codes, limits and errors that never leak internals.</summary>
[Collection(SeedGraphCollection.Name)]
public sealed class GraphQLHttpTests(SeedGraphServer server)
{
    const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Get_with_a_query_answers_in_the_accepted_media_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { ingestedDocuments } }"));
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        using var response = await server.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("data");
        Assert.Equal(6, data.GetProperty("stats").GetProperty("ingestedDocuments").GetInt64());
    }

    [Fact]
    public async Task Get_takes_variables_and_an_operation_name()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A($s: String!) { document(symbol: $s) { id } } query B { stats { documents } }")
                  + "&operationName=A&variables=" + Uri.EscapeDataString("""{"s":"A/HRC/RES/48/17"}""");
        var body = await server.Http.GetStringAsync(url, Ct);
        Assert.Equal("A/HRC/RES/48/17", JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("document").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_validation_error_is_400_in_graphql_response_json_and_200_in_application_json()
    {
        var (status, body) = await server.PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("noSuchField", body);
        Assert.False(JsonDocument.Parse(body).RootElement.TryGetProperty("data", out _));

        var (legacyStatus, legacyBody) = await server.PostAsync("{ noSuchField }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        Assert.Contains("noSuchField", legacyBody);
    }

    [Theory]
    [InlineData("text/plain", "{\"query\":\"{ stats { documents } }\"}", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json", "{\"query\": ", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "{\"variables\": {}}", HttpStatusCode.BadRequest)]
    [InlineData("application/json", "[{\"query\":\"{ stats { documents } }\"},{\"query\":\"{ stats { documents } }\"}]", HttpStatusCode.BadRequest)]
    public async Task Malformed_requests_get_a_4xx_with_a_JSON_error(string contentType, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new(contentType);
        using var response = await server.Http.PostAsync("/graphql", content, Ct);
        Assert.Equal(expected, response.StatusCode);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task A_client_accepting_neither_media_type_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ stats { documents } }"));
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await server.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var query = "{ stats { documents } }" + new string(' ', 1024 * 1024);
        var (status, body) = await server.PostAsync(query);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", body);
    }

    [Fact]
    public async Task An_over_deep_query_is_refused_with_a_clear_error()
    {
        // Citations of citations of citations ...: each level is four selections deep.
        var query = "{ document(symbol: \"A/RES/76/901\") { id }";
        var nested = "id";
        for (var i = 0; i < 6; i++) nested = $"citations {{ edges {{ node {{ target {{ ... on Document {{ {nested} }} }} }} }} }}";
        query = $"{{ document(symbol: \"A/RES/76/901\") {{ {nested} }} }}";
        var (status, body) = await server.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("nested", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("maximum allowed on this endpoint is 15", message);
    }

    [Theory]
    [InlineData("{ documents(first: 5000) { edges { cursor } } }", "'first' must be between 1 and 100")]
    [InlineData("{ lineage(symbol: \"A/RES/75/180\", direction: ANCESTORS, maxDepth: 50) { truncated } }", "'maxDepth' must be between 1 and 10")]
    [InlineData("{ neighbourhood(id: \"instrument:un-charter\", depth: 9) { truncated } }", "'depth' must be between 1 and 3")]
    public async Task Limits_on_arguments_answer_with_a_clear_error(string query, string expected)
    {
        var (status, body) = await server.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, status);   // executed: the error is a field error
        Assert.Contains(expected, JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_bad_cursor_says_what_is_wrong_and_no_stack_trace_leaks()
    {
        var (_, body) = await server.PostAsync("{ orphanedFootnotes(first: 2, after: \"not-a-cursor\") { edges { cursor } } }");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.Contains("cursor", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_follow_the_end_cursor_to_the_end()
    {
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var data = await server.QueryAsync("query ($after: String) { citers(target: \"instrument:un-charter\", first: 2, after: $after) { edges { node { node { id } } } pageInfo { hasNextPage endCursor } } }",
                new { after });
            var citers = data.GetProperty("citers");
            seen.AddRange(citers.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("node").GetProperty("id").GetString()!));
            if (!citers.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = citers.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(5, seen.Count);
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Health_playground_and_explorer_are_served()
    {
        Assert.Contains("ok", await server.Http.GetStringAsync("/healthz", Ct));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var playground = await server.Http.SendAsync(request, Ct);
        Assert.Contains("graphiql.min.js", await playground.Content.ReadAsStringAsync(Ct));
        Assert.Contains("cytoscape.min.js", await server.Http.GetStringAsync("/explore", Ct));
        using var library = await server.Http.GetAsync("/assets/lib/graphiql.min.js", Ct);
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
    }
}
