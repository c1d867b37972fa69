using System.Diagnostics.Metrics;
using Geopolitics.Nlp;
using Geopolitics.Nlp.Pipeline;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the analyzer with a service collection, the way Microsoft.Extensions libraries register theirs.</summary>
public static class ArticleAnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="ArticleAnalyzer"/> as <see cref="IArticleAnalyzer"/> (and as itself),
    /// built from <see cref="IOptions{TOptions}"/> of <see cref="ArticleAnalyzerOptions"/> when first resolved, so that
    /// <c>services.Configure&lt;ArticleAnalyzerOptions&gt;(…)</c> and configuration binding made before or after this call
    /// apply. The options are validated when the host starts; with <see cref="ArticleAnalyzerOptions.WarmUpOnStart"/> the
    /// host warms the analyzer up before its other services start. Logs through the registered
    /// <see cref="ILoggerFactory"/> and creates its meter with the registered <see cref="IMeterFactory"/>, when present.
    /// Calling it again registers nothing more.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddArticleAnalyzer();
    /// builder.Services.Configure&lt;ArticleAnalyzerOptions&gt;(builder.Configuration.GetSection("GeoNlp"));
    /// </code>
    /// </example>
    public static IServiceCollection AddArticleAnalyzer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ArticleAnalyzerOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ArticleAnalyzerOptions>, ArticleAnalyzerOptionsValidator>());
        services.TryAddSingleton(static provider => new ArticleAnalyzer(
            provider.GetRequiredService<IOptions<ArticleAnalyzerOptions>>().Value,
            provider.GetService<ILoggerFactory>(),
            provider.GetService<IMeterFactory>()));
        services.TryAddSingleton<IArticleAnalyzer>(static provider => provider.GetRequiredService<ArticleAnalyzer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ArticleAnalyzerWarmUpService>());
        return services;
    }

    /// <summary>
    /// Registers the analyzer as <see cref="AddArticleAnalyzer(IServiceCollection)"/> does and configures its options
    /// (after any configuration registered earlier, as <c>services.Configure</c> does).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the analyzer's options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddArticleAnalyzer(o => o.WarmUpOnStart = true);
    /// </code>
    /// </example>
    public static IServiceCollection AddArticleAnalyzer(this IServiceCollection services, Action<ArticleAnalyzerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddArticleAnalyzer();
        services.Configure(configure);
        return services;
    }
}
