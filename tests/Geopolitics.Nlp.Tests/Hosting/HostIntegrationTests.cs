using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Geopolitics.Nlp.Tests.Hosting;

/// <summary>The analyzer in a real generic host, registered and configured as a service would.</summary>
public sealed class HostIntegrationTests
{
    private static HostApplicationBuilder NewBuilder(ListLoggerProvider? logs = null)
    {
        // No defaults: the test must not read appsettings.json or environment variables of the machine it runs on.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        return builder;
    }

    [Fact]
    public void Options_bind_from_in_memory_configuration()
    {
        var builder = NewBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GeoNlp:MaxDegreeOfParallelism"] = "3",
            ["GeoNlp:WarmUpOnStart"] = "true",
        });
        builder.Services.AddArticleAnalyzer();
        builder.Services.Configure<ArticleAnalyzerOptions>(builder.Configuration.GetSection("GeoNlp"));
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<ArticleAnalyzerOptions>>().Value;
        Assert.Equal(3, options.MaxDegreeOfParallelism);
        Assert.True(options.WarmUpOnStart);
    }

    [Fact]
    public void Options_bind_from_a_json_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geonlp-appsettings-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "GeoNlp": { "MaxDegreeOfParallelism": 4, "WarmUpOnStart": false } }""");
        try
        {
            var builder = NewBuilder();
            builder.Configuration.AddJsonFile(path, optional: false);
            builder.Services.AddOptions<ArticleAnalyzerOptions>().BindConfiguration("GeoNlp");
            builder.Services.AddArticleAnalyzer();
            using var host = builder.Build();

            Assert.Equal(4, host.Services.GetRequiredService<IOptions<ArticleAnalyzerOptions>>().Value.MaxDegreeOfParallelism);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Registering_twice_gives_one_analyzer_and_one_warm_up()
    {
        var builder = NewBuilder();
        builder.Services.AddArticleAnalyzer();
        builder.Services.AddArticleAnalyzer(o => o.WarmUpOnStart = true);
        using var host = builder.Build();

        Assert.Single(host.Services.GetServices<IArticleAnalyzer>());
        Assert.Same(host.Services.GetRequiredService<IArticleAnalyzer>(), host.Services.GetRequiredService<ArticleAnalyzer>());
        Assert.Single(host.Services.GetServices<IHostedService>());
    }

    [Fact]
    public async Task Invalid_options_fail_the_host_at_start()
    {
        var builder = NewBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GeoNlp:MaxDegreeOfParallelism"] = "0" });
        builder.Services.AddArticleAnalyzer();
        builder.Services.Configure<ArticleAnalyzerOptions>(builder.Configuration.GetSection("GeoNlp"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("MaxDegreeOfParallelism", error.Message);
    }

    [Fact]
    public async Task Warm_up_runs_at_start_before_other_hosted_services()
    {
        var logs = new ListLoggerProvider();
        var builder = NewBuilder(logs);
        builder.Services.AddArticleAnalyzer(o => o.WarmUpOnStart = true);
        var probe = new StartProbe(logs);
        builder.Services.AddSingleton<IHostedService>(probe);
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            Assert.True(probe.WarmedUpBeforeStart);
            Assert.Contains(logs.Entries, e => e.EventName == "ModelsLoaded" && e.Category == "Geopolitics.Nlp.ArticleAnalyzer");
            var warm = Assert.Single(logs.Entries, e => e.EventName == "WarmedUp");
            Assert.Equal(LogLevel.Information, warm.Level);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Without_warm_up_the_host_starts_without_building_the_analyzer()
    {
        var logs = new ListLoggerProvider();
        var builder = NewBuilder(logs);
        builder.Services.AddArticleAnalyzer();
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
        Assert.DoesNotContain(logs.Entries, e => e.EventName is "WarmedUp" or "ModelsLoaded");
    }

    private sealed class StartProbe(ListLoggerProvider logs) : IHostedService
    {
        public bool WarmedUpBeforeStart { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            WarmedUpBeforeStart = logs.Entries.Any(e => e.EventName == "WarmedUp");
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
