namespace Geopolitics.Nlp.Claims;

/// <summary>What a reporting word does in a claim, as listed in <c>Resources/Claims/cues.tsv</c>.</summary>
internal enum CueRole
{
    /// <summary>Not a cue.</summary>
    None,

    /// <summary>A reporting verb with the speaker before it (<c>Lavrov mengatakan …</c>).</summary>
    Verb,

    /// <summary>A short form after a quote (<c>“…,” kata Lin Jian</c>, <c>ujarnya</c>).</summary>
    Short,

    /// <summary><c>menurut</c>: the source follows it.</summary>
    According,

    /// <summary>A passive reporting verb after the content (<c>…, demikian disampaikan oleh X</c>).</summary>
    Passive,
}
