using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Geopolitics.Nlp.Tests.Pipeline;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddArticleAnalyzer_registers_one_shared_analyzer()
    {
        using var provider = new ServiceCollection().AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 3).BuildServiceProvider();
        var first = provider.GetRequiredService<IArticleAnalyzer>();
        Assert.Same(first, provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Same(first, provider.GetRequiredService<ArticleAnalyzer>());
        Assert.NotEmpty(first.Analyze("Lavrov tiba di Pyongyang.").Tokens);
    }

    [Fact]
    public void Registering_twice_registers_one_analyzer_one_validator_and_one_warm_up()
    {
        var services = new ServiceCollection().AddArticleAnalyzer().AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 2);
        Assert.Single(services, d => d.ServiceType == typeof(IArticleAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(ArticleAnalyzer));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ArticleAnalyzerOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(2, provider.GetRequiredService<IOptions<ArticleAnalyzerOptions>>().Value.MaxDegreeOfParallelism);
    }

    [Fact]
    public void Options_configured_after_registration_apply()
    {
        var services = new ServiceCollection().AddArticleAnalyzer();
        services.Configure<ArticleAnalyzerOptions>(o => o.MaxDegreeOfParallelism = 5);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(5, provider.GetRequiredService<IOptions<ArticleAnalyzerOptions>>().Value.MaxDegreeOfParallelism);
    }

    [Fact]
    public void A_parallelism_below_one_fails_validation_when_the_analyzer_is_resolved()
    {
        using var provider = new ServiceCollection().AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = 0).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IArticleAnalyzer>());
        Assert.Contains("MaxDegreeOfParallelism", error.Message);
    }

    [Fact]
    public void The_constructor_rejects_the_same_invalid_options() =>
        Assert.Throws<ArgumentException>("options", () => new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxDegreeOfParallelism = 0 }));
}
