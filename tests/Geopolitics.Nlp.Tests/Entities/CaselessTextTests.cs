namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>Text without capitals (lower-cased corpora, some feeds) still gets entities from the caseless features.</summary>
public sealed class CaselessTextTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Lower_cased_news_still_yields_entities()
    {
        var analysis = Analyzer.Analyze("presiden joko widodo bertemu perdana menteri jepang di tokyo pada senin lalu untuk membahas perdagangan .");
        Assert.NotEmpty(analysis.Entities);
        Assert.Contains(analysis.Entities, e => e.Text == "tokyo" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
    }

    [Theory]
    [InlineData("Presiden Joko Widodo bertemu di Tokyo.", false)]
    [InlineData("presiden joko widodo bertemu di tokyo.", true)]
    [InlineData("ya", false)]
    public void A_document_is_caseless_only_when_almost_no_word_starts_with_a_capital(string text, bool expected)
    {
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        Assert.Equal(expected, Geopolitics.Nlp.Entities.EntityRecognizer.IsCaseless(text, tokens.AsSpan()));
    }
}
