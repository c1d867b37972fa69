namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The full extent of a place name (ANNOTATION.md: <c>Kota X</c> and compass parts stay in the span): <c>Kota</c>
/// before a city (not after <c>Ibu</c>: <c>Ibu Kota Afghanistan</c> is the capital of Afghanistan; nor after
/// <c>Wali</c>: <c>Wali Kota Kyiv</c> is a title and a city) and a compass word
/// after a place join it (<c>Kota Meksiko</c>, <c>Jakarta Pusat</c>; a country's part,
/// <c>Indonesia Timur</c>, is a region, LOCATION); and an unknown capitalized word between a locative preposition and
/// <c>, Country</c> is a city (<c>dari Sanya, China</c>).
/// </summary>
internal sealed class PlaceExtentPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    /// <summary>Compass words that extend a place's name (<c>Jakarta Pusat</c>, <c>Sulawesi Tenggara</c>, <c>Papua Barat Daya</c>).</summary>
    internal static readonly string[] Compass = ["Utara", "Selatan", "Barat", "Timur", "Tengah", "Pusat", "Tenggara", "Laut", "Daya"];
    internal static readonly string[] Locatives = ["di", "dari", "ke", "kota", "menuju", "asal"];

    private static bool IsWord(string token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        if (sentence.Mentions.Count == 0)
        {
            return;
        }

        JoinPlaceHeads(sentence);
        JoinStateHead(sentence);
        using var snapshot = new MentionSnapshot(sentence.Mentions);
        foreach (var m in snapshot.Mentions)
        {
            if (m.Type is not EntityType.Gpe)
            {
                continue;
            }

            // `Ibu Kota X` is "the capital, X" and `Wali Kota X` its mayor: the common noun and the title stay outside.
            if (m.First > 0 && tokens[m.First - 1] == "Kota" && sentence.At(m.First - 1) is null &&
                !(m.First > 1 && (IsWord(tokens[m.First - 2], "Ibu") || IsWord(tokens[m.First - 2], "Wali"))))
            {
                m.First--;
            }
            else if (m.End - m.First > 1 && tokens[m.First] == "Kota" && m.First > 0 && IsWord(tokens[m.First - 1], "Wali"))
            {
                m.First++; // tagged `Kota Kyiv` in `Wali Kota Kyiv`
                m.Entry = gazetteer.Match(tokens, m.First, out var city) == m.End - m.First ? city : null;
            }

            var end = m.End;
            while (end < tokens.Count && end - m.End < 2 && Compass.Contains(tokens[end]) && sentence.At(end) is null)
            {
                end++;
            }

            if (end > m.End && (m.First == 0 || !words.IsLocationHead(tokens[m.First - 1])))
            {
                if (m.Entry is { } entry && gazetteer.IsCountry(entry))
                {
                    m.Type = EntityType.Location;
                }

                m.End = end;
                m.Entry = null;
            }
            else if (IsCountryPart(tokens, m))
            {
                // Tagged whole by the tagger (Indonesia Timur): the same region as when the pass joins it above.
                m.Type = EntityType.Location;
                m.Entry = null;
            }
        }

        JoinHyphenatedRegions(sentence);
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k + 1] != "," || !Locatives.Contains(tokens[k - 1]) || !IsUnknownName(sentence, k) ||
                sentence.At(k + 2) is not { Type: EntityType.Gpe, Entry: { } country } || !gazetteer.IsCountry(country))
            {
                continue;
            }

            sentence.RemoveCovering(k);
            sentence.Insert(new Mention(k, k + 1, EntityType.Gpe, null));
        }
    }

    /// <summary>
    /// <c>ibu kota Negara Bagian Darfur Utara</c>: the tagger may read the state's head words as a place of their own and
    /// the name after them as another; <c>Negara Bagian</c> is part of the state's name, as when it is tagged whole.
    /// </summary>
    private static void JoinStateHead(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var head = mentions[i];
            var name = mentions[i + 1];
            if (head.Length == 2 && tokens[head.First] == "Negara" && tokens[head.First + 1] == "Bagian" && name.First == head.End &&
                name.Type is EntityType.Gpe or EntityType.Location or EntityType.Person)
            {
                (head.End, head.Type, head.Entry) = (name.End, EntityType.Gpe, null);
                mentions.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>
    /// <c>Beting | Second Thomas</c>, <c>di Selat | Hormuz</c>: the tagger left out a place's capitalized head (most often
    /// as a sentence's first word) and read the rest as a person or an unknown place; the head opens the name, a
    /// LOCATION. Only where the head itself opens the phrase (a sentence's first word, or after no capitalized word):
    /// after a title (<c>Komandan Pangkalan | Budi</c>) the head is the title's.
    /// </summary>
    private void JoinPlaceHeads(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            var head = m.First - 1;
            if (head < 0 || m.Entry is not null || m.Type is not (EntityType.Person or EntityType.Gpe) ||
                !TaggedSpanPass.IsPlaceHead(tokens[head], words, gazetteer) || sentence.At(head) is not null ||
                (head > 0 && NameShape.IsCapitalized(tokens[head - 1])))
            {
                continue;
            }

            (m.First, m.Type) = (head, EntityType.Location);
        }
    }

    /// <summary>
    /// <c>kawasan Eropa-Atlantik</c>, <c>Asia-Pasifik</c>: a region joined by a hyphen to a region or ocean is one region
    /// (ANNOTATION.md: hyphenated names stay whole); two countries so joined (<c>Rusia-RDRK</c>) stay two.
    /// </summary>
    private void JoinHyphenatedRegions(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            var k = m.End;
            if (m.Type != EntityType.Location || k + 1 >= tokens.Count || tokens[k] != "-" ||
                sentence.Bounds[k - 1].End != sentence.Bounds[k].Start || sentence.Bounds[k].End != sentence.Bounds[k + 1].Start)
            {
                continue;
            }

            var next = sentence.At(k + 1);
            var end = next is { Type: EntityType.Location } && next.First == k + 1 ? next.End
                : next is null && words.IsLocationHead(tokens[k + 1]) && char.IsUpper(tokens[k + 1][0]) ? k + 2 : -1;
            if (end < 0)
            {
                continue;
            }

            if (next is not null)
            {
                sentence.Mentions.Remove(next);
            }

            m.End = end;
            m.Entry = null;
        }
    }

    private bool IsCountryPart(SentenceWords tokens, Mention m) =>
        m.End - m.First >= 2 && Compass.Contains(tokens[m.End - 1]) &&
        gazetteer.Match(tokens, m.First, out var entry) == m.End - m.First - 1 && gazetteer.IsCountry(entry);

    private bool IsUnknownName(SentenceMentions sentence, int k)
    {
        var token = sentence.Tokens[k];
        if (token.Length < 3 || !char.IsUpper(token[0]) || words.IsTitle(token) || gazetteer.Match(sentence.Tokens, k, out _) > 0)
        {
            return false;
        }

        var mention = sentence.At(k);
        return mention is null || (mention.Length == 1 && mention.Entry is null);
    }
}
