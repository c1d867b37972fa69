using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The words the entity stage reads names by, from <c>Resources/Entities/</c>: titles, event, location, venue and
/// organization heads, verbs, byline cues, organization context and suffixes, the phrases that are not entities, and
/// the reporting cues that stand next to speakers' names. Every lookup takes a span and ignores case.
/// </summary>
internal sealed class EntityLexicon
{
    private readonly SpanSet _titles;
    private readonly SpanSet _eventHeads;
    private readonly SpanSet _namedEventHeads;
    private readonly SpanSet _eventTails;
    private readonly SpanSet _locationHeads;
    private readonly SpanSet _locationTails;
    private readonly SpanSet _organizationHeads;
    private readonly SpanSet _englishOrganizationHeads;
    private readonly SpanSet _reportingCues;
    private readonly SpanSet _verbs;
    private readonly SpanSet _venueHeads;
    private readonly SpanSet _venueTails;
    private readonly SpanSet _bylineCues;
    private readonly SpanSet _organizationContext;
    private readonly SpanSet _organizationSuffixes;
    private readonly SpanSet _organizationCategories;
    private readonly SpanSet _personCues;
    private readonly SpanSet _sportContext;
    private readonly SpanSet _clubPrefixes;
    private readonly SpanSet _clubSuffixes;
    private readonly SpanSet _headlineBreaks;
    private readonly SpanSet _collectiveHeads;
    private readonly SpanSet _ranks;
    private readonly SpanSet _companyWords;
    private readonly SpanSet _officeWords;
    private readonly SpanSet _officeHeads;
    private readonly SpanSet _compoundGivenNames;
    private readonly SpanSet _boundGivenNames;
    private readonly SpanSet _eastAsianSurnames;
    private readonly SpanSet _campusHeads;
    private readonly SpanSet _rankModifiers;
    private readonly SpanSet _shipPrefixes;
    private readonly SpanSet _nonEntities;
    private readonly SpanSet _exactNonEntities;
    private readonly SpanSet _gpeNouns;
    private readonly SpanSet _locationNouns;
    private readonly SpanSet _documentHeads;
    private readonly SpanSet _documentTails;
    private readonly SpanSet _documentTitleNouns;
    private readonly SpanSet _eventNouns;
    private readonly SpanSet _namedOrganizationHeads;
    private readonly SpanSet _commonCompounds;
    private readonly SpanSet _interrogatives;
    private readonly SpanSet _exhortations;
    private readonly SpanSet _partiesEventHeads;
    private readonly SpanSet _assemblyMembers;

    /// <summary>Builds a lexicon from its lists (each word lower-case; missing lists are empty).</summary>
    public EntityLexicon(IReadOnlyDictionary<string, IEnumerable<string>> lists)
    {
        SpanSet Get(string name) => new(lists.TryGetValue(name, out var words) ? words : [], ignoreCase: true);
        _titles = Get("titles");
        _eventHeads = Get("event-heads");
        _namedEventHeads = Get("event-heads-named");
        _eventTails = Get("event-tails");
        _locationHeads = Get("location-heads");
        _locationTails = Get("location-tails");
        _organizationHeads = Get("organization-heads");
        _englishOrganizationHeads = Get("organization-heads-en");
        _reportingCues = Get("reporting-cues");
        _verbs = Get("verbs");
        _venueHeads = Get("venue-heads");
        _venueTails = Get("venue-tails");
        _bylineCues = Get("byline-cues");
        _organizationContext = Get("organization-context");
        _organizationSuffixes = Get("organization-suffixes");
        _organizationCategories = Get("organization-categories");
        _personCues = Get("person-cues");
        _sportContext = Get("sport-context");
        _clubPrefixes = Get("club-prefixes");
        _clubSuffixes = Get("club-suffixes");
        _headlineBreaks = Get("headline-breaks");
        _collectiveHeads = Get("collective-heads");
        _ranks = Get("ranks");
        _companyWords = Get("company-words");
        _officeWords = Get("office-words-en");
        _officeHeads = Get("office-heads-en");
        _compoundGivenNames = Get("compound-given-names");
        _boundGivenNames = Get("bound-given-names");
        _eastAsianSurnames = Get("east-asian-surnames");
        _campusHeads = Get("campus-heads");
        _rankModifiers = Get("rank-modifiers");
        _shipPrefixes = Get("ship-prefixes");
        _gpeNouns = Get("place-nouns-gpe");
        _locationNouns = Get("place-nouns-location");
        _documentHeads = Get("document-heads-first");
        _documentTails = Get("document-heads-last");
        _documentTitleNouns = Get("document-heads-title");
        _eventNouns = Get("event-nouns");
        _namedOrganizationHeads = Get("organization-heads-named");
        _commonCompounds = Get("common-compounds");
        _interrogatives = Get("interrogatives");
        _exhortations = Get("exhortations");
        _partiesEventHeads = Get("event-heads-parties");
        _assemblyMembers = Get("assembly-members");
        var nonEntities = lists.TryGetValue("non-entities", out var n) ? n.ToList() : [];
        // An all-capitals form (WNI, ZEE) is a category only as written; "Wni" or "zee" may be something else.
        _exactNonEntities = new SpanSet(nonEntities.Where(w => IsAllCapitals(w)));
        _nonEntities = new SpanSet(nonEntities.Where(w => !IsAllCapitals(w)).Select(NormalizeSpaces), ignoreCase: true);
    }

