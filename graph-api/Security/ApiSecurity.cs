using System.Text.Json;
using GraphQL.DI;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace UnCitationGraph.GraphApi.Security;

/// <summary>
/// What keeps the API safe to expose, in one place: the query budget, the keyed ingest endpoint (the API is read-only
/// without a key), CORS (off unless Cors:Origins lists origins), and a generic error for any unhandled exception
/// outside Development, so no stack trace or internal message reaches a client.
/// </summary>
public static class ApiSecurity
{
    const string CorsPolicy = "configured-origins";

    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueryBudgetLimits>(configuration.GetSection("Api"));
        services.AddSingleton<IConfigureExecution, QueryBudget>();
        services.Configure<IngestEndpointOptions>(configuration.GetSection("Ingest"));
        // Read when first used (not now), so a test host's or the command line's settings apply.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((o, config) =>
            o.AddPolicy(CorsPolicy, p => p.WithOrigins(Origins(config)).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept")));
        return services;
    }

    /// <summary>Cors:Origins, e.g. Cors__Origins__0=https://explorer.example.org; none by default.</summary>
    static string[] Origins(IConfiguration config) => config.GetSection("Cors:Origins").Get<string[]>() ?? [];

    /// <summary>Call first, before the endpoints are mapped.</summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(error => error.Run(async http =>
            {
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message = "Internal server error." } } }));
            }));
        if (Origins(app.Configuration).Length > 0)
            app.UseCors(CorsPolicy);
        var ingest = app.Services.GetRequiredService<IOptions<IngestEndpointOptions>>().Value;
        if (ingest.ApiKey is { Length: > 0 } && !ingest.Enabled)
            app.Logger.LogError("Ingest:ApiKey is shorter than {Length} characters: POST /ingest stays disabled.", IngestEndpointOptions.MinimumKeyLength);
        app.MapIngest();
        return app;
    }
}
