namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Whether a sentence talks sport (<c>klub</c>, <c>laga</c>, <c>gol</c>): there a city's name before <c>City</c> or an
/// English head names a club (<c>Leicester City</c>, <c>Indonesia Super League</c>), not a place or an institution.
/// </summary>
internal static class SportSentences
{
    public static bool Is(SentenceWords tokens, EntityLexicon words)
    {
        foreach (var t in tokens)
        {
            if (t.Length > 1 && char.IsLower(t[0]) && words.IsSportContext(t))
            {
                return true;
            }
        }

        return false;
    }
}
