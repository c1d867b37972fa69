using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

/// <summary>
/// What the date tables by form (<see cref="BylineAndNumeralFormTests"/>, <see cref="SetAndDurationFormTests"/>,
/// <see cref="DeicticAndAnchorFormTests"/>, <see cref="MonthAndYearFormTests"/>, <see cref="NotADateTests"/>) do not
/// show as rows: set fields, the weekday flag in JSON, names given by the caller and sentence bounds.
/// </summary>
public class NewsDateFormTests
{
    private static readonly ArticleAnalyzer Analyzer = NewsDates.Analyzer;

    private static IReadOnlyList<TemporalExpression> Dates(string text) => NewsDates.Of(text);

    [Fact]
    public void Sets_are_typed_SET_without_calendar_days()
    {
        var set = Assert.Single(Dates("Latihan digelar setiap hari."));
        Assert.Equal(TimexType.Set, set.Type);
        Assert.Null(set.FirstDay);
        Assert.Null(set.LastDay);
    }

    [Fact]
    public void A_date_mismatching_its_weekday_is_flagged_in_json_and_a_fitting_one_leaves_the_field_out()
    {
        var json = Geopolitics.Nlp.Serialization.GeoNlpJson.Serialize(Analyzer.Analyze("Mereka bertemu Rabu (4/9/2025) dan Rabu (3/9/2025).", new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) }));
        Assert.Equal(1, json.Split("weekdayMismatch").Length - 1);
        Assert.Contains("\"weekdayMismatch\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_with_a_capitalized_unit_inside_a_name_the_caller_gives_is_part_of_the_name()
    {
        const string text = "Operasi 100 Hari dimulai selama 100 Hari.";
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        Geopolitics.Nlp.Sentences.Sentence[] sentence = [new(0, text.Length, 0, tokens.Length)];
        var alone = TemporalTagger.Default.Tag(text, tokens.AsSpan(), sentence, new DateOnly(2025, 9, 4), []);
        Assert.Equal(["100 Hari", "100 Hari"], alone.Dates.Select(d => d.Text));

        // Given `Operasi 100 Hari` as a name, its count is a word of it; the same words outside the name stay a length.
        var named = TemporalTagger.Default.Tag(text, tokens.AsSpan(), sentence, new DateOnly(2025, 9, 4), [new Geopolitics.Nlp.Text.TextSpan(0, 16)]);
        Assert.Equal("P100D", Assert.Single(named.Dates).Value);
        Assert.Equal(32, named.Dates[0].Start);
    }

    [Fact]
    public void The_component_keeps_patterns_inside_the_sentences_it_is_given()
    {
        const string text = "Ia tiba 3 September 2025 10:00 WIB";
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        var whole = TemporalTagger.Default.Tag(text, tokens.AsSpan(), [new Geopolitics.Nlp.Sentences.Sentence(0, text.Length, 0, tokens.Length)], new DateOnly(2025, 9, 4), []);
        Assert.Equal("3 September 2025 10:00 WIB", Assert.Single(whole.Dates).Text);

        // The same tokens split before the clock: the date cannot take it, and the clock alone keeps the date's day.
        var split = TemporalTagger.Default.Tag(text, tokens.AsSpan(), [new Geopolitics.Nlp.Sentences.Sentence(0, 24, 0, 5), new Geopolitics.Nlp.Sentences.Sentence(25, text.Length, 5, tokens.Length - 5)], new DateOnly(2025, 9, 4), []);
        Assert.Equal(["3 September 2025", "10:00 WIB"], split.Dates.Select(d => d.Text));
        Assert.Equal("2025-09-03T10:00+07:00", split.Dates[1].Value);
    }
}
