namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Acronyms defined in parentheses (<c>Kantor Berita Sentral Korea (KCNA)</c>): the capitalized words before the
/// acronym are its expansion, whatever the tagger saw inside them, and the acronym is linked to that mention, so the
/// canonical names of both (and of later uses of the acronym) are the expansion's.
/// </summary>
internal sealed class AcronymPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private readonly NameStart _nameStart = new(gazetteer, words);
    private readonly ShortFormMatch _shortForms = new(gazetteer, words);

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        var mentions = sentence.Mentions;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i - 1] != "(" || tokens[i + 1] != ")" || !(NameShape.IsAcronym(tokens[i]) || _shortForms.IsShortForm(sentence, i)))
            {
                continue;
            }

            if (sentence.At(i) is { Type: EntityType.Event } named && named.First < i - 1 && named.End > i + 1)
            {
                continue; // `Konferensi Tingkat Tinggi (KTT) ke-47 ASEAN`: the acronym is inside an event's name
            }

            var expansion = EndingAt(mentions, i - 1);
            var runStart = RunStartBefore(tokens, sentence.Bounds, i - 1, tokens[i]);
            var known = gazetteer.TryGet(tokens[i], out var acronymEntry) ? acronymEntry : null;
            // `Meksiko Petroleos Mexicanos (Pemex)`: a known country read into the name the acronym spells is the
            // company's country, a GPE of its own.
            if (expansion is { Entry: null } && expansion.First < runStart && expansion.End == i - 1 &&
                gazetteer.Match(tokens, expansion.First, out var lead) == runStart - expansion.First && lead.Type == EntityType.Gpe &&
                AbbreviationMatch.InOrder(tokens[i], tokens, runStart, i - 1))
            {
                mentions.Insert(mentions.IndexOf(expansion), new Mention(expansion.First, runStart, lead.Type, lead));
                expansion.First = runStart;
            }

            if (expansion is { Type: EntityType.Gpe or EntityType.Location, Entry: not null } && known is not { Type: EntityType.Gpe or EntityType.Location } &&
                OrganizationBefore(mentions, expansion) is { } holder && !AbbreviationMatch.InOrder(tokens[i], tokens, expansion.First, expansion.End))
            {
                // `Komunitas Ekonomi Negara-Negara | Afrika Barat (ECOWAS)`: a known place that the acronym does not spell,
                // right after an organization's words, is the organization's place, inside its name; the acronym names
                // the organization, never the place.
                mentions.Remove(expansion);
                holder.End = expansion.End;
                (holder.Entry, expansion) = (null, holder);
            }

            var joinsNames = expansion is not null && expansion.First < runStart && JoinsNames(tokens, expansion.First, runStart);
            if ((expansion is null || expansion.First > runStart || joinsNames) && i - 1 - runStart >= 2 &&
                (known is not null || char.ToUpperInvariant(tokens[runStart][0]) == tokens[i][0] ||
                 IsTranslation(tokens[i], tokens, runStart, i - 1) || IsTranslatedOrganization(tokens, runStart, i - 1)))
            {
                var whole = gazetteer.Match(tokens, runStart, out var w) == i - 1 - runStart ? w : null;
                expansion = new Mention(runStart, i - 1, whole?.Type ?? known?.Type ?? EntityType.Organization, whole);
                ReplaceWithRun(tokens, mentions, expansion);
            }

            if (expansion is null)
            {
                continue;
            }

            if (known is not null && expansion.Entry is null && expansion.Type != EntityType.Event && KnownEnd(tokens, expansion, known) is var own and > 0)
            {
                // `Relawan Dokter Lintas Batas (MSF)`: a known acronym's own name ends the run; the words before it describe it.
                (expansion.First, expansion.Type, expansion.Entry) = (own, known.Type, known);
            }

            if (expansion.Entry is null && expansion.Type is not (EntityType.Organization or EntityType.Event) && expansion.Length >= 3 &&
                IsLegalForm(words, tokens[expansion.End - 1]) && gazetteer.Match(tokens, expansion.End - 1, out _) == 0)
            {
                // `Petroleos de Venezuela SA (PDVSA)`: a company, whatever place it names. A known acronym that ends the
                // name is no legal form (`Konferensi Perubahan Iklim PBB (COP31)` stays the conference).
                expansion.Type = EntityType.Organization;
            }

            var entry = gazetteer.TryGet(tokens[i], out var e) ? e : null;
            if (entry is null && runStart > 0 && expansion.First > runStart && tokens[expansion.First][0] != tokens[i][0] &&
                tokens[runStart][0] != tokens[i][0] && sentence.At(runStart) is null && !words.IsOrganizationSuffix(tokens[expansion.End - 1]))
            {
                // `penerapan Regulasi Deforestasi Uni Eropa (EUDR)`: an unknown acronym after a longer run of capitals
                // abbreviates the run (no name here: a law), not the name that ends it (a ticker after `Tbk` does).
                mentions.RemoveAll(m => m.First == i && m.End == i + 1 && m.Entry is null);
                continue;
            }

            if (entry is null && expansion.Type == EntityType.Gpe && expansion.End == i - 1 &&
                !AbbreviationMatch.InOrder(tokens[i], tokens, expansion.First, expansion.End))
            {
                // `pekerja migran Indonesia (PMI)`, `Intelijen militer Ukraina (HUR)`, `harga minyak mentah Indonesia (ICP)`:
                // an acronym after a country that it does not abbreviate abbreviates the phrase the country ends. Lower-case
                // words that spell it, or no word of an institution among them, make a category (no entity); otherwise it
                // names a body of that country, no GPE.
                var acronymMention = sentence.Exactly(i, i + 1);
                if (SpelledByLowerCaseWords(tokens, i - 1, tokens[i]) || !NamesBody(tokens, expansion.First))
                {
                    if (acronymMention is not null)
                    {
                        mentions.Remove(acronymMention);
                    }
                }
                else if (acronymMention is not null)
                {
                    (acronymMention.Type, acronymMention.Entry, acronymMention.Expansion) = (EntityType.Organization, null, null);
                }
                else if (sentence.At(i) is null)
                {
                    mentions.Insert(mentions.IndexOf(expansion) + 1, new Mention(i, i + 1, EntityType.Organization, null));
                }

                continue;
            }

            // `Sidang Majelis Umum ke-74 Perserikatan Bangsa-Bangsa (PBB)`: a known organization's acronym after an event
            // named by it abbreviates the organization, not the event.
            // So does a known acronym of another kind than the name before it: `badan PBB untuk pengungsi Palestina
            // (UNRWA)` leaves the GPE `Palestina` as the last name before an organization's acronym.
            // The acronym of the expansion's own known name takes the expansion's reading: `KTT Asia Timur (EAS)` is an event.
            var ofHolder = entry is not null && entry.Type != expansion.Type && !IsKnownAs(tokens, expansion, entry) &&
                           (expansion.Type == EntityType.Event || (expansion.Entry is not null && expansion.Entry != entry));
            var type = ofHolder ? entry!.Type : expansion.Type;
            // A known acronym keeps its own canonical name unless the expansion is the same known name: `Dewan Gubernur
            // Badan Tenaga Atom Internasional (IAEA)` names the board, and IAEA stays the agency.
            var expanded = ofHolder || (entry is not null && expansion.Entry != entry && EndsWithKnown(tokens, expansion, entry)) ? null : expansion;
            var acronym = sentence.Exactly(i, i + 1);
            if (acronym is not null)
            {
                acronym.Type = type;
                acronym.Entry = entry;
                acronym.Expansion = expanded;
            }
            else if (sentence.At(i) is null)
            {
                mentions.Insert(mentions.IndexOf(expansion) + 1, new Mention(i, i + 1, type, entry) { Expansion = expanded });
            }
        }
    }

    // Whether the words before `end` spell `acronym` by their initials, the first in lower case (`pekerja migran
    // Indonesia` for PMI).
    private static bool SpelledByLowerCaseWords(SentenceWords tokens, int end, string acronym)
    {
        var first = end - acronym.Length;
        if (first < 0 || !char.IsLower(tokens[first][0]))
        {
            return false;
        }

        for (var k = 0; k < acronym.Length; k++)
        {
            if (char.ToUpperInvariant(tokens[first + k][0]) != acronym[k])
            {
                return false;
            }
        }

        return true;
    }

    // `harga minyak mentah Indonesia (ICP)` names a price, `Intelijen militer Ukraina (HUR)` and `Kantor Terpadu PBB di
    // Haiti (BINUH)` an institution: the words before the country hold a word of an institution or a corps, or a name
    // (a capitalized word that does not merely open the sentence).
    private bool NamesBody(SentenceWords tokens, int country)
    {
        for (var k = country - 1; k >= 0 && k >= country - 6 && char.IsLetter(tokens[k][0]); k--)
        {
            if (words.IsOrganizationHead(tokens[k]) || words.IsCollectiveHead(tokens[k]) || words.IsEnglishOrganizationHead(tokens[k]) ||
                (k > 0 && char.IsUpper(tokens[k][0])))
            {
                return true;
            }
        }

        return false;
    }

    // `Dana Moneter Internasional (IMF)`: an English acronym after the Indonesian name of an institution, opened by an
    // organization's head word, whose words the gazetteer does not know.
    private bool IsTranslatedOrganization(SentenceWords tokens, int first, int end)
    {
        if (!words.IsOrganizationHead(tokens[first]) && !words.IsEnglishOrganizationHead(tokens[first]))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || gazetteer.Match(tokens, k, out _) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // Where the known name `entry` begins as the last words of the expansion, after words that describe it; 0 if it does
    // not, or if those words name a body of their own (`Dewan Gubernur | Badan Tenaga Atom Internasional`, the board).
    private int KnownEnd(SentenceWords tokens, Mention expansion, GazetteerEntry entry)
    {
        for (var k = expansion.First + 1; k < expansion.End - 1; k++)
        {
            if (words.IsOrganizationHead(tokens[k - 1]) || words.IsEnglishOrganizationHead(tokens[k - 1]))
            {
                return 0;
            }

            if (gazetteer.Match(tokens, k, out var inner) == expansion.End - k && inner.Canonical == entry.Canonical)
            {
                return k;
            }
        }

        return 0;
    }

    // `Organisasi Maritim Internasional (IMO)`: a translated name with the acronym's initials in another order, none of
    // whose words begins a known name (`Regulasi Deforestasi Uni Eropa (EUDR)` names a law of the Union).
    private bool IsTranslation(string acronym, SentenceWords tokens, int first, int end)
    {
        if (!AbbreviationMatch.Permuted(acronym, tokens, first, end))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            if (gazetteer.Match(tokens, k, out _) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // A company's legal form after its name: a listed suffix (Tbk, Inc, AG) or two or three capitals (SA, NV, ASA).
    internal static bool IsLegalForm(EntityLexicon words, string token) =>
        words.IsOrganizationSuffix(token) || (token.Length is 2 or 3 && !token.AsSpan().ContainsAnyExceptInRange('A', 'Z'));

    // Whether the expansion's words are, whole, the known name `entry`.
    private bool IsKnownAs(SentenceWords tokens, Mention expansion, GazetteerEntry entry) =>
        gazetteer.Match(tokens, expansion.First, out var whole) == expansion.Length && whole.Canonical == entry.Canonical;

    // Whether the expansion ends in the known name `entry` after words of its own (`Dewan Gubernur | Badan Tenaga Atom
    // Internasional`).
    private bool EndsWithKnown(SentenceWords tokens, Mention expansion, GazetteerEntry entry)
    {
        for (var k = expansion.First + 1; k < expansion.End; k++)
        {
            if (gazetteer.Match(tokens, k, out var inner) == expansion.End - k && inner.Canonical == entry.Canonical)
            {
                return true;
            }
        }

        return false;
    }

    // A run with a comma in it, or "dan" before a new name, lists several names rather than expanding one acronym;
    // `Badan Bantuan dan Pekerjaan PBB untuk Pengungsi Palestina (UNRWA)` joins two words of one name.
    private bool JoinsNames(SentenceWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (tokens[k] is "," || (tokens[k] is "dan" && k + 1 < tokens.Count && _nameStart.At(tokens, k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // The organization whose words end right where the place `place` begins, if any.
    private static Mention? OrganizationBefore(List<Mention> mentions, Mention place)
    {
        foreach (var m in mentions)
        {
            if (m.End == place.First && m.Length >= 2 && m.Type == EntityType.Organization && m.Expansion is null)
            {
                return m;
            }
        }

        return null;
    }

    internal static Mention? EndingAt(List<Mention> mentions, int end)
    {
        foreach (var m in mentions)
        {
            if (m.End == end)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>
    /// Puts <paramref name="run"/> in place of the mentions it overlaps; of a mention that started before it
    /// (<c>Federasi Rusia dan ...</c>), the gazetteer names before the run are kept.
    /// </summary>
    private void ReplaceWithRun(SentenceWords tokens, List<Mention> mentions, Mention run)
    {
        var before = mentions.Where(m => m.Overlaps(run) && m.First < run.First).Select(m => m.First).DefaultIfEmpty(run.First).Min();
        mentions.RemoveAll(m => m.Overlaps(run));
        for (var k = before; k < run.First;)
        {
            GazetteerEntry? entry = null;
            var len = char.IsUpper(tokens[k][0]) ? gazetteer.Match(tokens, k, out entry) : 0;
            if (len > 0 && k + len <= run.First && !mentions.Any(m => m.First < k + len && k < m.End))
            {
                mentions.Add(new Mention(k, k + len, entry!.Type, entry));
                k += len;
            }
            else
            {
                k++;
            }
        }

        mentions.Add(run);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    // Prepositions and conjunctions that a sentence opens with, capitalized there, before a name.
    internal static readonly HashSet<string> SentencePrepositions = new(StringComparer.Ordinal)
    {
        "Di", "Pada", "Dalam", "Dari", "Ke", "Kepada", "Untuk", "Bagi", "Oleh", "Dengan", "Sejak", "Hingga", "Sementara",
        "Namun", "Selain", "Menjelang", "Jelang", "Usai", "Saat", "Ketika", "Setelah", "Sebelum", "Bersama", "Antara",
    };

    private int RunStartBefore(SentenceWords tokens, TokenBounds bounds, int end, string acronym)
    {
        var start = end;
        while (start > 0 && (NameShape.IsCapitalized(tokens[start - 1]) ||
               (tokens[start - 1] is "dan" && start > 1 && NameShape.IsCapitalized(tokens[start - 2]) && start < end) ||
               (AbbreviationMatch.IsParticle(tokens[start - 1]) && start > 1 && NameShape.IsCapitalized(tokens[start - 2]) && start < end) ||
               (tokens[start - 1] is "-" && start > 1 && NameShape.IsCapitalized(tokens[start - 2]) && start < end &&
                bounds[start - 1].Start == bounds[start - 2].End))) // a hyphen inside a name, not a dateline's dash
        {
            start--;
        }

        while (start < end && (words.IsTitle(tokens[start]) || words.IsReportingCue(tokens[start]) ||
                               (words.IsCollectiveHead(tokens[start]) && tokens[start][0] != acronym[0]) ||
                               (start + 1 < end && words.IsEventHead(tokens[start]) && tokens[start][0] != acronym[0]) ||
                               (start == 0 && SentencePrepositions.Contains(tokens[start]))))
        {
            // "Menurut Kantor Berita Sentral Korea (KCNA)", "Pasukan Korea Utara (RDRK)" at the start of a sentence; "Di KTT
            // Organisasi Kerja Sama Shanghai (SCO)": the preposition and the summit are outside the organization's name.
            start++;
        }

        // "Federasi Rusia dan Republik Demokratik Rakyat Korea (RDRK)": the acronym's initials pick the expansion out
        // of a run that coordinates names; else a name known or opened by a head after the last "dan" is the expansion.
        for (var k = start; k < end; k++)
        {
            if (NameShape.IsCapitalized(tokens[k]) && NameShape.Initials(tokens, k, end) == acronym)
            {
                return k;
            }
        }

        // `Petroleos de Venezuela SA (PDVSA)`: spelled by the words' beginnings, function words giving a letter or none;
        // `Ekonom | Organisasi Maritim Internasional (IMO)`: a translated name has the acronym's initials in another order.
        for (var k = start; k < end; k++)
        {
            if (NameShape.IsCapitalized(tokens[k]) && (AbbreviationMatch.InOrder(acronym, tokens, k, end) || IsTranslation(acronym, tokens, k, end)))
            {
                return k;
            }
        }

        for (var k = end - 2; k > start; k--)
        {
            if (tokens[k] == "dan" && _nameStart.At(tokens, k + 1))
            {
                return k + 1;
            }
        }

        return start;
    }
}
