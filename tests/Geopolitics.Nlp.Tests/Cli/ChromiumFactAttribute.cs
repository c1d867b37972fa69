namespace Geopolitics.Nlp.Tests.Cli;

/// <summary>
/// A test that needs Debian's headless Chromium. Where the browser is missing the test is reported as skipped, with
/// the reason, rather than passing without having run; on CI (<c>CI=true</c>, where <c>.ci/run</c> installs Chromium)
/// it is not skipped, so a missing browser fails it loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string Chromium = Geopolitics.Nlp.Testing.HeadlessChromium.Path;

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium) && !IsCi)
        {
            Skip = $"{Chromium} is not installed (apt-get install chromium); CI=true makes this a failure";
        }
    }

    /// <summary>Whether the run is on CI, where the browser must be present.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
