namespace Geopolitics.Nlp.Entities;

/// <summary>
/// One distinct word form as the tagger's features read it, computed once and shared by every token written that way:
/// the form itself (so that a token costs no new string), hashes of its lower-case form, its form as written, its
/// shape, prefixes and suffixes, its word classes and its head-word flags.
/// </summary>
internal sealed class WordForm
{
    /// <summary>Affixes hashed per form: prefixes and suffixes of one to this many letters.</summary>
    public const int MaxAffix = 4;

    private readonly uint[] _affixes;
    private FormScores? _cased;
    private FormScores? _caseless;

    public WordForm(string text, uint rawHash, uint wordHash, uint shapeHash, uint classes, WordFlags flags, uint[] affixes)
    {
        Text = text;
        RawHash = rawHash;
        WordHash = wordHash;
        ShapeHash = shapeHash;
        Classes = classes;
        Flags = flags;
        _affixes = affixes;
    }

    /// <summary>The form as written.</summary>
    public string Text { get; }

    /// <summary>FNV-1a of the form as written.</summary>
    public uint RawHash { get; }

    /// <summary>FNV-1a of the lower-case form.</summary>
    public uint WordHash { get; }

    /// <summary>FNV-1a of the short shape (<c>Xx</c>, <c>X-Xx</c>, <c>d</c>).</summary>
    public uint ShapeHash { get; }

    /// <summary>Word classes packed 10 bits per granularity (middle, coarse, fine); 0x3FFFFFFF when the word has none.</summary>
    public uint Classes { get; }

    public WordFlags Flags { get; }

    /// <summary>Number of prefixes (and of suffixes) hashed: the form's length, at most <see cref="MaxAffix"/>.</summary>
    public int AffixCount => _affixes.Length / 2;

    /// <summary>FNV-1a of the first <paramref name="length"/> lower-case letters.</summary>
    public uint Prefix(int length) => _affixes[length - 1];

    /// <summary>FNV-1a of the last <paramref name="length"/> lower-case letters, read from the end.</summary>
    public uint Suffix(int length) => _affixes[AffixCount + length - 1];

    public bool Has(WordFlags flag) => (Flags & flag) != 0;

    /// <summary>The tagger's scores of this form's own features, if a tagger kept them (see <see cref="EntityTagger"/>).</summary>
    public FormScores? Scores(bool caseless) => Volatile.Read(ref caseless ? ref _caseless : ref _cased);

    /// <summary>Keeps a tagger's scores of this form's own features; a racing tagger computes the same values.</summary>
    public void Keep(bool caseless, FormScores scores) => Volatile.Write(ref caseless ? ref _caseless : ref _cased, scores);
}

/// <summary>A model's summed emission weights, one per label, for the features of one word form alone.</summary>
internal sealed record FormScores(PerceptronModel Model, float[] Values);

/// <summary>What the entity lexicon says of a word form, as the tagger's features read it.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,

    /// <summary>A title or honorific (<c>menteri</c>).</summary>
    Title = 1,

    /// <summary>A word that opens a named event (<c>perang</c>).</summary>
    EventHead = 2,

    /// <summary>A first word of a place without a government (<c>laut</c>).</summary>
    LocationHead = 4,

    /// <summary>The form holds a hyphen (<c>Thomas-Greenfield</c>, <c>ke-43</c>).</summary>
    Hyphenated = 8,

    /// <summary>A gazetteer name may start with this form (see <see cref="Gazetteer.MayStartName"/>).</summary>
    NameStart = 16,
}
