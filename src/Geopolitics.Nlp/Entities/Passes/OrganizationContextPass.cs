namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An unknown capitalized name is not a person by default: clubs, companies, brands and agencies (the commonest error on
/// sport and business pages) show themselves by a legal form before them (<c>PT Pertamina</c>) or a suffix after
/// (<c>Astra International Tbk</c>, <c>Arema FC</c>, <c>Bali United</c>), both part of the name; by a common noun before
/// them (<c>klub Persib</c>, <c>perusahaan rintisan Gojek</c>, <c>saham Bukalapak</c>), in an apposition
/// (<c>klub asal Spanyol, Osasuna</c>; <c>Osasuna, klub asal Spanyol</c>) or after a copula (<c>Sorabel adalah
/// perusahaan</c>). A noun the tagger glued on (<c>emiten Unilever Indonesia</c>) is left outside. Names typed here are
/// remembered for <see cref="OrganizationNamePropagationPass"/>. A role or relation before the name (<c>striker</c>,
/// <c>pendiri</c>, <c>milik</c>, titles) keeps it a person.
/// </summary>
internal sealed class OrganizationContextPass(EntityLexicon words) : IMentionPass
{
    /// <summary>Links between a name and the noun that says what it is (<c>X adalah perusahaan</c>).</summary>
    private static readonly string[] Copulas = ["adalah", "merupakan", "ialah", "sebagai", "yakni", "yaitu"];

    /// <summary>Words that open a list of examples after its noun (<c>perusahaan seperti X</c>, <c>dua klub, yaitu X</c>).</summary>
    private static readonly string[] ListIntroducers = ["seperti", "yaitu", "yakni", "termasuk", "misalnya", "contohnya"];

    /// <summary>Tokens an apposition may hold between its noun and the comma before the name.</summary>
    private const int AppositionWindow = 5;

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            AddLegalForms(sentence, document.OrganizationNames);
            LeaveCategoriesOut(sentence, document.OrganizationNames);
            TypeByContext(sentence, document.OrganizationNames, document.Caseless);
            AddUntaggedAfterContext(sentence, document.OrganizationNames);
        }
    }

    private void AddLegalForms(SentenceMentions sentence, HashSet<string> names)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!words.IsLegalForm(tokens[k]) || !NameShape.IsCapitalized(tokens[k + 1]))
            {
                continue;
            }

            var end = NameShape.CapitalizedRun(tokens, k + 1);
            foreach (var person in sentence.TaggedPeople)
            {
                if (person.First > k + 1 && person.First < end)
                {
                    end = person.First; // Direktur Utama PT Maju Sejahtera | Budi Santoso: the tagger began a person there
                }
            }

            var officer = OfficerAfterCompany(tokens, k, end);
            if (officer < end)
            {
                // `Direktur Utama PT Antam Nicolas D. Kanter menyatakan`: an officer after a title and before a reporting
                // verb ends the company's name with their own, most often two words (an initial between them).
                sentence.RemoveOverlapping(new Mention(officer, end, EntityType.Person, null));
                sentence.Insert(new Mention(officer, end, EntityType.Person, null));
                end = officer;
            }

            if (end + 2 < tokens.Count && tokens[end] == "(" && tokens[end + 2] == ")" && words.IsLegalForm(tokens[end + 1]))
            {
                end += 3; // PT Pertamina (Persero): the state-enterprise form in brackets is part of the name
            }

            if (end < tokens.Count && words.IsOrganizationSuffix(tokens[end]))
            {
                end++;
            }

            var company = new Mention(k, end, EntityType.Organization, null);
            sentence.Put(company);
            names.Add(sentence.Words(new Mention(k + 1, end, EntityType.Organization, null)));
            end = StockTickers.TypeAfter(sentence, end);
            k = end - 1;
        }
    }

    // The first word of an officer's name that ends the capitalized run after a legal form at `form`, or `end`: only
    // after a title before the form and before a reporting verb (adverbs such as `juga` between), with two words of the
    // company's name left.
    private int OfficerAfterCompany(SentenceWords tokens, int form, int end)
    {
        if (form == 0 || !words.IsTitle(tokens[form - 1]) || end - form < 4)
        {
            return end;
        }

        var next = end;
        while (next < tokens.Count && next - end < 3 && char.IsLower(tokens[next][0]) &&
               (Claims.ClaimLexicon.Default.SpeakerWord(tokens[next]) & Claims.SpeakerWordRole.Adverb) != 0)
        {
            next++;
        }

        if (next >= tokens.Count || !words.IsReportingCue(tokens[next]))
        {
            return end;
        }

        var cut = end - 2;
        if (IsInitial(tokens[cut]) && cut - 1 >= form + 2)
        {
            cut--; // `Nicolas D. Kanter`
        }

        return cut > form + 1 && !IsInitial(tokens[cut]) ? cut : end;
    }

    private static bool IsInitial(string token) => token.Length == 2 && char.IsUpper(token[0]) && token[1] == '.';

    /// <summary>
    /// <c>emiten Unilever Indonesia</c> → <c>Unilever Indonesia</c>; a noun that opens names (<c>Perusahaan Listrik Negara</c>)
    /// stays; a person the tagger began at a sentence-opening <c>Saham</c> is the company.
    /// </summary>
    private void LeaveCategoriesOut(SentenceMentions sentence, HashSet<string> names)
    {
        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            var first = tokens[m.First];
            if ((m.Type == EntityType.Organization || (m.Type == EntityType.Person && first.Equals("Saham", StringComparison.Ordinal))) &&
                m.Entry is null && m.Length >= 2 && words.IsOrganizationCategory(first) &&
                NameShape.IsCapitalized(tokens[m.First + 1]) &&
                (char.IsLower(first[0]) || (m.First == 0 && !words.IsOrganizationHead(first))))
            {
                // `Saham Isetan Mitsukoshi turun`: the noun says what the name is, also where the tagger read a person.
                m.First++;
                m.Type = EntityType.Organization;
                names.Add(sentence.Words(m));
            }
        }
    }

    private void TypeByContext(SentenceMentions sentence, HashSet<string> names, bool caseless)
    {
        var tokens = sentence.Tokens;
        Mention? listed = null; // the last organization typed by a noun before it: the list it opens goes on
        foreach (var m in sentence.Mentions)
        {
            var inList = listed is not null && IsListGap(tokens, listed.End, m.First);
            listed = null;
            if (m.Type == EntityType.Organization && (inList || HasContextBefore(sentence, m.First, caseless)))
            {
                listed = m;
            }

            if (m.Type == EntityType.Organization && m.Entry is null && (listed is not null || (!caseless && HasContextAfter(tokens, m.End))))
            {
                names.Add(sentence.Words(m)); // the tagger was right: the name is remembered all the same
            }

            if (m.Type is EntityType.Organization or EntityType.Event || (m.Entry is not null && !IsPlaceBeforeSuffix(sentence, m)))
            {
                continue;
            }

            if (m.End < tokens.Count && words.IsOrganizationSuffix(tokens[m.End]) && char.IsUpper(tokens[m.End][0]) &&
                (sentence.At(m.End) is null || TakeSuffixFromPerson(sentence, m.End)))
            {
                m.End++;
                m.Entry = null;
                m.Type = EntityType.Organization;
            }
            else if (m.Entry is null && !HasPersonCue(tokens, m.First) && (inList || HasContextBefore(sentence, m.First, caseless)))
            {
                m.Type = EntityType.Organization;
                listed = m;
            }
            else if (m.Entry is null && !HasPersonCue(tokens, m.First) &&
                     ((words.IsOrganizationSuffix(tokens[m.End - 1]) && m.Length >= 2 && char.IsUpper(tokens[m.End - 1][0])) ||
                      (!caseless && HasContextAfter(tokens, m.End))))
            {
                m.Type = EntityType.Organization;
            }
            else
            {
                continue;
            }

            names.Add(sentence.Words(m));
        }
    }

    /// <summary>
    /// <c>Manajer Bali United Yabes Tanuri</c> tagged <c>Bali</c> | <c>United Yabes Tanuri</c>: the club's suffix leaves
    /// the person's name that the tagger ran it into.
    /// </summary>
    private static bool TakeSuffixFromPerson(SentenceMentions sentence, int k)
    {
        var person = sentence.At(k);
        if (person is not { Type: EntityType.Person, Entry: null } || person.First != k || person.Length < 3)
        {
            return false;
        }

        person.First++;
        return true;
    }

    /// <summary>Only commas and <c>dan</c>/<c>serta</c>/<c>atau</c> between two conjuncts of a list.</summary>
    private static bool IsListGap(SentenceWords tokens, int from, int to)
    {
        if (to <= from || to - from > 2)
        {
            return false;
        }

        for (var k = from; k < to; k++)
        {
            if (tokens[k] is not ("," or "dan" or "serta" or "atau"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A place name before a club's or company's suffix (<c>Bali</c> in <c>Bali United</c>).</summary>
    private bool IsPlaceBeforeSuffix(SentenceMentions sentence, Mention m) =>
        m.Entry!.Type is EntityType.Gpe or EntityType.Location && m.End < sentence.Count &&
        words.IsOrganizationSuffix(sentence.Tokens[m.End]) && char.IsUpper(sentence.Tokens[m.End][0]);

    /// <summary>
    /// <c>saham Bukalapak</c>: a capitalized run the tagger left out, right after a kind of organization (not after nouns
    /// that also mean something else: <c>harian</c> "daily", <c>kantor</c> "office of").
    /// </summary>
    private void AddUntaggedAfterContext(SentenceMentions sentence, HashSet<string> names)
    {
        var tokens = sentence.Tokens;
        Mention? listed = null;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || sentence.At(k) is not null || HasPersonCue(tokens, k) ||
                !((listed is not null && IsListGap(tokens, listed.End, k)) || IsCategory(tokens, ContextBefore(sentence, k, caseless: false))))
            {
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && NameShape.IsCapitalized(tokens[end]) && sentence.At(end) is null)
            {
                end++;
            }

            if (end < tokens.Count && NameShape.IsCapitalized(tokens[end]))
            {
                k = end; // the run goes on into a mention: only part of a longer name (Liga + Spanyol)
                continue;
            }

            listed = new Mention(k, end, EntityType.Organization, null);
            sentence.Insert(listed);
            names.Add(sentence.Words(listed));
            k = end - 1;
        }
    }

    /// <summary>
    /// A lower-case organization noun right before the name (<c>klub X</c>), before one modifier
    /// (<c>perusahaan rintisan X</c>), or ending an apposition or a list's head before the name (<c>klub asal Spanyol,
    /// X</c>; <c>perusahaan seperti X</c>) whose noun is not itself someone's role (<c>pelatih klub, X</c>).
    /// </summary>
    /// <remarks>
    /// In caseless text only the noun right before counts: without capitals a modifier or an apposition cannot be told
    /// from a name (<c>partai golkar aburizal bakrie</c>).
    /// </remarks>
    private bool HasContextBefore(SentenceMentions sentence, int first, bool caseless) => ContextBefore(sentence, first, caseless) >= 0;

    /// <summary>Index of the organization noun that <see cref="HasContextBefore"/> finds, or -1.</summary>
    private int ContextBefore(SentenceMentions sentence, int first, bool caseless)
    {
        var tokens = sentence.Tokens;
        if (first >= 1 && IsContextAt(tokens, first - 1))
        {
            return first < 2 || !words.IsPersonCue(tokens[first - 2]) ? first - 1 : -1;
        }

        if (caseless)
        {
            return -1;
        }

        if (first >= 2 && IsContextAt(tokens, first - 2) && IsModifier(tokens[first - 1]))
        {
            return first < 3 || !words.IsPersonCue(tokens[first - 3]) ? first - 2 : -1;
        }

        var k = first - 1;
        var introduced = k >= 0 && ListIntroducers.Contains(tokens[k]);
        if (introduced)
        {
            k--;
        }

        if (k >= 0 && tokens[k] == ",")
        {
            k--;
        }
        else if (!introduced)
        {
            return -1;
        }

        for (var stop = k - AppositionWindow; k >= 0 && k > stop; k--)
        {
            var token = tokens[k];
            if (IsContextAt(tokens, k))
            {
                return k == 0 || !words.IsPersonCue(tokens[k - 1]) ? k : -1;
            }

            if (!NameShape.IsWord(token) || IsPersonWord(token) || words.IsVerb(token) ||
                sentence.At(k) is { Type: EntityType.Person or EntityType.Organization })
            {
                return -1; // a role, a clause, or another name the comma follows (Moody's Investors Service, Selasa)
            }
        }

        return -1;
    }

    /// <summary>
    /// <c>X, klub asal Spanyol, …</c> (an apposition closed by a comma, so that <c>Menurut Budi, perusahaan merugi</c>
    /// is not one), <c>X adalah perusahaan</c>, <c>X sebagai perusahaan</c>.
    /// </summary>
    private bool HasContextAfter(SentenceWords tokens, int end)
    {
        if (end + 1 < tokens.Count && Copulas.Contains(tokens[end]))
        {
            return IsLowerContext(tokens[end + 1]);
        }

        if (end + 1 >= tokens.Count || tokens[end] != "," || !IsLowerContext(tokens[end + 1]))
        {
            return false;
        }

        for (var k = end + 2; k < tokens.Count && k <= end + 1 + AppositionWindow; k++)
        {
            if (tokens[k] == "," || tokens[k] == ")")
            {
                return true;
            }

            if (!NameShape.IsWord(tokens[k]) || words.IsVerb(tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsCategory(SentenceWords tokens, int k) => k >= 0 && words.IsOrganizationCategory(tokens[k]);

    private bool HasPersonCue(SentenceWords tokens, int first) => first > 0 && IsPersonWord(tokens[first - 1]);

    private bool IsPersonWord(string token) => words.IsPersonCue(token) || words.IsTitle(token);

    /// <summary>
    /// A lower-case organization noun, reduplicated plurals included (<c>klub-klub</c>), or a kind of organization that
    /// opens the sentence before a lower-case word or is never part of a name (<c>Klub asal Spanyol, X</c>,
    /// <c>Perusahaan rintisan X</c>).
    /// </summary>
    private bool IsContextAt(SentenceWords tokens, int k) =>
        IsLowerContext(tokens[k]) ||
        (k == 0 && words.IsOrganizationContext(tokens[k]) &&
         ((words.IsOrganizationCategory(tokens[k]) && !words.IsOrganizationHead(tokens[k])) ||
          (k + 1 < tokens.Count && char.IsLower(tokens[k + 1][0]))));

    private bool IsLowerContext(string token)
    {
        if (!char.IsLower(token[0]))
        {
            return false;
        }

        var half = token.Length / 2;
        return words.IsOrganizationContext(token) ||
               (token.Length % 2 == 1 && token[half] == '-' && token.AsSpan(0, half).SequenceEqual(token.AsSpan(half + 1)) &&
                words.IsOrganizationContext(token.AsSpan(0, half)));
    }

    /// <summary>A lower-case word that may qualify an organization noun (<c>rintisan</c>, <c>teknologi</c>): not a verb, role or relation.</summary>
    private bool IsModifier(string token) =>
        token.Length > 2 && char.IsLower(token[0]) && token.All(char.IsLetter) && !words.IsVerb(token) && !words.IsPersonCue(token) &&
        !words.IsOrganizationContext(token);
}
