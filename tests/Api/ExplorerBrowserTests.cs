using System.Text.Json;
using Microsoft.Playwright;
using UnCitationGraph.Tests.Support;

namespace UnCitationGraph.Tests.Api;

/// <summary>
/// The pages in a real headless Chromium (Debian's, installed by tests/setup.sh; never a downloaded browser)
/// against the real server on 127.0.0.1: what the explorer draws, an expansion by a click, a playground query.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class ExplorerBrowserTests(SeedGraphServer server) : IAsyncLifetime
{
    const string Chromium = "/usr/bin/chromium";
    IPlaywright? playwright;
    IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    async Task<IPage> OpenAsync(string path, Action<IPage>? beforeLoad = null)
    {
        Assert.SkipUnless(browser is not null, $"{Chromium} is not installed (tests/setup.sh installs Debian's chromium).");
        var page = await browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        // Everything the pages need comes from this server: no CDN, nothing outside loopback.
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).IsLoopback ? route.ContinueAsync() : route.AbortAsync());
        beforeLoad?.Invoke(page);
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return page;
    }

    [Fact]
    public async Task Explorer_draws_the_Charter_and_its_citers_and_expands_a_node_on_click()
    {
        var page = await OpenAsync("/explore");
        await page.WaitForSelectorAsync("body[data-state=ready]", new() { Timeout = 30_000 });

        var drawn = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().map(n => n.id())");
        Assert.Equal(["A/HRC/35/35", "A/HRC/RES/43/21", "A/HRC/RES/44/11", "A/HRC/RES/48/17", "A/RES/75/180", "instrument:un-charter"], drawn.Order());
        Assert.Contains("6 nodes", await page.InnerTextAsync("#status"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.getElementById('A/HRC/RES/48/17').hasClass('orphans')"),
            "48/17 has orphaned footnotes and should be marked");

        // A real mouse click on 75/180 where Cytoscape drew it: its citations join the graph.
        var at = await page.EvaluateAsync<JsonElement>("""
            () => { const p = window.explorer.cy.getElementById('A/RES/75/180').renderedPosition();
                    const r = document.getElementById('graph').getBoundingClientRect(); return { x: r.left + p.x, y: r.top + p.y }; }
            """);
        await page.Mouse.ClickAsync(at.GetProperty("x").GetSingle(), at.GetProperty("y").GetSingle());
        await page.WaitForFunctionAsync("() => window.explorer.cy.getElementById('A/RES/75/180').hasClass('expanded') && document.body.dataset.state === 'ready'",
            null, new() { Timeout = 30_000 });

        var citations = await server.QueryAsync("""{ neighbourhood(id: "A/RES/75/180", depth: 1, limit: 500) { nodes { node { id } } } }""");
        var expected = citations.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("node").GetProperty("id").GetString()!).ToHashSet();
        var after = (await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().map(n => n.id())")).ToHashSet();
        Assert.Superset(expected, after);
        Assert.True(after.Count > drawn.Length, $"expanding 75/180 drew nothing new ({after.Count} nodes)");
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.getElementById('A/RES/74/153').hasClass('unresolved')"),
            "A/RES/74/153 is cited but not ingested: it should be marked unresolved");

        // The screenshot goes with the test results; the README's picture (docs/explorer.png) is of the sample graph.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Paths.RepoRoot, "tests", "TestResults", "explorer-seeds.png") });
    }

    [Fact]
    public async Task Playground_runs_a_preloaded_query()
    {
        Task<IResponse>? introspection = null;
        var page = await OpenAsync("/graphql", p => introspection = p.WaitForResponseAsync(
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && r.Request.PostData?.Contains("__schema", StringComparison.Ordinal) == true,
            new() { Timeout = 30_000 }));
        await page.WaitForSelectorAsync(".graphiql-container", new() { Timeout = 30_000 });
        Assert.Contains("lineage(symbol", await page.InnerTextAsync(".graphiql-query-editor"));
        // GraphiQL reads the schema by introspection (its docs and completion need it); a refusal lands in the result pane.
        var schema = await (await introspection!).TextAsync();
        Assert.True(schema.StartsWith("{\"data\":{\"__schema\"", StringComparison.Ordinal), "GraphiQL's introspection query was answered: " + schema[..Math.Min(500, schema.Length)]);

        // Open the "Orphaned footnotes" tab and run it (a short answer: the editor draws only the lines in view).
        await page.Locator(".graphiql-tab").Nth(2).ClickAsync();
        var editor = page.Locator(".graphiql-query-editor .CodeMirror");
        await Assertions.Expect(editor).ToContainTextAsync("orphanedFootnotes");
        // Put the cursor in the query (GraphiQL picks the operation to run from it), then run it as a user would.
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        var result = page.Locator(".graphiql-response");
        try { await Assertions.Expect(result).ToContainTextAsync("marker-without-note", new() { Timeout = 30_000 }); }
        catch (PlaywrightException e)
        {
            Assert.Fail($"{e.Message.Split('\n')[0]}\nThe whole result pane:\n{await ResultPaneAsync(page)}");
        }
        Assert.Contains("A/HRC/RES/48/17", await ResultPaneAsync(page));
    }

    /// <summary>The result pane's whole text: its editor draws only the lines in view, so ask the editor, not the page.</summary>
    static Task<string> ResultPaneAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue() ?? document.querySelector('.graphiql-response')?.innerText ?? '(no result pane)'");

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
