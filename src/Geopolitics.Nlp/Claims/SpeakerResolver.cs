using System.Collections.Immutable;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Links a speaker phrase to the entity that speaks. Names and titles take the entity stage's canonical name of the
/// person (else organization or country) inside the phrase; pronouns and the <c>-nya</c> clitic take the salient
/// antecedent (the last speaker nearby or a person who became the subject since, else the last person mentioned), and
/// <c>mereka</c> a group (the organization or country subject before it, never one person); descriptions
/// (<c>diplomat senior itu</c>, <c>perempuan kelahiran Semarang itu</c>) the person introduced so; a source that
/// withholds its name no entity; unnamed officials (<c>pejabat senior X</c>) and lists of countries are named by the
/// organization they name or by the phrase itself, as news annotation does; groups (<c>para analis</c>) stay unresolved. Without entities it falls back to the capitalized name in the phrase.
/// </summary>
/// <remarks>One resolver serves one article, in text order, since antecedents depend on the claims before.</remarks>
internal sealed class SpeakerResolver
{
    private const int AntecedentSentences = 6;

    private readonly ClaimContext _ctx;
    private readonly ArticleMentions _mentions;
    private readonly KnownNames _knownNames = new();
    private readonly TextNames _names;
    private readonly EarlierPersons _earlier;
    private readonly OfficeHolders _offices;

    private string? _lastSpeaker;
    private bool _lastSpeakerIsPerson;
    private bool _lastSpeakerUnnamed;
    private readonly HashSet<string> _persons = new(StringComparer.Ordinal);
    private int _lastSpeakerSentence = int.MinValue;
    private TextSpan? _lastSpeakerSpan;
    private string? _lastPerson;
    private int _lastPersonSentence = int.MinValue;

    /// <summary>Prepares resolution for one article.</summary>
    public SpeakerResolver(ClaimContext ctx, ImmutableArray<EntityMention> entities)
    {
        _ctx = ctx;
        _mentions = new ArticleMentions(_ctx, entities);
        _names = new TextNames(_ctx, _mentions, _knownNames);
        _earlier = new EarlierPersons(_ctx, _mentions, _names);
        _offices = new OfficeHolders(_ctx, _mentions);
    }

