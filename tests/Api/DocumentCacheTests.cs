using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UnCitationGraph.GraphApi.Api;

namespace UnCitationGraph.Tests.Api;

/// <summary>
/// The validated-document cache: a query sent again skips parsing and validation, yet every request is still priced with
/// its own variables, and a refused query is never kept. Each test sends a query text of its own (a distinct alias), so
/// what another test cached does not count here.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class DocumentCacheTests(SeedGraphServer server)
{
    ValidatedDocumentCache Cache => server.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_query_sent_again_comes_from_the_cache_and_answers_for_its_own_variables()
    {
        const string Query = "query($s: String!) { cachedLookup: document(symbol: $s) { id } }";
        Assert.False(Cache.Holds(Query));

        var first = await server.QueryAsync(Query, new { s = "A/RES/75/180" });
        Assert.True(Cache.Holds(Query));
        var second = await server.QueryAsync(Query, new { s = "A/HRC/RES/48/17" });

        Assert.Equal("A/RES/75/180", first.GetProperty("cachedLookup").GetProperty("id").GetString());
        Assert.Equal("A/HRC/RES/48/17", second.GetProperty("cachedLookup").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_cached_query_is_still_priced_with_the_variables_of_each_request()
    {
        const string Query = "query($n: Int) { pricedPage: documents(first: $n) { edges { node { id } } } }";
        await server.QueryAsync(Query, new { n = 2 });
        Assert.True(Cache.Holds(Query));

        var (status, body) = await server.PostAsync(Query, new { n = int.MaxValue });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("complex", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cached_query_still_checks_each_requests_variables()
    {
        const string Query = "query($s: String!) { checkedLookup: document(symbol: $s) { id } }";
        await server.QueryAsync(Query, new { s = "A/RES/75/180" });

        var (status, body) = await server.PostAsync(Query, new { s = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("$s", JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{ refusedUnknown: document(symbol: \"A/RES/75/180\") { noSuchField } }")]
    [InlineData("{ refusedDeep: document(symbol: \"A/RES/75/180\") { citations(first: 1) { edges { node { target { ... on Document { citations(first: 1) { edges { node { target { ... on Document { citations(first: 1) { edges { node { target { ... on Document { citations(first: 1) { edges { node { target { ... on Document { id } } } } } } } } } } } } } } } } } } } } } }")]
    public async Task A_refused_query_is_not_kept_and_is_refused_again(string query)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (status, body) = await server.PostAsync(query);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out _), body);
            Assert.False(Cache.Holds(query));
        }
    }
}
