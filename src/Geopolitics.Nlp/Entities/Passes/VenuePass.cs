namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Buildings and venues are LOCATION (ANNOTATION.md): a name opened by a venue head (<c>Istana Bogor</c>,
/// <c>Gedung Sate</c>, <c>Kompleks Istana Kepresidenan</c>, <c>Stadion Gelora Bung Karno</c>) runs over the capitalized
/// words after it, and an English name ending in a venue word (<c>Jakarta Convention Center</c>, <c>… Headquarters</c>)
/// is one too. A building that stands for an institution (<c>Gedung Putih</c>, the gazetteer's organization) stays an
/// ORGANIZATION unless a locative preposition puts it as a place (<c>kepada wartawan di Gedung Putih</c>).
/// </summary>
internal sealed class VenuePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private static readonly string[] Locatives = ["di", "ke", "dari", "menuju", "dalam", "depan", "luar", "halaman"];

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        Headquarters(sentence);
        var titleCase = HeadlinePass.IsTitleCase(tokens); // HeadlinePass, which sets sentence.TitleCase, runs later
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var headLength = char.IsUpper(tokens[k][0]) ? HeadLength(tokens, k) : 0;
            if (headLength == 0 || (sentence.At(k) is { Type: EntityType.Person } person && !IsMisreadVenue(tokens, person, k)) ||
                sentence.RunsInto(k) || IsTitleOfOrganization(tokens, k))
            {
                continue; // `Penjaga Pantai Filipina`, `Otoritas Pelabuhan Rotterdam`: a venue word inside an organization's name
            }

            if (gazetteer.Match(tokens, k, out var place) > 1 && place.Type == EntityType.Gpe)
            {
                continue; // `Pantai Gading`: a country whose name opens with a venue word
            }

            var first = k + 2 < tokens.Count && tokens[k + 1] == "." ? k + 2 : k + headLength; // Jl. MH Thamrin
            var end = VenueRun(tokens, first);
            for (var t = first; t < end; t++)
            {
                if (IsReduplicated(tokens[t]))
                {
                    end = t; // `Garis Putus-putus`: a reduplicated word is a common word (dashed), no part of a name
                    break;
                }

                // `Istana Presiden Rusia`: an office, not a building's name (`Aula Besar Rakyat` is one); `Jalan A dan Jalan B`:
                // two places; `Jalan X No. 10`: an address, whose number is no part of the name; `Lanud Tipe C`: a class
                // of venue, no name.
                if ((words.IsTitle(tokens[t]) && tokens[t] is not ("Besar" or "Utama" or "Umum")) ||
                    (tokens[t] == "dan" && t + 1 < end && HeadLength(tokens, t + 1) > 0) ||
                    tokens[t] is "No" or "No." or "Nomor" or "Tipe" or "Kelas")
                {
                    end = t;
                    break;
                }
            }

            // `Klaim Sembilan Garis Putus-putus China Ditolak`: in a title-case headline every word is capitalized, and a
            // country after the venue's words is whose venue it is, no part of its name.
            for (var t = first + 1; titleCase && t < end; t++)
            {
                if (gazetteer.Match(tokens, t, out var country) > 0 && gazetteer.IsCountry(country))
                {
                    end = t;
                    break;
                }
            }

            // `Rumah Sakit Panti Nirmala Malang`: a known city after two or more of the venue's own words says where it
            // stands, a GPE of its own (`Istana Bogor`, `Kebun Raya Bogor` are named by their city; a country names
            // the venue: `Rumah Sakit Indonesia`).
            Mention? where = null;
            for (var t = first + 2; t < end; t++)
            {
                if (gazetteer.Match(tokens, t, out var city) == end - t && city.Type == EntityType.Gpe && !gazetteer.IsCountry(city))
                {
                    where = new Mention(t, end, EntityType.Gpe, city);
                    end = t;
                    break;
                }
            }

            // A mention that runs past the venue's words (a person after it) ends it.
            foreach (var m in sentence.Mentions)
            {
                if (m.First > k && m.First < end && m.End > end)
                {
                    end = m.First;
                }
            }

            // `Gedung Putih Karoline Leavitt`: a known building's name ends where a person named after it begins.
            var knownLength = gazetteer.Match(tokens, k, out _);
            if (knownLength > 0 && k + knownLength < end && sentence.At(k + knownLength) is { Type: EntityType.Person } holder && holder.First == k + knownLength)
            {
                end = k + knownLength;
            }

            if (end <= first)
            {
                continue;
            }

            var known = gazetteer.Match(tokens, k, out var entry) == end - k ? entry : null;
            var type = known is { Type: EntityType.Organization } && !AfterLocative(tokens, k) ? EntityType.Organization : EntityType.Location;
            var venue = new Mention(k, end, type, known);
            sentence.Put(venue);
            if (where is not null && sentence.At(where.First) is null)
            {
                sentence.Insert(where);
            }

            k = end - 1;
        }

        // "Jakarta Convention Center", "Gelora Bung Karno Stadium": the capitalized words before a venue word name it.
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !(words.IsVenueTail(tokens[k]) || IsConventionCenter(tokens, k + 1)))
            {
                continue;
            }

            if (sentence.At(k) is { Entry: not null } known && known.End == k + 1)
            {
                continue; // `Chatham House`, `Freedom House`: the gazetteer knows the name and its type
            }

            if (sentence.At(k) is { Type: EntityType.Location } longer && longer.End > k + 1)
            {
                continue; // `Bundaran Hotel Indonesia`: the venue word is inside a longer venue's name
            }

            // `Warga Kwai Chung Estate`: the tagger's person `Chung Estate` is the venue's own words (a person may be
            // named `Stuart Hall`, so not before a surname-like venue word); a collective noun (`Warga`, `Tim`)
            // capitalized at the sentence's start is none.
            var tagged = sentence.At(k) is { Type: EntityType.Person, Entry: null } p && p.End == k + 1 && !IsSurnameLike(tokens[k]) ? p : null;
            var start = k;
            while (start > 0 && char.IsUpper(tokens[start - 1][0]) && !words.IsTitle(tokens[start - 1]) &&
                   (sentence.At(start - 1) is not { Type: EntityType.Person } before || before == tagged) &&
                   !IsFunctionWord(tokens[start - 1]) && !words.IsCollectiveHead(tokens[start - 1]))
            {
                start--;
            }

            if (start < k && !sentence.RunsInto(start))
            {
                var venue = new Mention(start, k + 1, EntityType.Location, null);
                sentence.Put(venue);
            }
        }

        foreach (var m in sentence.Mentions)
        {
            var last = tokens[m.End - 1];
            // A person's name never ends in `Tower` or `Plaza` (`Trump Tower` is the building), but may in `Hall` or `Park`.
            if ((m.Type != EntityType.Person || (m.Entry is null && !IsSurnameLike(last))) && m.Length >= 2 &&
                (words.IsVenueTail(last) || IsConventionCenter(tokens, m)) &&
                !(m.Entry is { Type: EntityType.Organization } && !AfterLocative(tokens, m.First)))
            {
                m.Type = EntityType.Location;
            }
            else if (m.Entry is { Type: EntityType.Organization } && words.IsVenueHead(tokens[m.First]) && AfterLocative(tokens, m.First))
            {
                m.Type = EntityType.Location;
            }
        }
    }

    /// <summary>
    /// How many words of a venue's head open at <paramref name="k"/>: one (<c>Istana</c>), two (<c>Rumah Sakit</c>, whose
    /// first word alone is a house), or none.
    /// </summary>
    private int HeadLength(SentenceWords tokens, int k)
    {
        if (words.IsVenueHead(tokens[k]))
        {
            return 1;
        }

        if (k + 1 >= tokens.Count || tokens[k].Length + tokens[k + 1].Length > 40)
        {
            return 0;
        }

        Span<char> pair = stackalloc char[tokens[k].Length + tokens[k + 1].Length + 1];
        SentenceMentions.WriteWords(tokens, k, 2, pair);
        return words.IsVenueHead(pair) ? 2 : 0;
    }

    // `balkon Basilika Santo Petrus`, `cerobong Kapel Sistina`: the tagger reads a saint's or a foreign name after a
    // venue word as a person, but a person's name does not open with a venue word capitalized inside a sentence.
    private static bool IsMisreadVenue(SentenceWords tokens, Mention person, int head) =>
        person.Entry is null && person.First == head && person.Length >= 2 && head > 0 && char.IsLower(tokens[head - 1][0]);

    // Venue words that are also English surnames (Stuart Hall, Edward House).
    private static bool IsSurnameLike(string token) => token is "Hall" or "Park" or "House" or "Garden" or "Gardens";

    /// <summary>
    /// <c>di Markas Besar PBB</c>: an organization's headquarters named after a locative preposition is a place
    /// (ANNOTATION.md: headquarters are LOCATION). Elsewhere <c>Markas Besar</c> opens the institution's own name
    /// (<c>Markas Besar TNI menyatakan</c>), and an organization that defines its acronym right after
    /// (<c>Markas Besar Dewan Keamanan PBB (DK PBB)</c>) keeps its own mention.
    /// </summary>
    private static void Headquarters(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (tokens[k] != "Markas" || tokens[k + 1] != "Besar" || !AfterLocative(tokens, k) || sentence.RunsInto(k))
            {
                continue;
            }

            var organization = sentence.At(k + 2) is { Type: EntityType.Organization } after && after.First == k + 2 ? after
                : sentence.At(k) is { Type: EntityType.Organization } whole && whole.First == k && whole.Length > 2 ? whole : null;
            if (organization is null || (organization.End < tokens.Count && tokens[organization.End] == "("))
            {
                continue;
            }

            sentence.Put(new Mention(k, organization.End, EntityType.Location, null));
            k = organization.End - 1;
        }
    }

    /// <summary>
    /// End of a venue's capitalized words from <paramref name="start"/>: a run of capitalized words that may hold the
    /// particles of foreign names between two of them (<c>Palais des Nations</c>, <c>Palais de l'Élysée</c>,
    /// <c>Istana Huis ten Bosch</c>).
    /// </summary>
    private int VenueRun(SentenceWords tokens, int start)
    {
        var end = NameShape.CapitalizedRun(tokens, start);
        while (true)
        {
            var name = end;
            while (name < tokens.Count && name - end < 2 && IsParticle(tokens[name]))
            {
                name++; // `de la`, `ten`
            }

            if (name == end || name >= tokens.Count || !IsNameWord(tokens[name]))
            {
                break;
            }

            end = NameShape.CapitalizedRun(tokens, IsElided(tokens[name]) ? name + 1 : name);
            end = Math.Max(end, name + 1);
        }

        return end;
    }

    // Surname particles (`ten`, `de`) and the French and English articles of building names (`des`, `of the`).
    private static bool IsParticle(string token) => NameParticlePass.IsParticle(token) || token is "des" or "la" or "le" or "les" or "of" or "the";

    private static bool IsReduplicated(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && token.AsSpan(hyphen + 1).Equals(token.AsSpan(0, hyphen), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNameWord(string token) => NameShape.IsCapitalized(token) || IsElided(token);

    // `l'Élysée`, `d'Orsay`: an elided French article glued to a capitalized word.
    private static bool IsElided(string token) =>
        token.Length > 2 && token[0] is 'l' or 'd' && token[1] is '\'' or '\u2019' && char.IsUpper(token[2]);

    // `Di Government House`, `Menurut …`, `Laporan …`: a preposition, cue or statement noun capitalized at the start of a
    // sentence is no word of the venue's name.
    private bool IsFunctionWord(string token) =>
        words.IsReportingCue(token) || words.IsVerb(token) || words.IsHeadlineBreak(token) ||
        Claims.ClaimLexicon.Default.SpeakerWord(token) != Claims.SpeakerWordRole.None;

    private static bool IsConventionCenter(SentenceWords tokens, Mention m) => m.Length >= 2 && IsConventionCenter(tokens, m.End);

    // The two tokens before `end` are "Convention Center" (a bare "Center" names think tanks too: Wilson Center).
    private static bool IsConventionCenter(SentenceWords tokens, int end) =>
        end >= 2 && end <= tokens.Count && tokens[end - 1] is "Center" or "Centre" && tokens[end - 2] is "Convention" or "Exhibition" or "Expo";

    private static bool AfterLocative(SentenceWords tokens, int k) => k > 0 && Locatives.Contains(tokens[k - 1]);

    // `Koordinator Lapangan MSF`: after a title, a venue word and a known organization are the office's name (a field
    // coordinator of MSF), no venue.
    private bool IsTitleOfOrganization(SentenceWords tokens, int k) =>
        k > 0 && char.IsUpper(tokens[k - 1][0]) && words.IsTitle(tokens[k - 1]) &&
        gazetteer.Match(tokens, k + 1, out var held) > 0 && held.Type == EntityType.Organization;
}
