using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Finds the person an earlier sentence introduced: the holder of a title used again without the name
/// (<c>Menteri Luar Negeri Rusia</c>), the person a description stood beside (<c>diplomat senior tersebut</c>), and the
/// subject a pronoun may point to when no speaker has spoken since.
/// </summary>
internal sealed class EarlierPersons
{
    private const int TitleSearchWindow = 20_000;
    private const int MaxPronounChain = 3;
    private const int MaxOpeningPhraseTokens = 12;
    private const int MaxQuotationSentences = 12;

    private readonly ClaimContext _ctx;
    private readonly ArticleMentions _mentions;
    private readonly TextNames _names;

    /// <summary>Reads the persons of one article.</summary>
    public EarlierPersons(ClaimContext ctx, ArticleMentions mentions, TextNames names)
    {
        _ctx = ctx;
        _mentions = mentions;
        _names = names;
    }

    /// <summary>
    /// <c>Menteri Luar Negeri Rusia</c> alone: the person the same title introduced earlier
    /// (<c>Menteri Luar Negeri Rusia Sergey Lavrov</c>).
    /// </summary>
    public string? TitleHolder(TextSpan speaker) => PersonAtEarlierUse(speaker.GetText(_ctx.Text), speaker.Start, personBeforeToo: false);

    /// <summary>
    /// <c>diplomat senior tersebut</c>: the last person named right before (<c>X, diplomat senior …</c>) or right after
    /// (<c>diplomat senior X</c>) an earlier use of the description without its demonstrative.
    /// </summary>
    public string? DescribedPerson(TextSpan speaker)
    {
        var last = _ctx.TokenAtOrAfter(speaker.End) - 1;
        var first = _ctx.TokenAtOrAfter(speaker.Start);
        if (last <= first)
        {
            return null;
        }

        var core = _ctx.Text[_ctx.Tokens[first].Start.._ctx.Tokens[last - 1].End];
        return PersonAtEarlierUse(core, speaker.Start, personBeforeToo: true);
    }

    /// <summary>
    /// The person named right after (or, with <paramref name="personBeforeToo"/>, right before) the latest earlier use
    /// of <paramref name="phrase"/> that has one, searching back from <paramref name="before"/> within the title window.
    /// </summary>
    private string? PersonAtEarlierUse(string phrase, int before, bool personBeforeToo)
    {
        var from = before - 1;
        var stop = Math.Max(0, before - TitleSearchWindow);
        while (from >= stop && from >= phrase.Length - 1)
        {
            var at = _ctx.Text.LastIndexOf(phrase, from, from - stop + 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                break;
            }

            var after = at + phrase.Length;
            var around = new TextSpan(personBeforeToo ? Math.Max(0, at - 3) : after, Math.Min(_ctx.Text.Length, after + 4));
            foreach (var e in _mentions.Overlapping(around))
            {
                if (e.Type == EntityType.Person && (e.Start >= after || (personBeforeToo && e.End <= at)))
                {
                    return e.Canonical;
                }
            }

            from = at - 1;
        }

        return null;
    }

