using System.Diagnostics;
using Xunit;

namespace Geopolitics.Nlp.Testing;

/// <summary>
/// Runs Debian's Chromium headless on a local page, with the flags that keep it off this machine's closed network,
/// in a throw-away profile. Shared by the article-view and dashboard browser tests (linked into both projects).
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Runs Chromium with <paramref name="arguments"/> and returns what it printed.</summary>
    public static string Run(string arguments)
    {
        var profile = Directory.CreateTempSubdirectory("geonlp-chromium-").FullName;
        var info = new ProcessStartInfo(Path,
            "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " +
            $"--disable-component-update --disable-sync --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)), "Chromium did not finish in 90 s");
        Directory.Delete(profile, recursive: true);
        return output.Result;
    }
}
