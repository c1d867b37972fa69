namespace Geopolitics.Nlp.Tests.Pipeline;

/// <summary>
/// Random sequences of real news tokens, numbers, dates fragments and punctuation through the whole pipeline: every
/// stage must survive any order of its cues (a weekday without a date, a quote without an end, a title without a
/// name) with offsets inside the text.
/// </summary>
public sealed class WordSaladFuzzTests
{
    private static readonly string[] Extras =
    [
        "(", ")", "/", "3/9", "(3/9)", "3/9/2025", "31/2/2024", "/2024", "9/", "-", "–", "hingga", "sampai", "dari", "pukul",
        "09.23", "WIB", "Rabu", "Minggu", "lalu", "depan", "tahun", "bulan", "pekan", "ke-20", "abad", "1990-an", "2024",
        "“", "”", "\"", ":", ",", ".", "?", "menurut", "Menurut", "kata", "ujarnya", "mengatakan", "bahwa", "ia", "Bapak",
        "Presiden", "Menteri", "Luar", "Negeri", "PBB", "KTT", "Perang", "Dunia", "II", "Kim", "Jong-un", "Rusia-RDRK",
        "\n", "\n\n", "•", "lebih", "selama", "akhir", "awal", "pertengahan", "kemarin", "(18/5)", "Jum'at", "Sept.", "Tn.",
    ];

    [Fact]
    public void Random_sequences_of_news_tokens_never_break_a_stage()
    {
        var vocabulary = TestData.SeedIds.SelectMany(id => TestData.SeedText(id).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(Extras).Distinct(StringComparer.Ordinal).ToArray();
        var analyzer = new ArticleAnalyzer();
        var random = new Random(7);
        for (var round = 0; round < 400; round++)
        {
            var length = random.Next(1, 120);
            var words = new string[length];
            for (var i = 0; i < length; i++)
            {
                words[i] = random.Next(3) == 0 ? Extras[random.Next(Extras.Length)] : vocabulary[random.Next(vocabulary.Length)];
            }

            var separator = random.Next(4) == 0 ? string.Empty : " ";
            var text = string.Join(separator, words);
            var analysis = analyzer.Analyze(text, new AnalysisOptions { DocumentDate = random.Next(2) == 0 ? null : new DateOnly(2025, 9, 4) });
            RobustnessTests.AssertOffsetsInside(analysis, text, $"round {round}: {text}");
        }
    }
}
