using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using UnCitationGraph.GraphApi.Api.Http;

namespace UnCitationGraph.GraphApi.Pages;

/// <summary>
/// The browser pages: the GraphiQL playground at /graphql (for a browser asking for HTML), the explorer at /explore,
/// their assets under /assets (web/ in the build output, libraries from npm copied at build time) and /healthz.
/// </summary>
public static class PageEndpoints
{
    public const string AssetsPath = "/assets";

    static readonly Lazy<PhysicalFileProvider> Web = new(() => new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "web")));

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }

    /// <summary>GET /graphql from a browser (Accept: text/html, no query) gets the playground; API clients go on to the endpoint.</summary>
    public static WebApplication UsePlayground(this WebApplication app)
    {
        app.UseAssets();
        app.Use(async (http, next) =>
        {
            if (HttpMethods.IsGet(http.Request.Method)
                && http.Request.Path.Equals(GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase)
                && !http.Request.Query.ContainsKey("query")
                && PrefersHtml(http.Request.Headers.Accept))
            {
                await SendPageAsync(http, "playground.html");
                return;
            }
            await next(http);
        });
        return app;
    }

    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.UseAssets();
        app.MapGet("/explore", (HttpContext http) => SendPageAsync(http, "explore.html"));
        return app;
    }

    static void UseAssets(this WebApplication app)
    {
        const string marker = "pages:assets-mapped";
        var properties = ((IApplicationBuilder)app).Properties;
        if (properties.ContainsKey(marker)) return;
        properties[marker] = true;
        app.UseStaticFiles(new StaticFileOptions { FileProvider = Web.Value, RequestPath = AssetsPath });
    }

    static bool PrefersHtml(Microsoft.Extensions.Primitives.StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var types)
        && types.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (t.Quality ?? 1) > 0);

    static async Task SendPageAsync(HttpContext http, string file)
    {
        var info = Web.Value.GetFileInfo(file);
        if (!info.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"{file} is missing from the build output (web/).");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(info);
    }
}