    /// <summary>The entity the speaker refers to, or <see langword="null"/> when the text does not say.</summary>
    public string? Resolve(TextSpan speaker)
    {
        var first = _ctx.TokenAtOrAfter(speaker.Start);
        var sentence = first < _ctx.Tokens.Length ? _ctx.SentenceIndexOf(first) : 0;
        var clitic = speaker.Start > 0 && char.IsLetter(_ctx.Text[speaker.Start - 1]); // the `nya` of `ujarnya`
        var anaphoric = clitic || (speaker.Length <= 6 && _ctx.Is(first, SpeakerWordRole.Pronoun) && _ctx.Tokens[first].End == speaker.End) ||
                        Described(speaker);
        // `dia`, `ia`, `beliau`, a bare title (`Menlu`) and a described person (`perempuan kelahiran Semarang itu`) refer to
        // persons only; `-nya` to the current speaker of any kind.
        var personal = !clitic && (_ctx.Is(first, SpeakerWordRole.Pronoun) || _ctx.Is(first, SpeakerWordRole.Title) ||
                                   (_ctx.Is(first, SpeakerWordRole.Generic) && Described(speaker)));
        // `mereka`: a pronoun for a group, never for one person.
        var group = !clitic && anaphoric && _ctx.Is(first, SpeakerWordRole.Pronoun) && _ctx.Is(first, SpeakerWordRole.Plural);
        if (!clitic && AuthorVoice.IsFirstPerson(_ctx, speaker, out _))
        {
            // `saya`, `kami`: a pronoun is never the entity, and it changes no one's turn to speak.
            return null;
        }

        string? entity;
        var person = false;
        var unnamed = false;
        if (!clitic && Described(speaker) && _earlier.DescribedPerson(speaker) is { } described)
        {
            // `mantan eksekutif Bank Dunia itu`: the person the text introduced with that description.
            entity = described;
            person = true;
        }
        else if (!clitic && DescribedOrganizations.Resolve(_ctx, _mentions, speaker) is { } organization)
        {
            entity = organization; // `Bank sentral itu` after `Bank Indonesia`
        }
        else if (group)
        {
            // `Hamas menerima proposal itu. Mereka menyatakan …`: the organization or country (or list of them) that is the
            // subject just before, or the non-person source speaking; else no one the text names.
            entity = _earlier.GroupSubject(sentence, first) ?? (!_lastSpeakerIsPerson && sentence - _lastSpeakerSentence <= 1 ? _lastSpeaker : null);
        }
        else if (!clitic && (UnnamedSources.IsUnnamed(_ctx, _mentions, speaker) || AnonymousSource.Withholds(_ctx, speaker)))
        {
            // `pengamat`, `Seorang sopir truk di Rafah`, `Seorang pejabat senior Turki yang enggan disebut namanya`: someone
            // the text does not name, not the speaker before nor a country in the phrase.
            entity = null;
            unnamed = true;
        }
        else if (PointsBackToStatement(speaker, first))
        {
            // `pernyataan itu`: a document is no speaker; the source of the statement it points back to is.
            entity = Antecedent(speaker, sentence, personal: false, clitic: false, out person);
        }
        else if (anaphoric)
        {
            entity = Antecedent(speaker, sentence, personal, clitic, out person);
        }
        else if (IsBareTitle(speaker, first))
        {
            // The holder of the same office (`Menhan` after `Menteri Pertahanan X`, `Menlu RI` the Indonesian one) or of
            // the same words the text introduced; never whoever was named last, nor the organization in the title
            // (`Panglima TNI`); the current speaker only if the text gave them no title. Without entities, the current
            // speaker, else the title as written.
            person = true;
            var current = _lastSpeakerIsPerson && sentence - _lastSpeakerSentence <= AntecedentSentences ? _lastSpeaker : null;
            entity = _offices.HolderOf(speaker, current) ?? _earlier.TitleHolder(speaker) ?? _names.NameAfterEarlierTitle(speaker.GetText(_ctx.Text), speaker.Start) ??
                     (current is not null && QualifierOf(speaker) is null && _offices.HoldsNoTitle(current, speaker.Start) ? current : null);
            if (entity is null && _mentions.IsEmpty && QualifierOf(speaker) is var qualifier && (qualifier is null || SpokeFor(qualifier)))
            {
                entity = Antecedent(speaker, sentence, personal: true, clitic: false, out _);
            }
            else if (entity is null)
            {
                // `Kapolri` after `Presiden Prabowo`, `Menlu Jepang` after `Menlu Sugiono`: an office the text gave no
                // holder names someone it has not named, not the speaker before.
                person = true;
                unnamed = true;
            }

            if (entity is null && !unnamed)
            {
                entity = _names.FromText(speaker, first);
                person = false;
            }
        }
        else if (_ctx.Is(first, SpeakerWordRole.Plural))
        {
            // `para analis` names no one; `beberapa negara Arab, serta Turki dan Iran` speaks as the list.
            entity = SpeakerNames.HasCoordination(_ctx, speaker, firstSegmentOnly: false) && _mentions.Overlapping(speaker).Any() ? speaker.GetText(_ctx.Text) : null;
        }
        else if (UnnamedSpeakers.StateNewsAgency(_ctx, _mentions, speaker, first) is { } agency)
        {
            entity = agency; // `kantor berita negara X`: X's state agency
        }
        else if (UnnamedSpeakers.IsUnnamedSource(_ctx, _mentions, speaker, first))
        {
            entity = null; // `sumber di Kementerian Luar Negeri`: someone at the organization, not the organization
        }
        else if (UnnamedSpeakers.UnnamedOfficial(_ctx, _mentions, speaker, first) is { } official)
        {
            // `pejabat senior X`, `juru bicara Gedung Putih`: the organization named, else the phrase itself.
            entity = official;
            person = true;
        }
        else if (SpeakerNames.NameAfterDescription(_ctx, speaker) is { } apposition && !_mentions.Overlapping(speaker).Any(e => e.Type == EntityType.Person))
        {
            // `laporan stasiun televisi Israel, Channel 12`: the name the description is given speaks.
            entity = _mentions.Overlapping(apposition).FirstOrDefault()?.Canonical ?? apposition.GetText(_ctx.Text);
        }
        else if (Nicknames.FullName(_ctx, _mentions, speaker) is { } fullName)
        {
            entity = fullName; // `Roy, sapaan akrab Rolliansyah Soemirat`
            person = true;
        }
        else
        {
            entity = FromEntities(speaker, first, out person);
            if (entity is null && _names.FromText(speaker, first) is { } name)
            {
                // A name the entity stage missed: a person unless a word or a known place says otherwise.
                entity = name;
                person = _persons.Contains(name) || (!_mentions.Places().Contains(name) && !HasOrganizationWord(name));
            }
        }

        _lastSpeaker = entity;
        if (!anaphoric)
        {
            _lastSpeakerSpan = speaker; // the phrase that introduced the current speaker, not `ia` or `-nya`
        }

        _lastSpeakerIsPerson = person;
        _lastSpeakerUnnamed = unnamed;
        if (person && entity is not null)
        {
            _persons.Add(entity);
            _lastPerson = entity;
            _lastPersonSentence = sentence;
        }

        _lastSpeakerSentence = sentence;
        if (entity is not null)
        {
            _knownNames.Add(entity);
        }

        return entity;
    }

