using System.Globalization;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Entities;

public sealed class WordFormTableTests
{
    // A table of its own: the shared one is used by tests running alongside, whose words could take a set's ways.
    private static WordFormTable Table()
    {
        var recognizer = EntityRecognizer.Default;
        return new WordFormTable(recognizer.Gazetteer, recognizer.Lexicon, recognizer.Tagger.Model.Clusters);
    }

    [Fact]
    public void A_repeated_word_gets_the_same_form()
    {
        var table = Table();
        var first = table.Get("Pyongyang".AsSpan());
        Assert.Same(first, table.Get("Pyongyang".AsSpan()));
        Assert.Equal("Pyongyang", first.Text);
    }

    [Fact]
    public void Two_words_sharing_a_set_both_keep_their_forms()
    {
        var rivals = Rivals(2);
        var (a, b) = (rivals[0], rivals[1]);
        var table = Table();
        var formA = table.Get(a.AsSpan());
        var formB = table.Get(b.AsSpan());

        Assert.Same(formA, table.Get(a.AsSpan()));
        Assert.Same(formB, table.Get(b.AsSpan()));
    }

    [Fact]
    public void A_third_word_in_a_set_evicts_the_one_kept_longest()
    {
        var rivals = Rivals(3);
        var (a, b, c) = (rivals[0], rivals[1], rivals[2]);
        var table = Table();
        var formA = table.Get(a.AsSpan());
        var formB = table.Get(b.AsSpan());
        var formC = table.Get(c.AsSpan()); // evicts a: a hit does not reorder the ways, so reads never write

        Assert.Same(formB, table.Get(b.AsSpan()));
        Assert.Same(formC, table.Get(c.AsSpan()));
        var again = table.Get(a.AsSpan());
        Assert.NotSame(formA, again);
        Assert.Equal(a, again.Text); // recomputed, the same word
    }

    // Made-up words (no test shares them) whose hashes fall in one set of the table.
    private static List<string> Rivals(int count)
    {
        var bySet = new Dictionary<int, List<string>>();
        for (var i = 0; ; i++)
        {
            var word = "Zq" + i.ToString(CultureInfo.InvariantCulture) + "x" + count.ToString(CultureInfo.InvariantCulture);
            var set = WordFormTable.SetOf(Fnv.Hash(word));
            if (!bySet.TryGetValue(set, out var words))
            {
                bySet[set] = words = [];
            }

            words.Add(word);
            if (words.Count == count)
            {
                return words;
            }
        }
    }
}