    public static EntityLexicon LoadEmbedded()
    {
        var lists = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal);
        foreach (var name in new[]
        {
            "titles", "event-heads", "event-heads-named", "event-tails", "location-heads", "location-tails", "organization-heads",
            "organization-heads-en", "verbs", "venue-heads", "venue-tails", "byline-cues", "organization-context",
            "organization-suffixes", "organization-categories", "person-cues", "headline-breaks",
            "sport-context", "club-prefixes", "club-suffixes", "collective-heads", "company-words", "compound-given-names", "bound-given-names", "ship-prefixes",
            "east-asian-surnames", "campus-heads", "event-nouns",
            "organization-heads-named", "common-compounds", "interrogatives", "exhortations", "event-heads-parties",
            "assembly-members",
        })
        {
            lists[name] = ResourceText.ReadDataLines($"Entities/{name}.txt").Select(l => l.Trim().ToLowerInvariant()).ToList();
        }

        var ranks = ResourceText.ReadDataLines("Entities/ranks.txt").Select(l => l.Split('\t')).ToList();
        lists["ranks"] = ranks.Where(r => r.Length == 1).Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["rank-modifiers"] = ranks.Where(r => r.Length > 1 && r[1] == "after-rank").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        var office = ResourceText.ReadDataLines("Entities/office-words-en.txt").Select(l => l.Split('\t')).ToList();
        lists["office-words-en"] = office.Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["office-heads-en"] = office.Where(r => r.Length > 1 && r[1].Trim() == "head").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["non-entities"] = ResourceText.ReadDataLines("Entities/non-entities.txt").Select(l => l.Trim()).ToList();
        var placeNouns = ResourceText.ReadDataLines("Entities/place-nouns.tsv").Select(l => l.Split('\t')).ToList();
        lists["place-nouns-gpe"] = placeNouns.Where(r => r[1].Trim() == "GPE").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["place-nouns-location"] = placeNouns.Where(r => r[1].Trim() == "LOCATION").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        var documentHeads = ResourceText.ReadDataLines("Entities/document-heads.tsv").Select(l => l.Split('\t')).ToList();
        lists["document-heads-first"] = documentHeads.Where(r => r[1].Trim() == "first").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["document-heads-last"] = documentHeads.Where(r => r[1].Trim() == "last").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["document-heads-title"] = documentHeads.Where(r => r[1].Trim() == "title").Select(r => r[0].Trim().ToLowerInvariant()).ToList();
        lists["reporting-cues"] = Claims.ReportingCueList.SpeakerAdjacentWords().ToList();
        return new EntityLexicon(lists);
    }

    /// <summary>The prefix of a ship's name in capitals (<c>KRI</c>, <c>USS</c>, <c>MV</c>): the name after it is a ship.</summary>
    public bool IsShipPrefix(string word) => word.Length >= 2 && !word.AsSpan().ContainsAnyExceptInRange('A', 'Z') && _shipPrefixes.Contains(word);

    /// <summary>A collective noun for an organization's people (<c>tim</c>, <c>pihak</c>, <c>staf</c>), outside its name.</summary>
    public bool IsCollectiveHead(ReadOnlySpan<char> word) => _collectiveHeads.Contains(word);

    /// <summary>A word that names a business and never a person (<c>Metals</c>, <c>Sekuritas</c>, <c>Capital</c>).</summary>
    public bool IsCompanyWord(ReadOnlySpan<char> word) => _companyWords.Contains(word);

    /// <summary>A word of an English business job title (<c>Vice</c>, <c>Corporate</c>, <c>Head</c>, <c>of</c>).</summary>
    public bool IsOfficeWord(ReadOnlySpan<char> word) => _officeWords.Contains(word);

    /// <summary>A word of an English business job title that names the office (<c>President</c>, <c>Economist</c>, <c>CEO</c>).</summary>
    public bool IsOfficeHead(ReadOnlySpan<char> word) => _officeHeads.Contains(word);

    /// <summary>
    /// A capitalized word in lower case after its first letter that no word list gives another role (title, verb,
    /// head of an organization, place, venue or event, cue, date word): a word that can only be part of a name.
    /// </summary>
    public bool IsPlainNameWord(string word)
    {
        if (!NameShape.IsNameWord(word) || word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0)
        {
            return false;
        }

        return !IsTitle(word) && !IsVerb(word) && !IsHeadlineBreak(word) && !IsOrganizationHead(word) &&
               !IsLocationHead(word) && !IsVenueHead(word) && !IsEventHead(word) && !IsNamedEventHead(word) &&
               !IsCollectiveHead(word) && !IsBylineCue(word) && !IsPersonCue(word) && !IsReportingCue(word) &&
               !IsOrganizationContext(word) && Dates.DateLexicon.Default.Find(word).Classes == Dates.WordClass.None;
    }

    /// <summary>A given name that opens a hyphenated given name (<c>Jean</c> of <c>Jean-Claude</c>).</summary>
    public bool IsCompoundGivenName(ReadOnlySpan<char> word) => _compoundGivenNames.Contains(word);

    /// <summary>An Arabic given name that needs the name after it (<c>Abdul</c> of <c>Abdul Kadir</c>, <c>Abu</c> of <c>Abu Bakar</c>).</summary>
    public bool IsBoundGivenName(ReadOnlySpan<char> word) => _boundGivenNames.Contains(word);

    /// <summary>A Chinese, Taiwanese or Korean family name (<c>Lai</c> of <c>Lai Ching-te</c>, <c>Kim</c> of <c>Kim Jong-un</c>).</summary>
    public bool IsEastAsianSurname(ReadOnlySpan<char> word) => _eastAsianSurnames.Contains(word);

    /// <summary>The head word of a university's or college's name (<c>Universitas</c>, <c>Institut</c>, <c>Politeknik</c>).</summary>
    public bool IsCampusHead(ReadOnlySpan<char> word) => _campusHeads.Contains(word);

    /// <summary>A military or police rank word (<c>mayor</c>, <c>jenderal</c>, <c>kombes</c>), outside every name.</summary>
    public bool IsRank(ReadOnlySpan<char> word) => _ranks.Contains(word);

    /// <summary>A word that is part of a rank after a rank word only (<c>muda</c> of <c>Laksamana Muda</c>).</summary>
    public bool IsRankModifier(ReadOnlySpan<char> word) => _rankModifiers.Contains(word);

    /// <summary>A title or honorific that stays outside a person's span (<c>menteri</c>, <c>bapak</c>).</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>A word that opens a named event (<c>perang</c>, <c>ktt</c>).</summary>
    public bool IsEventHead(ReadOnlySpan<char> word) => _eventHeads.Contains(word);

    /// <summary>A word that opens a named event only before an acronym or a number (<c>pertemuan</c>, <c>sidang</c>); not a tagger feature.</summary>
    public bool IsNamedEventHead(ReadOnlySpan<char> word) => _namedEventHeads.Contains(word);

    /// <summary>
    /// An event head whose name may be its parties joined by a hyphen (<c>Perang Iran-Irak</c>), unlike a summit's
    /// (<c>KTT RDRK-Rusia</c>, described by the countries that meet); not a tagger feature.
    /// </summary>
    public bool IsPartiesEventHead(ReadOnlySpan<char> word) => _partiesEventHeads.Contains(word);

    /// <summary>
    /// A word naming the members of a standing body after <c>Konferensi</c> or <c>Kongres</c> (<c>waligereja</c>,
    /// <c>uskup</c>): the name is an organization's, not a meeting's; not a tagger feature.
    /// </summary>
    public bool IsAssemblyMember(ReadOnlySpan<char> word) => _assemblyMembers.Contains(word);

    /// <summary>
    /// Whether the members' name of a standing conference opens at <paramref name="k"/> (<c>Waligereja</c>, <c>Uskup</c>,
    /// <c>Wali Gereja</c> in two words; not <c>Wali Kota</c>, a mayors' conference is an event).
    /// </summary>
    public bool OpensAssembly(IReadOnlyList<string> tokens, int k) =>
        k < tokens.Count && (IsAssemblyMember(tokens[k]) ||
        (k + 1 < tokens.Count && tokens[k].Equals("Wali", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Equals("Gereja", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A last word of a tournament's name (<c>Open</c>, <c>Masters</c>, <c>Games</c>).</summary>
    public bool IsEventTail(ReadOnlySpan<char> word) => _eventTails.Contains(word);

    /// <summary>A verb form or root (<c>dorong</c>, <c>ditutup</c>): in a title-case headline, where a name ends; not a tagger feature.</summary>
    public bool IsVerb(ReadOnlySpan<char> word) => _verbs.Contains(word);

    /// <summary>A question word or <c>-kah</c> form that opens a question (<c>Benarkah</c>, <c>Mengapa</c>), never part of a name.</summary>
    public bool IsInterrogative(ReadOnlySpan<char> word) => _interrogatives.Contains(word);

    /// <summary>A hortative word that opens a call to action (<c>Mari</c>, <c>Ayo</c>, <c>Silakan</c>), never a name.</summary>
    public bool IsExhortation(ReadOnlySpan<char> word) => _exhortations.Contains(word);

    /// <summary>A first word of an English organization name (<c>institute</c>, <c>centre</c>); not a tagger feature.</summary>
    public bool IsEnglishOrganizationHead(ReadOnlySpan<char> word) => _englishOrganizationHeads.Contains(word);

    /// <summary>A first word of a place without a government (<c>semenanjung</c>, <c>laut</c>).</summary>
    public bool IsLocationHead(ReadOnlySpan<char> word) => _locationHeads.Contains(word);

    /// <summary>A last word that makes a name a LOCATION (<c>cosmodrome</c>).</summary>
    public bool IsLocationTail(ReadOnlySpan<char> word) => _locationTails.Contains(word);

    /// <summary>A first word of an organization's name (<c>kementerian</c>, <c>institut</c>, <c>kemenlu</c>).</summary>
    public bool IsOrganizationHead(ReadOnlySpan<char> word) => _organizationHeads.Contains(word);

    /// <summary>A reporting cue (<c>mengatakan</c>, <c>kata</c>, <c>menurut</c>) from the claim cues: next to it is often a speaker's name.</summary>
    public bool IsReportingCue(ReadOnlySpan<char> word) => _reportingCues.Contains(word);

    /// <summary>
    /// The type of the place that a lower-case place noun (<c>kota</c>, <c>kamp</c>, <c>kamp pengungsi</c>) puts after it:
    /// GPE, LOCATION, or <see langword="null"/> for any other word.
    /// </summary>
    public EntityType? PlaceNounType(ReadOnlySpan<char> noun) =>
        _gpeNouns.Contains(noun) ? EntityType.Gpe : _locationNouns.Contains(noun) ? EntityType.Location : null;

    /// <summary>
    /// A first word of an Indonesian name of a document, fee, system or agreement (<c>biaya</c>, <c>sistem</c>,
    /// <c>perjanjian</c>), a generic or legal category and no entity.
    /// </summary>
    public bool IsDocumentHead(ReadOnlySpan<char> word) => _documentHeads.Contains(word);

    /// <summary>A last word of an English name of a document or agreement (<c>agreement</c>, <c>regulation</c>).</summary>
    public bool IsDocumentTail(ReadOnlySpan<char> word) => _documentTails.Contains(word);

    /// <summary>A noun before a document's title (<c>ensiklik</c> of <c>ensiklik Rerum Novarum</c>): the name after it is the document's.</summary>
    public bool IsDocumentTitleNoun(ReadOnlySpan<char> word) => _documentTitleNouns.Contains(word);

    /// <summary>A lower-case noun (one or two words) that makes the name after it an event's (<c>latihan gabungan</c>).</summary>
    public bool IsEventNoun(ReadOnlySpan<char> phrase) => _eventNouns.Contains(phrase);

    /// <summary>A word that opens an organization's name only before its acronym in brackets (<c>misi</c>).</summary>
    public bool IsNamedOrganizationHead(ReadOnlySpan<char> word) => _namedOrganizationHeads.Contains(word);

    /// <summary>
    /// Whether the word at <paramref name="k"/> opens a common compound with the next word (<c>Baku tembak</c>,
    /// <c>Padang rumput</c>): a capitalized first word that is also a place's name, here no name.
    /// </summary>
    public bool IsCommonCompoundStart(SentenceWords tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k].Length + tokens[k + 1].Length > 40)
        {
            return false;
        }

        Span<char> pair = stackalloc char[tokens[k].Length + tokens[k + 1].Length + 1];
        SentenceMentions.WriteWords(tokens, k, 2, pair);
        return _commonCompounds.Contains(pair);
    }

    /// <summary>A first word of a building's or venue's name (<c>istana</c>, <c>gedung</c>, <c>stadion</c>).</summary>
    public bool IsVenueHead(ReadOnlySpan<char> word) => _venueHeads.Contains(word);

    /// <summary>A last word of an English venue name (<c>center</c>, <c>hall</c>, <c>headquarters</c>).</summary>
    public bool IsVenueTail(ReadOnlySpan<char> word) => _venueTails.Contains(word);

    /// <summary>A word that opens a byline or photo credit (<c>laporan</c>, <c>reporter</c>, <c>foto</c>).</summary>
    public bool IsBylineCue(ReadOnlySpan<char> word) => _bylineCues.Contains(word);

    /// <summary>A common noun that, before a name, makes it an organization (<c>klub</c>, <c>perusahaan</c>).</summary>
    public bool IsOrganizationContext(ReadOnlySpan<char> word) => _organizationContext.Contains(word);

    /// <summary>A word that closes a company's or club's name (<c>Tbk</c>, <c>Inc.</c>, <c>FC</c>).</summary>
    public bool IsOrganizationSuffix(ReadOnlySpan<char> word) => _organizationSuffixes.Contains(word);

    /// <summary>A kind of organization that is never the first word of its name (<c>klub</c>, <c>emiten</c>); not a tagger feature.</summary>
    public bool IsOrganizationCategory(ReadOnlySpan<char> word) => _organizationCategories.Contains(word);

    /// <summary>A role or relation that makes the next name a person's (<c>striker</c>, <c>pendiri</c>, <c>milik</c>); not a tagger feature.</summary>
    public bool IsPersonCue(ReadOnlySpan<char> word) => _personCues.Contains(word);

    /// <summary>A legal form written before a company's name (<c>PT</c>, <c>CV</c>, <c>Perum</c>; <c>Persero</c> also in brackets after it).</summary>
    public bool IsLegalForm(ReadOnlySpan<char> word) =>
        word is "PT" or "CV" or "Perum" or "Persero" or "PD";

    /// <summary>A word of sport reporting (<c>laga</c>, <c>gol</c>, <c>menjamu</c>); not a tagger feature.</summary>
    public bool IsSportContext(ReadOnlySpan<char> word) => _sportContext.Contains(word);

    /// <summary>A word that, before a place on a sport page, makes a club's name (<c>Real</c>, <c>Borussia</c>); not a tagger feature.</summary>
    public bool IsClubPrefix(ReadOnlySpan<char> word) => _clubPrefixes.Contains(word);

    /// <summary>A word that, after a place on a sport page, makes a club's name (<c>City</c>, <c>Rovers</c>); not a tagger feature.</summary>
    public bool IsClubSuffix(ReadOnlySpan<char> word) => _clubSuffixes.Contains(word);

    /// <summary>A negation, auxiliary or modal (<c>tak</c>, <c>akan</c>) where a name in a title-case headline ends.</summary>
    public bool IsHeadlineBreak(ReadOnlySpan<char> word) => _headlineBreaks.Contains(word);

    /// <summary>
    /// Whether tokens [<paramref name="first"/>, first + <paramref name="count"/>) of <paramref name="sentence"/>,
    /// joined by single spaces, are a category, not an entity; joined on the stack, not into a string.
    /// </summary>
    public bool IsNonEntity(SentenceMentions sentence, int first, int count)
    {
        var length = sentence.WordsLength(first, count);
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        SentenceMentions.WriteWords(sentence.Tokens, first, count, buffer);
        return IsNonEntityWords(buffer);
    }

    // Tokens hold no spaces, so words joined by single spaces are already in the lists' form.
    private bool IsNonEntityWords(ReadOnlySpan<char> words) =>
        _exactNonEntities.Contains(words) || (!IsAllCapitals(words) && _nonEntities.Contains(words));

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
