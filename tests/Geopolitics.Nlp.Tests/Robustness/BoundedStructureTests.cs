using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Robustness;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Robustness;

/// <summary>The documented bounds that keep adversarial text linear, and that they never touch ordinary text.</summary>
public sealed class BoundedStructureTests
{
    [Fact]
    public void Text_without_sentence_punctuation_is_cut_into_bounded_sentences_at_white_space()
    {
        var text = PathologicalText.Build("lower-words", 60_000);
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);

        Assert.True(sentences.Length > 10);
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        foreach (var s in sentences.Take(sentences.Length - 1))
        {
            Assert.InRange(s.TokenCount, 1, SentenceSplitter.SoftMaxTokens);
            Assert.InRange(s.End - s.Start, 1, SentenceSplitter.SoftMaxLength + 20); // the bound, then up to the next space
            Assert.True(char.IsWhiteSpace(text[s.End]), "a forced boundary falls at white space");
        }
    }

    [Fact]
    public void Glued_punctuation_is_cut_at_twice_the_bound()
    {
        var text = new string('(', 5_000);
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, 2 * SentenceSplitter.SoftMaxTokens));
    }

    [Fact]
    public void A_long_real_sentence_is_not_cut()
    {
        var clause = "Menteri Luar Negeri Sugiono mengatakan bahwa kerja sama kedua negara akan diperluas ke bidang energi, ";
        var text = string.Concat(Enumerable.Repeat(clause, 6)) + "dan hal itu disambut baik.";
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        Assert.Single(SentenceSplitter.Default.Split(text, tokens));
    }

    [Fact]
    public void Stray_closing_marks_give_quotations_that_never_overlap()
    {
        const string Text = "satu dua tiga” empat lima enam” tujuh delapan” sembilan";
        var quotes = QuoteFinder.Find(Text);
        Assert.Equal(3, quotes.Length);
        Assert.Equal(["satu dua tiga", "empat lima enam", "tujuh delapan"], quotes.Select(q => Text[q.ContentStart..q.ContentEnd]));
        for (var i = 1; i < quotes.Length; i++)
        {
            Assert.True(quotes[i].OuterStart >= quotes[i - 1].OuterEnd);
        }
    }

    [Fact]
    public void Many_distinct_people_keep_their_own_names_and_short_forms_resolve()
    {
        var names = Enumerable.Range(0, 300).Select(PathologicalText.DistinctName).ToList();
        var text = string.Concat(names.Select(n => $"Menurut Bapak {n}, situasi aman.\n")) +
                   $"Menurut {names[5].Split(' ')[1]}, harga naik.";
        var analysis = new ArticleAnalyzer().Analyze(text);
        var people = analysis.Entities.Where(e => e.Type == Geopolitics.Nlp.Entities.EntityType.Person).ToList();
        // Generated names differ by a syllable, so some merge as transliteration variants; most stay apart.
        Assert.Equal(301, people.Count);
        Assert.All(people, p => Assert.Contains(p.Canonical, names));
        var distinct = people.Select(p => p.Canonical).Distinct().Count();
        Assert.True(distinct > 60, $"{distinct} distinct people");
        Assert.EndsWith(" " + names[5].Split(' ')[1], people[^1].Canonical, StringComparison.Ordinal);
    }
}
