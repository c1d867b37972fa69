using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Named events: a head that always opens one (<c>Perang Dingin</c>, <c>KTT SCO</c>) or, for heads that are often
/// common nouns (<c>Pertemuan</c>, <c>Sidang</c>), only with an acronym or an edition (<c>KTT ASEAN ke-47</c>), an
/// edition before its organization taking the organization in (<c>KTT ke-43 ASEAN</c>, <c>Sidang Majelis Umum ke-74
/// Perserikatan Bangsa-Bangsa</c>); UN climate conferences (<c>COP30</c>); and
/// tournaments named by their last word (<c>Indonesia Open 2025</c>).
/// </summary>
internal sealed class EventNamePass(EntityLexicon words) : SentencePass
{
    // Nouns that take `perang` as a modifier: the compound is a thing or a status, never a war's name.
    private static readonly HashSet<string> WarCompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "kapal", "pesawat", "tahanan", "penjahat", "kejahatan", "korban", "zona", "kabinet", "dewan", "kapal-kapal",
    };

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i];
            if (!char.IsUpper(head[0]))
            {
                continue;
            }

            var named = !words.IsEventHead(head);
            if (named && !words.IsNamedEventHead(head))
            {
                continue;
            }

            // `Kapal Perang China`, `Kejahatan Perang Israel`: `perang` after these nouns makes a compound (warship, war crime),
            // and the capitalized words after it are its owner, not the name of a war.
            if (head is "Perang" && i > 0 && WarCompoundHeads.Contains(tokens[i - 1]))
            {
                continue;
            }

            // `Pusat | Operasi …`, `Komando | Operasi Angkatan Udara I`: a head inside an organization's name opens no event.
            if (sentence.At(i) is { Type: EntityType.Organization } inside && inside.First < i)
            {
                continue;
            }

            // `Operasi Perdamaian`, `Operasi Kemanusiaan`, `Operasi Tangkap Tangan`: an operation named by a nominalization or
            // a verb is a kind of operation, capitalized in a title; `Operasi Sindoor` names one.
            if (head is "Operasi" && (Nominalization.IsKeOrPeAn(tokens[i + 1]) || words.IsVerb(tokens[i + 1])))
            {
                continue;
            }

            // `Konferensi Waligereja Indonesia`, `Konferensi Uskup Katolik Amerika Serikat`: a conference of its members is a
            // standing body, OrganizationNamePass's.
            if (words.OpensAssembly(tokens, i + 1))
            {
                continue;
            }

            // "Konferensi Tingkat Tinggi" is the common noun "summit" (KTT), "Konferensi Tingkat Menteri" a ministerial
            // conference: a name only with what follows it, like KTT (`Konferensi Tingkat Tinggi (KTT) ke-47 ASEAN`,
            // `Konferensi Tingkat Menteri WTO`).
            var nameFrom = i + 1;
            if (tokens[i + 1] == "Tingkat")
            {
                if (i + 2 >= tokens.Count || tokens[i + 2] is not ("Tinggi" or "Menteri"))
                {
                    continue;
                }

                nameFrom = i + 3;
                if (nameFrom + 2 < tokens.Count && tokens[nameFrom] == "(" && tokens[nameFrom + 1] == "KTT" && tokens[nameFrom + 2] == ")")
                {
                    nameFrom += 3;
                }
            }

            var end = nameFrom;
            while (end < tokens.Count && (NameShape.IsCapitalized(tokens[end]) ||
                   (tokens[end] == "-" && end + 1 < tokens.Count && NameShape.IsCapitalized(tokens[end + 1]))))
            {
                end++;
            }

            // `KTT BRICS Rio de Janeiro`: a place whose name holds a lower-case particle closes the event's name with it.
            if (end > nameFrom && end < tokens.Count && char.IsLower(tokens[end][0]))
            {
                end = ThroughParticlePlace(sentence, nameFrom, end);
            }

            // "KTT ASEAN ke-47", "KTT ke-43 ASEAN": the edition belongs to the name, before or after its body.
            var numbered = end < tokens.Count && NameShape.IsOrdinal(tokens[end]);
            if (numbered)
            {
                var bare = end == nameFrom;
                end++;

                // "Sidang Majelis Umum ke-74 Perserikatan Bangsa-Bangsa", "KTT ke-43 ASEAN": the organization that holds
                // the edition closes the name (ANNOTATION.md: the longest name keeps its organization and ordinal parts).
                if (end < tokens.Count && sentence.At(end) is { Type: EntityType.Organization or EntityType.Gpe } holder && holder.First == end)
                {
                    end = holder.End;
                }
                else if (bare)
                {
                    continue; // "Pertemuan ke-12": an edition of nothing named
                }
            }

            var hasAcronym = false;
            for (var k = nameFrom; k < end; k++)
            {
                hasAcronym |= NameShape.LooksLikeAcronym(tokens[k]);
            }

            // A known organization holding the words is no event (`Garda Revolusi Iran`, `Kongres AS`: a corps, a legislature).
            // Nor is a meeting of a person (`Pertemuan MBS dan Trump`: MBS is Mohammed bin Salman).
            if (named && !numbered && sentence.At(nameFrom) is { Type: EntityType.Person } person && person.First == nameFrom && person.End == end)
            {
                continue;
            }

            if (end > nameFrom && (!named || numbered || hasAcronym) && !KnownOrganizationHolds(sentence, i, end) &&
                !(!numbered && !words.IsPartiesEventHead(head) && PlacesJoined(sentence, nameFrom, end)))
            {
                sentence.Merge(new Mention(i, end, EntityType.Event, null), authoritative: true);
                i = end - 1;
            }
        }

        AddClimateConferences(sentence);
        AddTournaments(sentence);
        sentence.SortByStart();
    }

    /// <summary>
    /// One past a place that starts inside the run <paramref name="first"/>..<paramref name="end"/> and runs on over a
    /// lower-case particle (<c>Rio de Janeiro</c>, <c>Dar es Salaam</c>: a mention already found or a world city), else
    /// <paramref name="end"/>. Only the last three words of the run are tried (a place's name before its particle).
    /// </summary>
    private static int ThroughParticlePlace(SentenceMentions sentence, int first, int end)
    {
        if (sentence.At(end - 1) is { Type: EntityType.Gpe or EntityType.Location } place && place.First >= first && place.End > end)
        {
            return place.End;
        }

        for (var k = Math.Max(first, end - 3); k < end; k++)
        {
            if (WorldCities.Default.Match(sentence.Tokens, k, out _) is var n && k + n > end)
            {
                return k + n;
            }
        }

        return end;
    }

    /// <summary><c>COP30</c>, <c>COP 29</c>, <c>COP-28</c>: a UN climate conference, named by its session number.</summary>
    private static void AddClimateConferences(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!token.StartsWith("COP", StringComparison.Ordinal))
            {
                continue;
            }

            var end = k + 1;
            var number = token.AsSpan(3).TrimStart('-');
            if (number.IsEmpty && k + 1 < tokens.Count)
            {
                number = tokens[k + 1].AsSpan();
                end = k + 2;
            }

            if (number.Length is 1 or 2 && number.IndexOfAnyExceptInRange('0', '9') < 0 && sentence.At(k) is not { Type: EntityType.Event })
            {
                sentence.Merge(new Mention(k, end, EntityType.Event, null), authoritative: true);
                k = end - 1;
            }
        }
    }

    // `KTT RDRK-Rusia`: a summit described by the two countries that meet, not named; the places stay GPEs (seeds gold).
    // A war is named by its parties (`Perang Iran-Irak`): heads listed in event-heads-parties.txt skip this test.
    private static bool PlacesJoined(SentenceMentions sentence, int first, int end)
    {
        var places = 0;
        var k = first;
        while (k < end)
        {
            if (sentence.At(k) is not { Type: EntityType.Gpe } place || place.First != k || place.End > end)
            {
                return false;
            }

            places++;
            k = place.End;
            if (k < end && sentence.NameTokens[k] == "-")
            {
                k++;
            }
        }

        return places >= 2;
    }

    private static bool KnownOrganizationHolds(SentenceMentions sentence, int first, int end)
    {
        foreach (var m in sentence.Mentions)
        {
            // `KTT Asia Timur` is listed as a forum (EAS), but written as a summit it names the meeting (ANNOTATION.md:
            // `KTT` + name is an EVENT).
            if (m.First <= first && m.End >= end && m.Entry is { Type: EntityType.Organization } && !(m.First == first && sentence.NameTokens[first] == "KTT"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Indonesia Open 2025</c>, <c>All England Open</c>, <c>Asian Games</c>: a tournament's name ends in a word like
    /// <c>Open</c> (capitalized, after a name) and may carry its year; it starts with the name before the word (a tagged
    /// mention, or up to two capitalized words).
    /// </summary>
    private void AddTournaments(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        if (!ReferenceEquals(tokens, sentence.Tokens))
        {
            return; // caseless text: without capitals the name's start is not shown; the tagger's span stands
        }

        for (var k = 1; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !words.IsEventTail(tokens[k]) || !NameShape.IsCapitalized(tokens[k - 1]) ||
                sentence.At(k) is { Type: EntityType.Event } or { Entry: not null } || sentence.At(k - 1) is { Type: EntityType.Event })
            {
                continue;
            }

            var tagged = sentence.At(k - 1) is { } before && before.End == k;
            var first = tagged ? sentence.At(k - 1)!.First : k - 1;
            if (!tagged && first > 1 && sentence.At(first - 1) is null && NameShape.IsCapitalized(tokens[first - 1]) &&
                !words.IsEventHead(tokens[first - 1]) && !words.IsVerb(tokens[first - 1]))
            {
                first--; // All England Open
            }

            while (first >= 2 && tokens[first - 1] == "-" && sentence.Bounds[first - 2].End == sentence.Bounds[first - 1].Start &&
                   NameShape.IsCapitalized(tokens[first - 2]) && sentence.At(first - 2) is not { Type: EntityType.Event })
            {
                first -= 2; // `Shangri-La Dialogue`: a hyphenated name stays whole
            }

            var end = k + 1;
            if (end < tokens.Count && tokens[end].Length == 4 && int.TryParse(tokens[end], out var year) && year is > 1800 and < 2200)
            {
                end++;
            }

            sentence.Merge(new Mention(first, end, EntityType.Event, null), authoritative: true);
            k = end - 1;
        }
    }
}
