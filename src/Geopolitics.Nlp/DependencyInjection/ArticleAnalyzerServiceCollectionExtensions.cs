using Geopolitics.Nlp;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the analyzer with a service collection.</summary>
public static class ArticleAnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared, thread-safe <see cref="ArticleAnalyzer"/> as <see cref="IArticleAnalyzer"/> (and as itself).
    /// Models load once, on first use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the analyzer's options, e.g. from configuration; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 4);
    /// </code>
    /// </example>
    public static IServiceCollection AddArticleAnalyzer(this IServiceCollection services, Action<ArticleAnalyzerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ArticleAnalyzerOptions();
        configure?.Invoke(options);
        if (options.MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), options.MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be at least 1.");
        }

        var analyzer = new ArticleAnalyzer(options);
        services.Add(ServiceDescriptor.Singleton(analyzer));
        services.Add(ServiceDescriptor.Singleton<IArticleAnalyzer>(analyzer));
        return services;
    }
}
