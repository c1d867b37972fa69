using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Text;

/// <summary><see cref="Nominalization"/> tells ke-…-an and pe(r)-…-an nouns by their shape.</summary>
public sealed class NominalizationTests
{
    [Theory]
    [InlineData("keprihatinan", true)]
    [InlineData("Kepresidenan", true)]
    [InlineData("penolakan", true)]
    [InlineData("Persatuan", true)]
    [InlineData("pernyataan", true)]
    [InlineData("dengan", false)] // too short: a preposition
    [InlineData("sebagian", false)] // no ke-/pe-
    [InlineData("Pertiwi", false)] // no -an
    [InlineData("KePRESIDENan", false)] // capitals inside: an acronym-like form, not a word
    [InlineData("pemerintah", false)]
    public void A_ke_or_pe_an_noun_is_told_by_its_shape(string word, bool expected) =>
        Assert.Equal(expected, Nominalization.IsKeOrPeAn(word));
}
