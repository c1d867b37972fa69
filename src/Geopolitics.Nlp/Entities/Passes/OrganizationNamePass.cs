using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Organization names opened by a head word (<c>Kementerian</c>, <c>Partai</c>, <c>Komisi</c>) and running over the
/// capitalized words after it, cut where another name begins: a coordinated name (<c>Partai Demokrat dan PDI
/// Perjuangan</c>) or the name of the person who holds an office in it (<c>Ketua Umum Partai Golkar Aburizal Bakrie</c>).
/// </summary>
internal sealed class OrganizationNamePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private readonly NameStart _nameStart = new(gazetteer, words);

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

            var english = words.IsEnglishOrganizationHead(head);

            // `Konferensi Waligereja Filipina`: an event head before its members' name opens a standing body.
            var assembly = words.IsEventHead(head) && words.OpensAssembly(tokens, i + 1);
            var acronymOnly = !english && !assembly && !words.IsOrganizationHead(head);
            if (acronymOnly && !words.IsNamedOrganizationHead(head))
            {
                continue;
            }

            if (gazetteer.Match(tokens, i, out var place) > 0 && place.Type is EntityType.Gpe or EntityType.Location)
            {
                continue; // `Federasi Rusia`, `Persemakmuran Dominika`: a known place's name opens with an organization's head
            }

            var end = NameShape.CapitalizedRun(tokens, i + 1, english);
            end = ThroughPurpose(tokens, end);
            if (acronymOnly && !ClosedByAcronym(tokens, end))
            {
                continue; // `Misi UNSULTRA`: a mission statement, no organization
            }

            var run = end;
            end = BeforeNumber(tokens, i, end);
            for (var k = i + 2; k + 1 < end; k++)
            {
                // "Federasi Rusia dan Republik Korea", "Partai Demokrat dan PDI Perjuangan", "... dan Presiden X": two names;
                // so is "Bank Central Asia dan Djarum Foundation", an English name ending in its own head after "dan".
                // A ke-/pe-…-an domain that titles borrow (`Menteri Pertahanan`) goes on with the name (`Dewan Keamanan dan
                // Pertahanan Nasional Ukraina`).
                if (tokens[k] == "dan" && (_nameStart.At(tokens, k + 1) || (words.IsTitle(tokens[k + 1]) && !Nominalization.IsKeOrPeAn(tokens[k + 1])) ||
                                           (end - k > 2 && words.IsEnglishOrganizationHead(tokens[end - 1]) && !english)))
                {
                    end = k;
                    break;
                }
            }

            // An English name's capitalized tail (International Studies) is part of it, not an office holder.
            var cut = english ? end : PersonCut(tokens, i, end, sentence.TaggedPeople);
            if (!english && AfterRank(tokens, i, end) is var officer && officer < cut)
            {
                cut = officer;
            }

            var nameStart = cut;
            cut = BeforeRank(tokens, i, cut);

            if (cut > i + 1)
            {
                var entry = gazetteer.Match(tokens, i, out var e) == cut - i ? e : null;
                var first = i;
                if (entry is null && words.IsCollectiveHead(head) && gazetteer.Match(tokens, i + 1, out var held) == cut - i - 1 &&
                    held.Type == EntityType.Organization)
                {
                    (first, entry) = (i + 1, held); // `Kantor Kemenko Perekonomian`: the office of a known organization
                }
                else if (entry is null && words.IsCollectiveHead(head) && cut - i > 2 && words.IsOrganizationHead(tokens[i + 1]))
                {
                    // `Kantor Kementerian Pertahanan`: the office of an organization named by its own head word.
                    first = i + 1;
                    sentence.Mentions.RemoveAll(m => m.First == i && m.Type != EntityType.Person);
                }

                if (end < run)
                {
                    // `Resolusi Dewan Keamanan 1701` tagged as one organization: the document's number is no part of it.
                    sentence.Mentions.RemoveAll(m => m.First >= first && m.First < cut && m.Type == EntityType.Organization && m.End > cut);
                }

                if (nameStart < end)
                {
                    // `ekonom Bank Permata Josua Pardede` tagged as one organization: the officer's name ends it.
                    // So is one that the tagger opened with the officer's role (`Ekonom Bank Permata Josua Pardede`).
                    sentence.Mentions.RemoveAll(m => m.First <= first && m.Type == EntityType.Organization && m.End > cut);

                    // `Ketua Otoritas | Pelabuhan Rotterdam Allard Castelein` tagged as one place: the place read the rest
                    // of the organization's name and the officer's as one.
                    sentence.Mentions.RemoveAll(m => m.First > first && m.First < cut && m.End > cut && m.Type is EntityType.Gpe or EntityType.Location);
                }

                sentence.MergeTrimmed(new Mention(first, cut, entry?.Type ?? EntityType.Organization, entry));
                if (nameStart < end)
                {
                    var person = gazetteer.Match(tokens, nameStart, out var p) == end - nameStart && p.Type == EntityType.Person ? p : null;
                    sentence.Merge(new Mention(nameStart, end, EntityType.Person, person), authoritative: true);
                }

                i = end - 1;
            }
        }
    }

    /// <summary>
    /// Where a person's name begins inside the organization run <paramref name="start"/>..<paramref name="end"/>
    /// (<c>Partai Demokrat | Nurhayati Ali Assegaf</c>), or <paramref name="end"/> when nothing shows one. The name is a
    /// tail of name-like words after at least two words of the organization, or after the head alone when the head is a
    /// whole known name (<c>Kemlu | Roy Soemirat</c>, <c>KBRI | Judha Nugraha</c>); its start is shown by the tagger's PERSON
    /// span, a person in the gazetteer, the organization's own known name or acronym ending just before it, or, failing
    /// those, a reporting verb right after the run.
    /// </summary>
    private int PersonCut(SentenceWords tokens, int start, int end, List<Mention> taggedPeople)
    {
        var organizationWords = gazetteer.Match(tokens, start, out var whole) is var n && n > 0 && whole.Type == EntityType.Organization ? n : 2;
        var tail = end;
        while (tail > start + organizationWords && IsNameLike(tokens, tail - 1))
        {
            tail--;
        }

        for (var k = tail; k < end; k++)
        {
            // A one-word "person" that ends the run and is a place's name is the organization's place
            // (`Federasi Koperasi Perikanan Fukushima, Tetsu Nozaki`).
            if ((taggedPeople.Any(p => p.First == k && !(p.Length == 1 && k == end - 1 && WorldCities.Default.Match(tokens, k, out _) == 1)) && !KnownOrganizationSpans(tokens, start, k)) ||
                (gazetteer.Match(tokens, k, out var person) > 0 && person.Type == EntityType.Person) ||
                (gazetteer.Match(tokens, start, out var org) == k - start && org.Type == EntityType.Organization) ||
                NameShape.IsAcronym(tokens[k - 1]))
            {
                return k;
            }
        }

        var next = end < tokens.Count && tokens[end] == "," ? end + 1 : end;
        while (next < tokens.Count && next - end < 3 && IsAdverbBeforeVerb(tokens[next]))
        {
            next++; // `… Josua Pardede juga mengatakan`, `… Nicolas D. Kanter sebelumnya menyatakan`
        }

        if (end - tail >= 2 && next < tokens.Count && words.IsReportingCue(tokens[next]))
        {
            return Math.Max(tail, end - 2); // most names in the press are two words long
        }

        return end;
    }

    // `Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar`: a known organization inside the run that reaches over
    // the token where the tagger began a person (`Agung`) keeps its words; the person starts after it.
    private bool KnownOrganizationSpans(SentenceWords tokens, int start, int k)
    {
        for (var j = start; j < k; j++)
        {
            if (gazetteer.Match(tokens, j, out var org) is var n && n > 0 && j + n > k && org.Type == EntityType.Organization)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name that says whom the organization serves (<c>Asosiasi Bantuan untuk Tahanan Politik (AAPP)</c>, <c>Badan PBB
    /// untuk Pengungsi Palestina (UNRWA)</c>), and where (<c>… untuk Pengungsi Palestina di Timur Dekat (UNRWA)</c>), runs on
    /// over <c>untuk</c> or <c>bagi</c> when an acronym in brackets closes it; without one, <c>Kedutaan Besar AS untuk
    /// Indonesia</c> is read as two names.
    /// </summary>
    private static int ThroughPurpose(SentenceWords tokens, int end)
    {
        // `Misi Bantuan PBB di Afghanistan (UNAMA)`: where it works, closed by its acronym, is part of the name too.
        if (end + 1 < tokens.Count && tokens[end] == "di" && NameShape.CapitalizedRun(tokens, end + 1) is var where && where > end + 1 &&
            ClosedByAcronym(tokens, where))
        {
            return where;
        }

        if (end + 1 >= tokens.Count || tokens[end] is not ("untuk" or "bagi"))
        {
            return end;
        }

        var after = NameShape.CapitalizedRun(tokens, end + 1);
        if (after > end + 1 && after + 1 < tokens.Count && tokens[after] == "di" && NameShape.CapitalizedRun(tokens, after + 1) is var place &&
            place > after + 1 && ClosedByAcronym(tokens, place))
        {
            return place;
        }

        return after > end + 1 && ClosedByAcronym(tokens, after) ? after : end;
    }

    /// <summary>
    /// Where the name ends when a number follows its acronym (<c>Resolusi Dewan Keamanan PBB | 425</c>, <c>Majelis Umum
    /// PBB | 3314</c>): the number is the resolution's or the year's, not the organization's; a unit's number after a
    /// word (<c>Brigade 2</c>, <c>Batalyon Infanteri 330</c>) stays in its name.
    /// </summary>
    private int BeforeNumber(SentenceWords tokens, int start, int end)
    {
        // `Resolusi Dewan Keamanan PBB Nomor 2231`, `Keputusan … No. 12`: a document head and its number after the name
        // number the document, not the organization.
        for (var j = start + 2; j + 1 < end; j++)
        {
            if (words.IsDocumentHead(tokens[j].TrimEnd('.')) && char.IsUpper(tokens[j][0]) && char.IsAsciiDigit(tokens[j + 1][0]))
            {
                end = j;
                break;
            }
        }

        var k = end;
        while (k > start + 1 && IsNumber(tokens[k - 1]))
        {
            k--;
        }

        // `Resolusi Dewan Keamanan | 1701`: after a document head, the number is the document's, whatever word precedes it.
        var document = start > 0 && words.IsDocumentHead(tokens[start - 1]);
        return k < end && (document || (k >= start + 2 && NameShape.IsAcronym(tokens[k - 1]) && !tokens[k - 1].Any(char.IsDigit))) ? k : end;
    }

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    private static bool ClosedByAcronym(SentenceWords tokens, int k) =>
        k + 2 < tokens.Count && tokens[k] == "(" && NameShape.IsAcronym(tokens[k + 1]) && tokens[k + 2] == ")";

    /// <summary>
    /// Where an officer's name begins after a rank inside the run (<c>Polda Metro Jaya Komisaris Besar | Ade Ary Syam</c>,
    /// <c>Komando Armada I Laksamana Muda TNI | Yoos Suryono Hadi</c>): after the run's last rank, when only name-like
    /// words follow it; else <paramref name="end"/>.
    /// </summary>
    private int AfterRank(SentenceWords tokens, int start, int end)
    {
        var k = end;
        while (k > start + 2 && IsNameLike(tokens, k - 1))
        {
            k--;
        }

        return k < end && RankStart(tokens, start + 1, k) < k ? k : end;
    }

    /// <summary>
    /// Where the organization ends when a rank stands between it and its officer's name (<c>Angkatan Bersenjata Iran |
    /// Mayor Jenderal | Mohammad Bagheri</c>): before the rank's words, keeping at least the head and one word.
    /// </summary>
    private int BeforeRank(SentenceWords tokens, int start, int nameStart) => RankStart(tokens, start + 1, nameStart);

    /// <summary>
    /// The first word of a rank ending just before <paramref name="end"/> and starting after <paramref name="floor"/>
    /// (<c>Laksamana Muda TNI</c>, <c>Mayor Jenderal</c>): a rank word, then rank and after-rank words; or
    /// <paramref name="end"/> when none ends there.
    /// </summary>
    private int RankStart(SentenceWords tokens, int floor, int end)
    {
        var k = end;
        while (k - 1 > floor && (words.IsRank(tokens[k - 1]) || words.IsRankModifier(tokens[k - 1])))
        {
            k--;
        }

        while (k < end && !words.IsRank(tokens[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>A word that may be part of a person's name: capitalized, not an acronym, head, title or known place.</summary>
    // A lower-case adverb that may stand between a speaker and its reporting verb (speaker-words.tsv, role `adverb`).
    private static bool IsAdverbBeforeVerb(string token) =>
        char.IsLower(token[0]) && (ClaimLexicon.Default.SpeakerWord(token) & SpeakerWordRole.Adverb) != 0;

    private bool IsNameLike(SentenceWords tokens, int k)
    {
        var token = tokens[k];
        if (token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.')
        {
            return true; // an initial inside a name (`Nicolas D. Kanter`)
        }

        if (token.Length < 2 || !char.IsUpper(token[0]) || !token.AsSpan(1).ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var lower = token;
        if (words.IsOrganizationHead(lower) || words.IsTitle(lower) || words.IsLocationHead(lower) || words.IsEventHead(lower))
        {
            return false;
        }

        return gazetteer.Match(tokens, k, out var entry) == 0 || entry.Type == EntityType.Person;
    }
}
