namespace Geopolitics.Nlp.Tests;

/// <summary>The suite runs on the runtime of the framework it was built for, not rolled forward to a newer one.</summary>
public sealed class RuntimeTests
{
    [Fact]
    public void Tests_run_on_the_runtime_of_their_target_framework()
    {
#if NET10_0
        const int expected = 10;
#elif NET8_0
        const int expected = 8;
#endif
        Assert.Equal(expected, Environment.Version.Major);
    }
}