    // The salient antecedent: the current speaker (a person, when `personal`), else the subject-like person before.
    private string? Antecedent(TextSpan speaker, int sentence, bool personal, bool clitic, out bool person)
    {
        if (_lastSpeakerUnnamed && _earlier.QuotationOpening(sentence) - _lastSpeakerSentence <= 1)
        {
            // `Seorang warga mengatakan …. "…," ujarnya`: the unnamed source goes on speaking.
            person = true;
            return null;
        }

        if (sentence - _lastSpeakerSentence <= AntecedentSentences && _lastSpeaker is not null && (_lastSpeakerIsPerson || !personal))
        {
            // A person who opens the sentence before is the newcomer `ia` or `-nya` refers to (`Kanselir Jerman Friedrich
            // Merz … mendesak …. Menurutnya, …`).
            if ((personal || clitic) && _earlier.NewSubject(sentence, _lastSpeakerSentence) is { } newcomer && newcomer != _lastSpeaker)
            {
                person = true;
                return newcomer;
            }

            person = _lastSpeakerIsPerson;
            return _lastSpeaker;
        }

        if (personal && _lastSpeaker is not null && !_lastSpeakerIsPerson && _lastPerson is not null && sentence - _lastPersonSentence <= AntecedentSentences)
        {
            // `Menteri X mengatakan …. Ia menjelaskan pertemuan dengan Menteri Y …. Pihak Saudi menekankan …. Saudi, kata dia,
            // …`: a country or organization spoke in between; `dia` goes on with the person who spoke before it (or one
            // who opened a sentence since), not with a person the speakers merely talked about.
            person = true;
            return _earlier.NewSubject(sentence, _lastSpeakerSentence) ?? _lastPerson;
        }

        person = true;
        return _mentions.IsEmpty ? _earlier.PreviousSubject(sentence) : _mentions.LastPersonBefore(speaker.Start)?.Canonical;
    }

    // The place a bare title is of (`Jepang` in `Menlu Jepang`), or null.
    private string? QualifierOf(TextSpan title) =>
        _mentions.Overlapping(title).FirstOrDefault(e => e.Type is EntityType.Gpe or EntityType.Location)?.Canonical;

