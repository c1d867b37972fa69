namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// On sport pages a role is followed by the club and the person without a comma (<c>pelatih Persib Bojan Hodak</c>,
/// <c>pemain Barcelona Lamine Yamal</c>, <c>manajer Man City Pep Guardiola</c>), and the tagger reads the club and the
/// name as one span, or the club and the first name with the surname left out. After a role word, a span that begins
/// with a club is cut where the club ends: an Indonesian club's name (<c>Persib</c>, <c>PSM</c>), with its town; a club
/// prefix and its place (<c>Real Madrid</c>, <c>Man City</c>) or a name and its club suffix (<c>Bali United</c>,
/// <c>Arema FC</c>); or a word the article names as an organization elsewhere. A country keeps its type
/// (<c>pelatih Jepang Hajime Moriyasu</c>: the national team is the GPE). The person is the one to three name words
/// after the club (surname particles included), followed by nothing that could still be part of a name.
/// </summary>
internal sealed class ClubRoleHolderPass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    /// <summary>The longest holder's name, in capitalized words.</summary>
    private const int LongestName = 3;

    public void Run(EntityDocument document)
    {
        HashSet<string>? organizations = null;
        foreach (var sentence in document.Sentences)
        {
            var mentions = sentence.Mentions;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.First == 0 || !IsRole(sentence.Tokens[m.First - 1]))
                {
                    continue;
                }

                if (m.Type == EntityType.Gpe && m.Entry is not null)
                {
                    if (words.IsTitle(sentence.Tokens[m.First - 1]))
                    {
                        continue; // Presiden Prancis Emmanuel Macron: the titles' own rules have it
                    }

                    // pelatih timnas Indonesia Patrick Kluivert: the country's team, then its coach, left untagged.
                    var after = UntaggedNameEnd(sentence, m.End);
                    if (after > m.End && IsHolderName(sentence.Tokens, m.End, after))
                    {
                        mentions.Insert(i + 1, new Mention(m.End, after, EntityType.Person, null));
                        i++;
                    }

                    continue;
                }

                if (m.Entry is not null || m.Type is not (EntityType.Organization or EntityType.Person))
                {
                    continue;
                }

                organizations ??= OrganizationWords(document);
                var end = NameEnd(sentence, m);
                var club = ClubEnd(sentence, m.First, end, organizations);
                if (club <= m.First || !IsHolderName(sentence.Tokens, club, end))
                {
                    continue;
                }

                var country = gazetteer.Match(sentence.Tokens, m.First, out var place) == club - m.First && place.Type == EntityType.Gpe &&
                              gazetteer.IsCountry(place);
                for (var k = m.End; k < end; k++)
                {
                    sentence.RemoveCovering(k);
                }

                m.End = club;
                m.Type = country ? EntityType.Gpe : EntityType.Organization;
                m.Entry = country ? place : null;
                i = mentions.IndexOf(m);
                mentions.Insert(i + 1, new Mention(club, end, EntityType.Person, null));
                i++;
            }
        }
    }

    private bool IsRole(string token) => words.IsPersonCue(token) || words.IsTitle(token) || token is "timnas" or "Timnas";

    /// <summary>
    /// Where the span's name ends: its end, past the name words the tagger left out right after it (<c>Hodak</c>), or
    /// past a place the tagger guessed for them (<c>Bali United</c> | <c>Irfan Jaya</c> read as a place).
    /// </summary>
    private int NameEnd(SentenceMentions sentence, Mention m)
    {
        if (sentence.At(m.End) is { Entry: null, Type: EntityType.Gpe or EntityType.Location } guessed && guessed.First == m.End)
        {
            return guessed.End;
        }

        return UntaggedNameEnd(sentence, m.End);
    }

    /// <summary>Past up to two name words from <paramref name="start"/> that no mention holds.</summary>
    private int UntaggedNameEnd(SentenceMentions sentence, int start)
    {
        var end = start;
        while (end < sentence.Count && end - start < 2 && sentence.At(end) is null && IsNameWord(sentence.Tokens[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>One past the club at the start of [<paramref name="first"/>, <paramref name="end"/>), or <paramref name="first"/>.</summary>
    private int ClubEnd(SentenceMentions sentence, int first, int end, HashSet<string> organizations)
    {
        var tokens = sentence.Tokens;
        var word = tokens[first];
        if (ClubNamePass.IsIndonesianClub(word))
        {
            // Persib Bandung: the town belongs to the club.
            return first + 1 < end && gazetteer.Match(tokens, first + 1, out var town) == 1 && town.Type == EntityType.Gpe ? first + 2 : first + 1;
        }

        if (first + 2 < end && char.IsUpper(word[0]) && (words.IsClubPrefix(word) || words.IsClubSuffix(tokens[first + 1])))
        {
            return first + 2; // Real Madrid, Man City, Bali United, Arema FC
        }

        if (organizations.Contains(word))
        {
            return first + 1;
        }

        var length = gazetteer.Match(tokens, first, out var entry);
        return length > 0 && first + length < end && entry.Type == EntityType.Gpe ? first + length : first;
    }

    /// <summary>One to three name words (particles between them) that end the span, and no name word right after.</summary>
    private bool IsHolderName(SentenceWords tokens, int first, int end)
    {
        var names = 0;
        for (var k = first; k < end; k++)
        {
            if (IsNameWord(tokens[k]))
            {
                names++;
            }
            else if (k == first || k == end - 1 || !NameParticlePass.IsParticle(tokens[k]))
            {
                return false;
            }
        }

        return names is >= 1 and <= LongestName && (end >= tokens.Count || !IsNameWord(tokens[end]));
    }

    /// <summary>A capitalized word with lower-case letters that is no head, suffix, title, verb or place head.</summary>
    private bool IsNameWord(string token) =>
        token.Length >= 2 && char.IsUpper(token[0]) && token.AsSpan(1).ContainsAnyInRange('a', 'z') &&
        !words.IsOrganizationHead(token) && !words.IsOrganizationSuffix(token) && !words.IsTitle(token) && !words.IsVerb(token) &&
        !words.IsLocationHead(token) && !words.IsEventHead(token) && !words.IsClubSuffix(token) && !words.IsPersonCue(token) &&
        !words.IsEnglishOrganizationHead(token) && !words.IsEventTail(token) && !words.IsVenueTail(token);

    /// <summary>The single words the article tags as organizations anywhere (<c>Barcelona menang …</c>).</summary>
    private static HashSet<string> OrganizationWords(EntityDocument document)
    {
        var names = new HashSet<string>(document.OrganizationNames, StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            foreach (var m in sentence.Mentions)
            {
                if (m.Type == EntityType.Organization && m.Length == 1)
                {
                    names.Add(sentence.Tokens[m.First]);
                }
            }
        }

        return names;
    }
}