    /// <summary>
    /// <c>Agung Laksono tak melihat … . Ia mengatakan …</c>: a person who opens the sentence before as its subject, after
    /// the last speaker spoke (in sentence <paramref name="lastSpeakerSentence"/>), is whom a pronoun now points to; a
    /// person mentioned further inside that sentence is not.
    /// </summary>
    public string? NewSubject(int sentence, int lastSpeakerSentence)
    {
        // `Sejak …, Presiden Filipina Ferdinand Marcos Jr aktif …. Pada bulan lalu, ia mengunjungi …. Ia juga …`: a
        // sentence whose subject is itself a pronoun goes on about the subject before it, so the search steps back over it.
        // `"Saya meminta warga tenang. Kami memeriksa gedung," ujarnya`: the earlier sentences of the quotation this
        // attribution closes are the speaker's own words, not the narrative before them, so the search starts where the
        // quotation opens.
        var closing = _ctx.Sentences.IsEmpty || sentence >= _ctx.Sentences.Length ? -1 : QuoteAtOpening(sentence);
        var chain = 0;
        for (var s = sentence - 1; s > lastSpeakerSentence && s >= 0 && chain < MaxPronounChain && !_mentions.IsEmpty; s--)
        {
            var first = _ctx.Sentences[s].FirstToken;
            var end = _ctx.Sentences[s].EndToken;
            var quote = QuoteAtOpening(s);
            if (quote >= 0 && quote == closing)
            {
                continue;
            }

            chain++;
            // A sentence of quoted words (`"Putin tidak menginginkan perdamaian. Kami …," ucapnya`) names whom the speaker
            // talks about; its subject is no newcomer.
            if (quote >= 0)
            {
                return null;
            }

            var subject = Subject(first, end);
            if (subject is { } found && OnePerson(found, out var person))
            {
                return person;
            }

            if (subject is not { } pronoun || !IsPersonalPronoun(pronoun))
            {
                return PassiveAgent(first, end);
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence where the quotation that runs into sentence <paramref name="sentence"/> opens (<c>"Saya cuma ingin
    /// pulang. Tolong kami," tuturnya</c>), or <paramref name="sentence"/> itself.
    /// </summary>
    public int QuotationOpening(int sentence)
    {
        if (_ctx.Sentences.IsEmpty || sentence >= _ctx.Sentences.Length)
        {
            return sentence;
        }

        var quote = QuoteAtOpening(sentence);
        var s = sentence;
        while (quote >= 0 && s > 0 && sentence - s < MaxQuotationSentences && QuoteAtOpening(s - 1) == quote)
        {
            s--;
        }

        return s;
    }

    // The quotation the sentence opens inside of or with (its first word quoted), else -1.
    private int QuoteAtOpening(int sentence)
    {
        var first = _ctx.Sentences[sentence].FirstToken;
        if (first >= _ctx.Tokens.Length)
        {
            return -1;
        }

        return _ctx.QuoteOf(first) >= 0 ? _ctx.QuoteOf(first) : _ctx.IsQuoteMark(first) && first + 1 < _ctx.Tokens.Length ? _ctx.QuoteOf(first + 1) : -1;
    }

    // The subject that opens the sentence, also after an opening adverbial phrase closed by a comma (`Sejak terpilih pada
    // 8 Mei 2025, Paus Leo XIV aktif …`, `Pada bulan lalu, ia …`) when the words before the comma name no one.
    private TextSpan? Subject(int first, int end)
    {
        var subject = SentenceSubjects.SentenceSubject(_ctx, first, end);
        if (subject is { } found && (OnePerson(found, out _) || IsPersonalPronoun(found)))
        {
            return subject;
        }

        for (var k = first; k < end && k - first <= MaxOpeningPhraseTokens; k++)
        {
            if (_ctx.IsMark(k, ','))
            {
                return k > first && !_ctx.IsCapitalized(k - 1) && !_mentions.Overlapping(_ctx.Span(first, k - 1)).Any(e => e.Type == EntityType.Person)
                    ? SentenceSubjects.SentenceSubject(_ctx, k + 1, end) ?? subject
                    : subject;
            }
        }

        return subject;
    }

    /// <summary>
    /// <c>Hamas menerima proposal itu. Mereka menyatakan …</c>: the organization or country that is the subject a group
    /// pronoun at token <paramref name="pronoun"/> refers to — of its own sentence when the pronoun stands inside it
    /// (<c>… setelah mereka mengumumkan …</c>), else of the sentence before; a list of them speaks as the list. Null
    /// when that subject names a person (<c>Presiden Prabowo bertemu para pengusaha. Mereka …</c>) or nothing.
    /// </summary>
    public string? GroupSubject(int sentence, int pronoun)
    {
        if (_ctx.Sentences.IsEmpty)
        {
            return null;
        }

        var subject = Subject(_ctx.Sentences[sentence].FirstToken, _ctx.Sentences[sentence].EndToken);
        if (subject is { } own && _ctx.TokenAtOrAfter(own.Start) == pronoun)
        {
            subject = sentence > 0 ? Subject(_ctx.Sentences[sentence - 1].FirstToken, _ctx.Sentences[sentence - 1].EndToken) : null;
        }

        if (subject is not { } group || (group.End > _ctx.Tokens[pronoun].Start && group.Start <= _ctx.Tokens[pronoun].Start))
        {
            return null;
        }

        string? named = null;
        var distinct = 0;
        foreach (var e in _mentions.Overlapping(group))
        {
            if (e.Type == EntityType.Person)
            {
                return null;
            }

            if (e.Type is EntityType.Organization or EntityType.Gpe && e.Canonical != named)
            {
                named ??= e.Canonical;
                distinct++;
            }
        }

        return distinct > 1 && SpeakerNames.HasCoordination(_ctx, group, firstSegmentOnly: false) ? group.GetText(_ctx.Text) : named;
    }

    // `ia`, `dia`, `beliau` alone (not `mereka`, a group).
    private bool IsPersonalPronoun(TextSpan subject)
    {
        var t = _ctx.TokenAtOrAfter(subject.Start);
        return _ctx.Tokens[t].End == subject.End && _ctx.Is(t, SpeakerWordRole.Pronoun) && !_ctx.Is(t, SpeakerWordRole.Plural);
    }

    // `Hal senada disampaikan Juru Bicara Kemlu Teuku Faizasyah.`: the agent of a passive reporting verb.
    private string? PassiveAgent(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_ctx.CueOf(k) == CueRole.Passive)
            {
                var from = _ctx.IsWordText(k + 1, "oleh") ? k + 2 : k + 1;
                return SourcePhraseReader.SourceAfter(_ctx, from, end, untilComma: false) is { } agent && OnePerson(agent, out var named) ? named : null;
            }
        }

        return null;
    }

    // The one person named in the phrase (`X dan Y` is no single antecedent).
    private bool OnePerson(TextSpan phrase, out string? person)
    {
        person = null;
        foreach (var e in _mentions.Overlapping(phrase))
        {
            if (e.Type == EntityType.Person)
            {
                if (person is not null)
                {
                    person = null;
                    return false;
                }

                person = e.Canonical;
            }
        }

        return person is not null;
    }

    /// <summary>Without entities: the named subject of one of the two sentences before.</summary>
    public string? PreviousSubject(int sentence)
    {
        for (var s = sentence - 1; s >= 0 && sentence - s <= 2; s--)
        {
            var first = _ctx.Sentences[s].FirstToken;
            if (SentenceSubjects.SentenceSubject(_ctx, first, _ctx.Sentences[s].EndToken) is { } subject &&
                _ctx.IsCapitalized(_ctx.TokenAtOrAfter(subject.Start)) && _names.FromText(subject, first) is { } name)
            {
                return name;
            }
        }

        return null;
    }
}
