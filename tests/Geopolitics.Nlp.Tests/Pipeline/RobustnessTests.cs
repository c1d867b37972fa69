using System.Diagnostics;
using System.Text;

namespace Geopolitics.Nlp.Tests.Pipeline;

/// <summary>Bad input gets a valid result with every offset inside the text, or a documented exception.</summary>
public sealed class RobustnessTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string> Inputs()
    {
        var random = new Random(20261124);
        var junk = new char[20_000];
        for (var i = 0; i < junk.Length; i++)
        {
            junk[i] = (char)random.Next(0, 0x10000);
        }

        return new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "whitespace", " \t\r\n\u00A0\u2028 " },
            { "lone surrogates", "Rusia \uD800 dan \uDC00 RDRK \uDBFF" },
            { "NUL and controls", "Rusia\0dan\u0001Korea\u001FUtara.\u007F" },
            { "HTML", "<html><body><p>Menurut <b>Lavrov</b>, &quot;kami siap&quot;.</p><script>alert(1)</script></body></html>" },
            { "no sentence punctuation", string.Join(' ', Enumerable.Repeat("kata tanpa tanda baca", 2000)) },
            { "random UTF-16", new string(junk) },
            { "only punctuation", new string('.', 5000) + new string('“', 100) },
            { "unbalanced quotes", "“Kami siap, ujar Lavrov. \"Lalu ia pergi. ”" },
        };
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bad_input_gives_a_result_with_offsets_inside_the_text(string name, string text)
    {
        var analysis = Analyzer.Analyze(text);
        Assert.NotNull(analysis);
        AssertOffsetsInside(analysis, text, name);
    }

    [Fact]
    public void Null_text_throws_ArgumentNullException() =>
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze(null!));

    [Fact]
    public void One_token_of_a_megabyte_is_one_token()
    {
        var text = new string('a', 1 << 20);
        var analysis = Analyzer.Analyze(text);
        var token = Assert.Single(analysis.Tokens);
        Assert.Equal(text.Length, token.End);
        Assert.Single(analysis.Sentences);
    }

    [Fact]
    public void Ten_megabytes_of_news_take_time_linear_in_their_length()
    {
        var seed = string.Join("\n\n", TestData.SeedIds.Select(TestData.SeedText));
        var small = Repeat(seed, 1 << 20);
        var large = Repeat(seed, 10 << 20);
        Analyzer.Analyze(small);

        // Best of two runs each, so a busy machine or a garbage collection does not decide the test.
        var smallTime = Min(Time(() => Analyzer.Analyze(small)), Time(() => Analyzer.Analyze(small)));
        var largeTime = Min(Time(() => Analyzer.Analyze(large)), Time(() => Analyzer.Analyze(large)));
        var analysis = Analyzer.Analyze(large);
        AssertOffsetsInside(analysis, large, "10 MB");

        // Ten times the text may take about ten times as long; a quadratic step would take about a hundred.
        Assert.True(largeTime.TotalMilliseconds < 35 * Math.Max(smallTime.TotalMilliseconds, 20),
            $"1 MB took {smallTime.TotalMilliseconds:0} ms, 10 MB took {largeTime.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Analyzer.Analyze("Lavrov tiba.", cancellationToken: cancellation.Token));
    }

    internal static void AssertOffsetsInside(ArticleAnalysis analysis, string text, string name)
    {
        var previousEnd = 0;
        foreach (var token in analysis.Tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"{name}: token {token.Start}..{token.End}");
            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]), $"{name}: token splits a surrogate pair");
            previousEnd = token.End;
        }

        foreach (var sentence in analysis.Sentences)
        {
            Assert.InRange(sentence.Start, 0, sentence.End);
            Assert.InRange(sentence.End, sentence.Start, text.Length);
        }

        foreach (var entity in analysis.Entities)
        {
            Assert.InRange(entity.Start, 0, entity.End);
            Assert.InRange(entity.End, entity.Start, text.Length);
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
        }

        foreach (var timex in analysis.Dates)
        {
            Assert.InRange(timex.Start, 0, timex.End);
            Assert.InRange(timex.End, timex.Start, text.Length);
            Assert.Equal(text[timex.Start..timex.End], timex.Text);
        }

        foreach (var claim in analysis.Claims)
        {
            foreach (var (start, end, part) in new[] { (claim.Cue.Start, claim.Cue.End, claim.Cue.Text), (claim.Speaker.Start, claim.Speaker.End, claim.Speaker.Text), (claim.Content.Start, claim.Content.End, claim.Content.Text) })
            {
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], part);
            }
        }
    }

    private static string Repeat(string seed, int length)
    {
        var builder = new StringBuilder(length + seed.Length);
        while (builder.Length < length)
        {
            builder.Append(seed).Append("\n\n");
        }

        return builder.ToString(0, length);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }
}
