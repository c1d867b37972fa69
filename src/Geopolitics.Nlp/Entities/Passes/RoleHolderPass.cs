namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A role, its organization and the person who holds it, written without a comma (<c>pelatih Arema FC Joel Cornelli</c>,
/// <c>Direktur Utama PT Maju Sejahtera Budi Santoso</c>): the tagger often reads the organization and the name as one
/// span. After a role word, an organization mention is cut where the holder's name begins: where the tagger itself began
/// a person; after a legal or club suffix, an acronym or a known name that ends the organization, when the tagger's
/// scores (<see cref="SentenceMentions.PersonLean"/>) read a word after it as a person's or a reporting verb follows; or
/// where those scores jump from organization to person, or after the article's own organization name. A person mention
/// gives up only a beginning that the article showed to be an organization (<c>CEO Bukalapak Willix Halim</c> after
/// <c>saham Bukalapak</c>) or an acronym (<c>Gubernur BI Perry Warjiyo</c>). The name is one to
/// three name-like words; the organization keeps the rest.
/// </summary>
internal sealed class RoleHolderPass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    /// <summary>How much more a word's scores must favour a person than every word before it in the span.</summary>
    private const float LeanJump = 80f;

    /// <summary>The longest holder's name taken off the end of a span (most names in the press are two or three words).</summary>
    private const int LongestName = 3;

    public void Run(EntityDocument document)
    {
        HashSet<string>? known = null;
        foreach (var sentence in document.Sentences)
        {
            var mentions = sentence.Mentions;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (m.Entry is not null || m.Length < 2 || !(m.Type is EntityType.Organization or EntityType.Person || IsFacility(sentence.Tokens, m)) ||
                    m.First == 0 || !IsRole(sentence.Tokens[m.First - 1]))
                {
                    continue;
                }

                known ??= KnownOrganizations(document.OrganizationNames);
                var cut = Cut(sentence, m, known);
                if (cut < 0)
                {
                    continue;
                }

                var end = m.End;
                m.End = cut;
                m.Type = m.Type == EntityType.Location ? EntityType.Location : EntityType.Organization;
                mentions.Insert(i + 1, new Mention(cut, end, EntityType.Person, null));
                i++;
            }
        }
    }

    // `Kepala Pelabuhan Tanjung Priok Wahyu Hidayat`: a facility that a title heads ends where its head's name begins.
    private bool IsFacility(SentenceWords tokens, Mention m) => m.Type == EntityType.Location && words.IsVenueHead(tokens[m.First]);

    private bool IsRole(string token) => words.IsPersonCue(token) || words.IsTitle(token);

    /// <summary>Where the holder's name begins inside <paramref name="m"/>, or -1.</summary>
    private int Cut(SentenceMentions sentence, Mention m, HashSet<string> organizationNames)
    {
        var tokens = sentence.Tokens;
        var tail = m.End;
        while (tail > m.First + 1 && m.End - tail < LongestName && IsNameLike(tokens, tail - 1))
        {
            tail--;
        }

        for (var k = tail; k < m.End; k++)
        {
            if (tokens[k - 1] == "-")
            {
                continue; // `Bandara Soekarno-Hatta`: a hyphenated name is never split
            }

            if (m.Type == EntityType.Person)
            {
                // The tagger chose a person for the whole span: only the article's own organization name takes part of
                // it, or an acronym before the name (Gubernur BI Perry Warjiyo).
                if (organizationNames.Contains(sentence.Words(new Mention(m.First, k, m.Type, null))) ||
                    (k == m.First + 1 && m.Length >= 3 && NameShape.IsAcronym(tokens[m.First])))
                {
                    return k;
                }

                continue;
            }

            if (IsHeadAlone(tokens, m.First, k))
            {
                continue; // Partai | Pramono Anung: a head word alone names nothing
            }

            // A one-word "person" ending the span that is a place's name is the organization's place
            // (`Ketua Federasi Koperasi Perikanan Fukushima, Tetsu Nozaki`).
            if (sentence.TaggedPeople.Exists(p => p.First == k && !(p.Length == 1 && k == m.End - 1 && WorldCities.Default.Match(tokens, k, out _) == 1)) ||
                organizationNames.Contains(sentence.Words(new Mention(m.First, k, m.Type, null))) ||
                (EndsOrganization(tokens, m.First, k) && (LeansPerson(sentence, k, m.End) || IsReportedBy(tokens, m.End))) ||
                (m.End - k >= 2 && LeanJumps(sentence, m.First, k)))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>A reporting verb right after the span: its subject is the person at the end (<c>… Garuda Indonesia Prasetio menyebut</c>).</summary>
    private bool IsReportedBy(SentenceWords tokens, int end) => end < tokens.Count && words.IsReportingCue(tokens[end]);

    /// <summary>
    /// The names the article showed to be organizations' and their beginnings (<c>GoTo</c> of <c>GoTo Gojek Tokopedia
    /// Tbk</c>), built once per article so that a lookup does not scan the names.
    /// </summary>
    private static HashSet<string> KnownOrganizations(HashSet<string> organizationNames)
    {
        var known = new HashSet<string>(organizationNames, StringComparer.Ordinal);
        foreach (var name in organizationNames)
        {
            for (var at = name.IndexOf(' ', StringComparison.Ordinal); at > 0; at = name.IndexOf(' ', at + 1))
            {
                known.Add(name[..at]);
            }
        }

        return known;
    }

    private bool IsHeadAlone(SentenceWords tokens, int first, int k) =>
        k - first == 1 && (words.IsOrganizationHead(tokens[first]) || words.IsLegalForm(tokens[first]));

    /// <summary>Some word of the name is one the tagger's scores read as a person's rather than an organization's.</summary>
    private static bool LeansPerson(SentenceMentions sentence, int first, int end)
    {
        var lean = sentence.PersonLean;
        for (var k = first; k < end && lean.Count == sentence.Count; k++)
        {
            if (lean[k] > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The organization part <paramref name="first"/>..<paramref name="k"/> ends in a suffix, an acronym or a known name.</summary>
    private bool EndsOrganization(SentenceWords tokens, int first, int k)
    {
        var last = tokens[k - 1];
        if (words.IsOrganizationSuffix(last) || last == ")" || NameShape.IsAcronym(last))
        {
            return true;
        }

        return (gazetteer.Match(tokens, first, out var whole) == k - first && whole.Type is EntityType.Organization) ||
               (k - first >= 2 && gazetteer.Match(tokens, k - 1, out var place) == 1 && place.Type is EntityType.Gpe);
    }

    /// <summary>
    /// The tagger's scores favour a person clearly more at <paramref name="k"/> (and after) than at every word before
    /// it, and an organization on those words (<c>Bukalapak</c> | <c>Willix Halim</c>).
    /// </summary>
    private static bool LeanJumps(SentenceMentions sentence, int first, int k)
    {
        var lean = sentence.PersonLean;
        if (lean.Count != sentence.Count)
        {
            return false;
        }

        var before = float.MinValue;
        for (var j = first; j < k; j++)
        {
            before = Math.Max(before, lean[j]);
        }

        return before < 0 && lean[k] - before >= LeanJump;
    }

    /// <summary>A word that may be part of a person's name: capitalized with lower-case letters, not a head, suffix, title or known place.</summary>
    private bool IsNameLike(SentenceWords tokens, int k)
    {
        var token = tokens[k];
        if (token.Length < 2 || !char.IsUpper(token[0]) || !token.AsSpan(1).ContainsAnyInRange('a', 'z') ||
            words.IsOrganizationHead(token) || words.IsOrganizationSuffix(token) || words.IsTitle(token) ||
            words.IsLocationHead(token) || words.IsEventHead(token) || words.IsEnglishOrganizationHead(token) || words.IsCompanyWord(token))
        {
            return false; // `presiden Apple Records`: a business word is the company's
        }

        return gazetteer.Match(tokens, k, out var entry) == 0 || entry.Type == EntityType.Person;
    }
}
