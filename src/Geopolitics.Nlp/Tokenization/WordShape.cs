namespace Geopolitics.Nlp.Tokenization;

/// <summary>What the word scanner saw inside a run of word characters and joiners.</summary>
internal struct WordShape
{
    public bool StartsWithDigit;
    public bool HasLetter;
    public bool HasInnerPeriod;
    public bool HasAt;

    /// <summary>The run is a number followed by <c>-an</c> (<c>1990-an</c>).</summary>
    public bool IsDecadeSuffix;
}