    // Whether the last speaker was introduced with the place `qualifier` in the speaker phrase (`Menlu Jepang Takeshi
    // Iwaya`), so that the bare title may go on with that person.
    private bool SpokeFor(string qualifier) =>
        _lastSpeakerSpan is { } last && _mentions.Overlapping(last).Any(e => e.Canonical == qualifier);

    private bool HasOrganizationWord(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((_ctx.Lexicon.SpeakerWord(word) & SpeakerWordRole.Organization) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // `Menlu`, `Menteri Pertahanan`, `Panglima TNI`: titles with no name. An organization in an office's title is whose
    // office it is; after a role held for someone else (`juru bicara Gedung Putih`) it names the unnamed official.
    private bool IsBareTitle(TextSpan speaker, int first)
    {
        if (!_ctx.Is(first, SpeakerWordRole.Title) || _mentions.Overlapping(speaker).Any(e => e.Type == EntityType.Person || (e.Type == EntityType.Organization && !InTitle(e, first))))
        {
            return false;
        }

        for (var t = first; t < _ctx.Tokens.Length && _ctx.Tokens[t].End <= speaker.End; t++)
        {
            if (_ctx.IsWord(t) && !_ctx.Is(t, SpeakerWordRole.Title) && !_mentions.Overlapping(_ctx.Tokens[t].Span).Any() && !IsHeadOf(t))
            {
                return _offices.NamesOfficeOnly(speaker); // `Menteri Pertahanan`; else a name the entity stage missed, or a description
            }
        }

        return true;
    }

    // `TNI` in `Panglima TNI`: an organization whose office the title is. Not after a role held for someone else
    // (`juru bicara Gedung Putih` names the unnamed official by it), nor an organization that opens the phrase (`Kepala Staf
    // Gabungan Korea Selatan` is the organization's name), nor a person's name read into it (`Partai Demokrat Nurhayati …`).
    private bool InTitle(EntityMention organization, int first) =>
        !_ctx.Is(first, SpeakerWordRole.Dependent) && organization.Start > _ctx.Tokens[first].Start &&
        SpeakerNames.NameEndingOrganization(_ctx, _mentions.Places(), organization) is null;

    // `Kepala Negara`, `Kepala Pemerintahan`: the head of state or government, a title as a whole.
    private bool IsHeadOf(int t) =>
        t > 0 && _ctx.IsWordText(t - 1, "kepala") && (_ctx.IsWordText(t, "negara") || _ctx.IsWordText(t, "pemerintahan"));

    private string? FromEntities(TextSpan speaker, int first, out bool isPerson)
    {
        isPerson = false;
        var inside = _mentions.Overlapping(speaker).ToList();
        // `Warga di Kampung Baru`, `Komisi yang bermarkas di Abuja, Nigeria, itu`: a place after `di` is where the speaker
        // is, not who speaks.
        inside.RemoveAll(e => e.Type is EntityType.Gpe or EntityType.Location && e.Start > speaker.Start && SpeakerPhraseMentions.AfterDi(_ctx, e.Start));
        if (inside.Count == 0)
        {
            return null;
        }

        var persons = inside.Where(e => e.Type == EntityType.Person).ToList();
        if (persons.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Count() > 1 && SpeakerNames.CoordinatedBetween(_ctx, persons[0].End, persons[^1].Start))
        {
            return speaker.GetText(_ctx.Text); // `Putin dan Xi Jinping` speak as the pair, as a list of countries does
        }

        if ((SpeakerPhraseMentions.AppositionPerson(_ctx, speaker, inside) ?? inside.FirstOrDefault(e => e.Type == EntityType.Person)) is { } person)
        {
            isPerson = true;
            if (NameRunOn(person, speaker) is { } longer)
            {
                return longer; // `Abdul Kamal Abdul` + `Momen`: the name as written to its last capitalized word
            }

            // `Agung` when the entity stage missed the earlier `Agung Laksono`: the full name from the text. A full name the
            // entity stage read as a person of its own and did not link (`Rizki Sugiono` in a byline, then `Menlu Sugiono`)
            // is someone else.
            if (person.Canonical.Contains(' ', StringComparison.Ordinal) || person.Canonical.Length < 3)
            {
                return person.Canonical;
            }

            var full = _knownNames.StartingOrEndingWith(person.Canonical) ?? _names.FullPersonNameBefore(person.Canonical, speaker.Start);
            return full is null || _mentions.IsPersonCanonical(full) ? person.Canonical : full;
        }

        if (_ctx.Is(first, SpeakerWordRole.Title) && inside.Select(m => SpeakerNames.NameEndingOrganization(_ctx, _mentions.Places(), m)).FirstOrDefault(n => n is not null) is { } named)
        {
            isPerson = true;
            return named; // `Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf` read as one organization
        }

        if (DescriptionSource.NamedAtEnd(_ctx, speaker, first, inside) is { } described)
        {
            return described; // `data badan statistik UE Eurostat`: the organization the description leads to, not its place
        }

        var distinct = inside.Select(e => e.Canonical).Distinct(StringComparer.Ordinal).Count();
        if (distinct > 1 && SpeakerNames.HasCoordination(_ctx, speaker, firstSegmentOnly: false))
        {
            return speaker.GetText(_ctx.Text); // a list of countries speaks as the list
        }

        if (_ctx.Is(first, SpeakerWordRole.Title) && _ctx.Tokens[first].Start == speaker.Start && _earlier.TitleHolder(speaker) is { } holder)
        {
            isPerson = true;
            return holder;
        }

        return inside[0].Canonical;
    }

    // `pernyataan itu`, `keterangan tersebut`: a statement noun closed by a demonstrative.
    private bool PointsBackToStatement(TextSpan speaker, int first) =>
        _ctx.Is(first, SpeakerWordRole.Statement) && first + 1 < _ctx.Tokens.Length && _ctx.Tokens[first + 1].End == speaker.End &&
        SourcePhraseReader.IsDemonstrative(_ctx, first + 1);

    // The person mention stops short of the speaker phrase's name (`Abdul Kamal Abdul` in `… Abdul Kamal Abdul Momen
    // kepada …`): the capitalized words right after it that no other mention claims and no title opens.
    private string? NameRunOn(EntityMention person, TextSpan speaker)
    {
        var t = _ctx.TokenAtOrAfter(person.End);
        if (t > 0 && _ctx.Tokens[t - 1].End > person.End && _ctx.Tokens[t - 1].End <= speaker.End && _ctx.IsWord(t - 1))
        {
            return _ctx.Text[person.Start.._ctx.Tokens[t - 1].End]; // `Linda Thomas` in the word `Thomas-Greenfield`
        }

        var last = -1;
        var previousEnd = person.End;
        // A hyphen joins the next word to the name (`Linda Thomas` + `-Greenfield`).
        while (t < _ctx.Tokens.Length && _ctx.Tokens[t].End <= speaker.End && _ctx.Tokens[t].Start - previousEnd <= 1 &&
               ((_ctx.IsCapitalized(t) && !_ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Organization)) || DescribedName.JoinsName(_ctx, t)) &&
               (!_mentions.Overlapping(_ctx.Tokens[t].Span).Any() || DescribedName.JoinsName(_ctx, t - 1)))
        {
            if (_ctx.IsWord(t))
            {
                last = t;
            }

            previousEnd = _ctx.Tokens[t++].End;
        }

        return last < 0 ? null : _ctx.Text[person.Start.._ctx.Tokens[last].End];
    }

    // `Ketua DPR ini`: a description refers back unless it names a person.

    private bool Described(TextSpan speaker) => SpeakerNames.IsDescription(_ctx, speaker) && !_mentions.Overlapping(speaker).Any(e => e.Type == EntityType.Person);
}
