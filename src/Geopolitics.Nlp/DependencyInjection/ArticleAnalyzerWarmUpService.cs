using Geopolitics.Nlp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Warms the analyzer up while the host starts, when <see cref="ArticleAnalyzerOptions.WarmUpOnStart"/> is set. It runs
/// in <see cref="IHostedLifecycleService.StartingAsync"/>, before any hosted service's <c>StartAsync</c> (a web server
/// included), so no request reaches a cold analyzer.
/// </summary>
internal sealed class ArticleAnalyzerWarmUpService(IOptions<ArticleAnalyzerOptions> options, IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.WarmUpOnStart)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Resolved here, not injected: without warm-up the analyzer stays unbuilt until first used.
            services.GetRequiredService<IArticleAnalyzer>().WarmUp();
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
