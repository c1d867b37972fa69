namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Another name of a place just named is a name of that place: <c>Kepulauan Spratly, yang oleh Beijing disebut
/// Nansha</c>, <c>Tiongkok menyebut Kepulauan Senkaku sebagai Diaoyu</c>. After a verb of naming (<c>disebut</c>,
/// <c>dinamai</c>, or <c>sebagai</c> after <c>menyebut</c> or <c>dikenal</c>), an unknown capitalized name takes the type of a LOCATION
/// named a few words before, where the tagger, which never saw the other language's name, reads a person or nothing.
/// The alias closes its phrase: a name that the clause goes on after is the passive's agent (<c>disebut Budi dalam …</c>).
/// </summary>
internal sealed class PlaceAliasPass(Gazetteer gazetteer) : SentencePass
{
    /// <summary>How many tokens back the place that the name renames may end.</summary>
    private const int Window = 8;

    /// <summary>The most words an alias may have.</summary>
    private const int MaxAliasWords = 3;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 2; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !AfterNamingVerb(tokens, k) || !PlaceBefore(sentence, k) || gazetteer.Match(tokens, k, out _) > 0)
            {
                continue;
            }

            var tagged = sentence.At(k);
            if (tagged is not null && (tagged.First != k || tagged.Entry is not null || tagged.Type is EntityType.Event or EntityType.Location))
            {
                continue;
            }

            var end = tagged?.End ?? k + 1;
            while (tagged is null && end < tokens.Count && end - k < MaxAliasWords && sentence.At(end) is null &&
                   (char.IsUpper(tokens[end][0]) ||
                    (AbbreviationMatch.IsParticle(tokens[end]) && end + 1 < tokens.Count && char.IsUpper(tokens[end + 1][0]))))
            {
                end++; // `Bajo de Masinloc`: a Spanish particle inside the name
            }

            // `yang disebut Budi dalam pidatonya`: a name that a clause goes on after is the passive's agent, no alias;
            // an alias closes its phrase (`disebut Nansha, diperebutkan`) or is coordinated with another (`disebut Ayungin
            // dan oleh China disebut Ren'ai Jiao`).
            if (end < tokens.Count && char.IsLetterOrDigit(tokens[end][0]) && tokens[end] is not ("dan" or "atau"))
            {
                continue;
            }

            sentence.Put(new Mention(k, end, EntityType.Location, null));
        }
    }

    private static bool AfterNamingVerb(SentenceWords tokens, int k)
    {
        if (tokens[k - 1] is "disebut" or "dinamai" or "dinamakan")
        {
            return true;
        }

        if (tokens[k - 1] != "sebagai")
        {
            return false;
        }

        for (var j = k - 2; j >= 0 && j >= k - Window; j--)
        {
            if (tokens[j] is "menyebut" or "menyebutnya" or "menamai" or "menamainya" or "dikenal")
            {
                return true;
            }
        }

        return false;
    }

    // A LOCATION ends within the window before the naming verb.
    private static bool PlaceBefore(SentenceMentions sentence, int k)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.Type == EntityType.Location && m.End < k && m.End >= k - Window)
            {
                return true;
            }
        }

        return false;
    }
}
