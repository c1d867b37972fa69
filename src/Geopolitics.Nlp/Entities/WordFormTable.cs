using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The <see cref="WordForm"/> of a token, looked up by its characters: a bounded, lock-free, two-way set-associative table
/// (a cache, as compilers keep their identifier tables), so that a word seen before costs no string and no feature work, and a
/// stream of new words evicts older ones instead of growing memory. A form is a pure function of its text and the
/// lexicon, so what the table holds never changes a result, only how fast it comes; racing writers at most compute a
/// form twice.
/// </summary>
internal sealed class WordFormTable
{
    private const int Bits = 15;

    /// <summary>
    /// Longer forms are computed but not kept: the table is for words, which repeat; long tokens (URLs, junk runs) rarely
    /// do and would only evict them.
    /// </summary>
    private const int MaxKeptLength = 40;

    private readonly WordForm?[] _slots = new WordForm?[1 << Bits];
    private readonly Gazetteer _gazetteer;
    private readonly EntityLexicon _lexicon;
    private readonly SpanLookup<int> _classLookup;

    public WordFormTable(Gazetteer gazetteer, EntityLexicon lexicon, IReadOnlyDictionary<string, int> classes)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _classLookup = new SpanLookup<int>(classes, ignoreCase: false);
    }

    /// <summary>The form of <paramref name="token"/>; its <see cref="WordForm.Text"/> is a shared string equal to the token.</summary>
    public WordForm Get(ReadOnlySpan<char> token) => Get(token, held: null);

    /// <summary>The form of a token already held as a string (training, tests): on a miss the string itself is kept.</summary>
    public WordForm Get(string token) => Get(token, held: token);

    /// <summary>The forms of a sentence's tokens, in order.</summary>
    public WordForm[] GetAll(IReadOnlyList<string> tokens)
    {
        var forms = new WordForm[tokens.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = Get(tokens[i]);
        }

        return forms;
    }

    private WordForm Get(ReadOnlySpan<char> token, string? held)
    {
        var hash = Fnv.Hash(token);
        if (token.Length > MaxKeptLength)
        {
            return Create(held ?? token.ToString(), hash);
        }

        // Two ways per set: the most recent form first. A direct-mapped table made two frequent words that share a slot
        // evict each other on every use; with two ways, one word's form is lost only when three compete for a set.
        var set = SetOf(hash);
        ref var first = ref _slots[set];
        ref var second = ref _slots[set + 1];
        var form = Volatile.Read(ref first);
        if (form is not null && token.SequenceEqual(form.Text))
        {
            return form;
        }

        var other = Volatile.Read(ref second);
        if (other is not null && token.SequenceEqual(other.Text))
        {
            return other;
        }

        var created = Create(held ?? token.ToString(), hash);
        Volatile.Write(ref second, form); // racing writers may lose or duplicate a form: either only costs a recomputation
        Volatile.Write(ref first, created);
        return created;
    }

    /// <summary>The first slot of the set a token with FNV hash <paramref name="hash"/> lives in (tests find rivals with it).</summary>
    internal static int SetOf(uint hash) => (int)((hash ^ (hash >> Bits)) & ((1 << Bits) - 2));

    private WordForm Create(string text, uint rawHash)
    {
        Span<char> lower = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        text.AsSpan().ToLowerInvariant(lower);
        var classes = _classLookup.TryGetValue(lower, out var c) ? (uint)c : 0x3FFFFFFFu;
        var flags = WordFlags.None;
        flags |= _lexicon.IsTitle(lower) ? WordFlags.Title : 0;
        flags |= _lexicon.IsEventHead(lower) ? WordFlags.EventHead : 0;
        flags |= _lexicon.IsLocationHead(lower) ? WordFlags.LocationHead : 0;
        flags |= lower.Contains('-') ? WordFlags.Hyphenated : 0;
        flags |= _gazetteer.MayStartName(text) ? WordFlags.NameStart : 0;
        var count = Math.Min(WordForm.MaxAffix, lower.Length);
        var affixes = count == 0 ? [] : new uint[count * 2];
        var prefix = Fnv.Offset;
        var suffix = Fnv.Offset;
        for (var k = 1; k <= count; k++)
        {
            prefix = Fnv.Add(prefix, lower[k - 1]);
            suffix = Fnv.Add(suffix, lower[^k]);
            affixes[k - 1] = prefix;
            affixes[count + k - 1] = suffix;
        }

        return new WordForm(text, rawHash, Fnv.Hash(lower), Fnv.Hash(WordShape.Of(text, stackalloc char[WordShape.MaxLength])), classes, flags, affixes);
    }
}
