using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Turns the tagger's labels into mentions, with titles and honorifics left outside a person's span
/// (<c>Menteri Luar Negeri Rusia Sergey Lavrov</c> → GPE <c>Rusia</c>, PERSON <c>Sergey Lavrov</c>) and the place type
/// (GPE or LOCATION) taken from the gazetteer and head words, since the corpora do not separate them.
/// </summary>
internal sealed class TaggedSpanPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private static readonly EntityType[] ClassTypes = [EntityType.Person, EntityType.Organization, EntityType.Gpe, EntityType.Event];
    private static readonly string[] LowerCaseCompass = ["utara", "selatan", "barat", "timur", "tengah", "tenggara", "laut", "daya"];

    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        foreach (var (start, end, cls) in NerLabel.EnumerateSpans(sentence.Labels))
        {
            AddTagged(sentence.NameTokens, start, end, ClassTypes[cls], sentence.Mentions, caseless);
        }

        JoinLocalArms(sentence);
        foreach (var m in sentence.Mentions)
        {
            if (m.Type == EntityType.Person)
            {
                sentence.TaggedPeople.Add(m);
            }
        }
    }

    // `Presiden Direktur BYD Indonesia Eagle Zhao`: after a title, a known company and the country of its local arm
    // are one name, however the tagger split them.
    private void JoinLocalArms(SentenceMentions sentence)
    {
        var mentions = sentence.Mentions;
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var company = mentions[i];
            var country = mentions[i + 1];
            if (company.Type == EntityType.Organization && company.Entry is not null && company.First > 0 &&
                (words.IsTitle(sentence.NameTokens[company.First - 1]) || words.IsPersonCue(sentence.NameTokens[company.First - 1])) &&
                country.First == company.End && country.Entry is { } place && gazetteer.IsCountry(place))
            {
                company.End = country.End;
                company.Entry = null;
                mentions.RemoveAt(i + 1);
            }
        }
    }

    private void AddTagged(SentenceWords tokens, int start, int end, EntityType type, List<Mention> mentions, bool caseless)
    {
        var tagged = start;
        // `Kantor berita IRNA melaporkan`: a sentence's first word is capitalized whatever it is, and a name writes its
        // words capitalized, so a first word and lower-case words after it describe the name that follows.
        if (type != EntityType.Person && !caseless && DescribedName(tokens, start, end) is var named && named > start)
        {
            start = named;
        }

        // "Presiden Afrika Selatan Cyril Ramaphosa" tagged as one place: after a title, a country that does not fill
        // the span is the title's country, and the capitalized rest is the office holder.
        // The tagger may glue the title or role on (PM Australia Scott Morrison as one organization, `Ekonom Center of
        // Reform on Economics`): it is left out first when a known name follows.
        // "Tim Basarnas", "Pihak KBRI", "Pasukan TNI": a collective noun glued onto a known organization is not part of
        // its name (a longer name such as Pasukan Pertahanan Israel is no gazetteer organization after its first word).
        // So is one glued onto a country (Pasukan Rusia, Pemerintah Indonesia): the country is the name, a GPE.
        if (end - start > 1 && words.IsCollectiveHead(tokens[start]) &&
            gazetteer.Match(tokens, start + 1, out var held) == end - start - 1 && held.Type is EntityType.Organization or EntityType.Gpe)
        {
            start++;
        }

        // `Kapendam Jaya Kolonel | Inf Deki …`: a rank ends no organization's or place's name; a place read into an
        // officer's rank is an office, no place.
        if (type != EntityType.Person && end - start > 1 && words.IsRank(tokens[end - 1]) && gazetteer.Match(tokens, start, out _) != end - start)
        {
            while (end - start > 1 && words.IsRank(tokens[end - 1]))
            {
                end--;
            }

            if (type is EntityType.Gpe or EntityType.Location && gazetteer.Match(tokens, start, out _) != end - start)
            {
                return;
            }
        }

        var titled = start;
        while (type != EntityType.Person && titled < end - 1 && (words.IsTitle(tokens[titled]) || words.IsPersonCue(tokens[titled])))
        {
            titled++;
        }

        if (titled > start && gazetteer.Match(tokens, titled, out var after) > 0 && after.Type is EntityType.Gpe or EntityType.Organization)
        {
            start = titled;
        }

        if (type != EntityType.Person && start > 0 && (words.IsTitle(tokens[start - 1]) || TitlePhraseBefore(tokens, start)))
        {
            var countryLength = gazetteer.Match(tokens, start, out var country);
            if (countryLength > 0 && start + countryLength < end && country.Type is EntityType.Gpe or EntityType.Organization &&
                AllCapitalized(tokens, start + countryLength, end))
            {
                type = EntityType.Person;
            }
        }

        // `disampaikan Menteri Luar Negeri Sugiono di Jakarta`: the tagger may read a title's last words and the office
        // holder as one place; what follows the title, capitalized and no known place or organization, is the holder.
        if (type != EntityType.Person && start > 0 && words.IsTitle(tokens[start - 1]) && HolderAfterTitle(tokens, start, end) is var holder && holder > start)
        {
            start = holder;
            type = EntityType.Person;
        }

        // Titles and honorifics stay outside, and so does the second word of a two-word rank (Laksamana Madya, Marsekal
        // Muda); a country inside a title (Menteri Luar Negeri Rusia) is its own GPE.
        while (start < end && type == EntityType.Person)
        {
            var lower = tokens[start];
            if (words.IsTitle(lower) || (end - start > 1 && (words.IsPersonCue(lower) || words.IsRank(lower))) || !NameShape.IsWord(tokens[start]) ||
                (end - start > 1 && Nominalization.IsKeOrPeAn(lower)) || (end - start > 1 && IsHighOffice(tokens, start)) ||
                (end - start > 1 && start > 0 && words.IsRankModifier(lower) && words.IsRank(tokens[start - 1])) ||
                (end - start > 1 && start > 0 && lower is "Mahkota" && tokens[start - 1] is "Putra" or "Putri"))
            {
                start++;
                continue;
            }

            var len = gazetteer.Match(tokens, start, out var entry);
            if (len > 0 && start + len < end && entry.Type is EntityType.Gpe or EntityType.Organization)
            {
                mentions.Add(new Mention(start, start + len, entry.Type, entry));
                start += len;
                continue;
            }

            break;
        }

        if (type == EntityType.Person && KnownNameEndInside(tokens, start, end) is var afterName and > 0)
        {
            start = afterName; // `Otoritas Terusan | Suez Ossama Rabie`: the known place's last word is no part of the person
        }

        if (type == EntityType.Person && KnownPersonAtEnd(tokens, start, end) is var known and > 0)
        {
            start = known; // `… Bidang Perubahan Iklim dan Energi | Hashim Djojohadikusumo`: a title's last word read into a known name
        }

        if (type == EntityType.Person && start > tagged && start < end && gazetteer.Match(tokens, start, out var rest) == end - start && rest.Type == EntityType.Gpe)
        {
            type = EntityType.Gpe; // `Putra Mahkota | Saudi`: what the title leaves is a country, no person
        }

        while (end > start && !NameShape.IsWord(tokens[end - 1]))
        {
            end--;
        }

        // "Gaza selatan", "Ukraina timur": a compass word in lower case says which part of the place, and names none
        // (Jakarta Utara, capitalized, is a name and keeps it).
        while (end - start > 1 && char.IsUpper(tokens[start][0]) && LowerCaseCompass.Contains(tokens[end - 1]))
        {
            end--;
        }

        if (start >= end || char.IsLower(tokens[start][0]))
        {
            return; // in cased text a name starts with a capital or digit (pasca-Soviet is an adjective)
        }

        GazetteerEntry? whole = null;
        if (gazetteer.Match(tokens, start, out var e) == end - start)
        {
            whole = e;
        }

        if (whole is not null && !(type == EntityType.Organization && whole.Type == EntityType.Person))
        {
            type = whole.Type;
        }
        else if (type is EntityType.Person or EntityType.Gpe && words.IsLocationTail(tokens[end - 1]))
        {
            type = EntityType.Location;
        }
        else if (type == EntityType.Gpe && (words.IsLocationHead(tokens[start]) || (end - start > 1 && words.IsVenueHead(tokens[start]))))
        {
            type = EntityType.Location;
        }
        else if (type == EntityType.Person && end - start > 1 && IsPlaceHead(tokens[start]))
        {
            type = EntityType.Location; // `Beting Sabina`, `Karang Whitsun`: a landform's head opens no person's name
        }
        else if (type == EntityType.Gpe && end - start > 1 && char.IsUpper(tokens[end - 1][0]) && words.IsEnglishOrganizationHead(tokens[end - 1]) &&
                 tokens[end - 2] is not ("Convention" or "Exhibition" or "Expo"))
        {
            // `Carnegie Middle East Center`: an English name ending in its head word is an institution, whatever place it
            // names (a `Convention Center` is a venue, VenuePass's).
            type = EntityType.Organization;
        }

        if (type == EntityType.Organization && whole is null && start > 1 && tokens[start - 1] == "Pemerintah")
        {
            start--; // `Pemerintah Persatuan Nasional (NUG)`: capitalized inside a sentence, the word is part of the name
        }

        mentions.Add(new Mention(start, end, type, whole));
    }

    /// <summary>
    /// A capitalized head of a place without a government (<c>Beting</c>, <c>Pulau</c>, <c>Selat</c>) that is no compass
    /// word (<c>Timur</c> is also a given name) nor a place of its own (<c>Asia</c>).
    /// </summary>
    internal static bool IsPlaceHead(string token, EntityLexicon words, Gazetteer gazetteer) =>
        char.IsUpper(token[0]) && words.IsLocationHead(token) && !PlaceExtentPass.Compass.Contains(token) && !gazetteer.TryGet(token, out _);

    private bool IsPlaceHead(string token) => IsPlaceHead(token, words, gazetteer);

    // One past a known place or organization name that begins up to three tokens before a person's span and ends inside
    // it, or 0: the tagger began the person at the name's last word.
    private int KnownNameEndInside(SentenceWords tokens, int start, int end)
    {
        for (var j = Math.Max(0, start - 3); j < start; j++)
        {
            if (gazetteer.Match(tokens, j, out var name) is var n && j + n > start && j + n < end && name.Type != EntityType.Person)
            {
                return j + n;
            }
        }

        return 0;
    }

    // The first token of the holder's name in a span that opens with the rest of a title, or -1.
    // The first token of a known person's full name (two words or more) that ends the span after capitalized words the
    // name does not hold, or 0. A known surname alone (`Hunter Biden`) is no reason to cut.
    private int KnownPersonAtEnd(SentenceWords tokens, int start, int end)
    {
        if (end - start < 3 || gazetteer.Match(tokens, start, out _) == end - start)
        {
            return 0;
        }

        for (var k = start + 1; k <= end - 2; k++)
        {
            if (gazetteer.Match(tokens, k, out var entry) == end - k && entry.Type == EntityType.Person)
            {
                return k;
            }
        }

        return 0;
    }

    private int HolderAfterTitle(SentenceWords tokens, int start, int end)
    {
        var first = start;
        while (first < end && words.IsTitle(tokens[first]))
        {
            first++;
        }

        if (first == start || first == end || end - first > 3 || gazetteer.Match(tokens, start, out _) == end - start)
        {
            return -1;
        }

        if (gazetteer.Match(tokens, first, out var known) > 0 && known.Type != EntityType.Person)
        {
            return -1;
        }

        for (var k = first; k < end; k++)
        {
            var word = tokens[k];
            if (!char.IsUpper(word[0]) || !NameShape.IsWord(word) || words.IsOrganizationHead(word) || words.IsLocationHead(word) ||
                words.IsVenueHead(word) || words.IsCompanyWord(word) || words.IsCollectiveHead(word) || words.IsLocationTail(word))
            {
                return -1;
            }
        }

        return first;
    }

    // The first capitalized token after a sentence-opening word and lower-case descriptive words, or -1.
    private static int DescribedName(SentenceWords tokens, int start, int end)
    {
        for (var k = 0; k < start; k++)
        {
            if (NameShape.IsWord(tokens[k]))
            {
                return -1;
            }
        }

        var name = start + 1;
        while (name < end && NameShape.IsLowerCaseWord(tokens[name]))
        {
            name++;
        }

        return name > start + 1 && name < end && char.IsUpper(tokens[name][0]) ? name : -1;
    }

    // `Jaksa Agung Pam Bondi`, `Hakim Agung …`: `Agung` after these titles is part of the office (Attorney General, justice
    // of the Supreme Court), though alone it is a given name.
    private static bool IsHighOffice(SentenceWords tokens, int k) =>
        k > 0 && tokens[k].Equals("Agung", StringComparison.OrdinalIgnoreCase) &&
        (tokens[k - 1].Equals("Jaksa", StringComparison.OrdinalIgnoreCase) || tokens[k - 1].Equals("Hakim", StringComparison.OrdinalIgnoreCase));

    private static bool AllCapitalized(SentenceWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!char.IsUpper(tokens[k][0]))
            {
                return false;
            }
        }

        return true;
    }

    // `Komisioner Urusan Dalam Negeri dan Migrasi | UE Magnus Brunner`: a title's capitalized phrase (its portfolio)
    // ends right before the span.
    private bool TitlePhraseBefore(SentenceWords tokens, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= 8 && (NameShape.IsCapitalized(tokens[k]) || tokens[k] == "dan"); k--)
        {
            if (words.IsTitle(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
