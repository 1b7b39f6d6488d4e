using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using UnCitationGraph.GraphApi.Api.Loading;

namespace UnCitationGraph.GraphApi.Api;

public static class GraphQLRegistration
{
    /// <summary>
    /// The schema, its executer with the limits of <see cref="ApiLimits"/> (section "Api"), and the per-request loader.
    /// Exception details reach clients only in Development.
    /// </summary>
    public static IServiceCollection AddCitationGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        // Limits are read when the schema's services are first used, so test hosts and --Api:X=Y options apply.
        services.Configure<ApiLimits>(configuration.GetSection("Api"));
        services.AddScoped<NodeBatchLoader>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocumentCache>());
        services.AddGraphQL(b =>
        {
            b.AddSchema<CitationSchema>()
                .AddGraphTypes(typeof(CitationSchema).Assembly)
                .AddSystemTextJson()
                // The complexity price reads the variables (first: $n): it runs on documents from the cache too.
                .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
                .ConfigureExecutionOptions(o =>
                {
                    o.Timeout = o.RequestServices!.GetRequiredService<IOptions<ApiLimits>>().Value.RequestTimeout;
                    o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                })
                .AddErrorInfoProvider((o, provider) => o.ExposeExceptionDetails = provider.GetRequiredService<IHostEnvironment>().IsDevelopment())
                .AddUnhandledExceptionHandler(ShowArgumentErrors);
            b.Services.Configure<ComplexityOptions>((o, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<ApiLimits>>().Value;
                o.MaxDepth = limits.MaxQueryDepth;
                o.MaxComplexity = limits.MaxComplexity;
                o.DefaultComplexityImpactDelegate = Security.IntrospectionCost.Around(o.DefaultComplexityImpactDelegate);
            });
        });
        return services;
    }

    // An invalid argument the store refuses (a cursor from elsewhere) is the client's mistake: say what it was.
    // Every other exception keeps GraphQL.NET's generic message, so nothing internal leaks.
    static void ShowArgumentErrors(UnhandledExceptionContext context)
    {
        if (context.OriginalException is ArgumentException argument)
            context.ErrorMessage = argument.Message;
    }
}
