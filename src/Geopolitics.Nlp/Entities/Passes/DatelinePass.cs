namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// News datelines: a spaced dash after a web domain, an all-capitals word or a known outlet (<c>KOMPAS.com - Dewan …</c>,
/// <c>VOVWORLD - …</c>, <c>CNBC Indonesia - Bank Indonesia</c>) ends the source, so no name runs across it (elsewhere a
/// spaced dash may sit inside a name written by a tokenizer, <c>Al - Faisaly</c>), and the name after the dash stays a
/// mention of its own; the source named after the place (<c>Kuala Lumpur (ANTARA) -</c>,
/// <c>JAKARTA, KOMPAS.com -</c>) is an organization (a news agency or outlet), whatever the tagger made of it; the place
/// before it, in capitals, is a GPE (<c>MANCHESTER</c> is the city, not its club).
/// </summary>
internal sealed class DatelinePass(Gazetteer gazetteer) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            EndNamesAtSourceDash(document.Text, sentence);
            MarkSource(sentence);
            MarkPlaceAfterSource(sentence);
        }
    }

    private void EndNamesAtSourceDash(string text, SentenceMentions sentence)
    {
        var bounds = sentence.Bounds;
        List<Mention>? after = null; // the names after the dashes, added once the mentions are no longer being read
        foreach (var d in sentence.Mentions)
        {
            if (d.Length > 1 && d.First > 0 && IsSpacedDash(text, bounds[d.First]) && IsSourceLike(text, bounds[d.First - 1]))
            {
                // `Merdeka.com - Tentara Pembebasan Rakyat (PLA)`: a name read from the dash on starts after it.
                d.First++;
                d.Entry = gazetteer.Match(sentence.Tokens, d.First, out var named) == d.Length ? named : null;
                continue;
            }

            for (var k = d.First + 1; k < d.End - 1; k++)
            {
                if (IsSpacedDash(text, bounds[k]) && (IsSourceLike(text, bounds[k - 1]) || IsKnownOutlet(sentence.Tokens, d.First, k)))
                {
                    var known = gazetteer.Match(sentence.Tokens, k + 1, out var entry) == d.End - k - 1 ? entry : null;
                    (after ??= []).Add(new Mention(k + 1, d.End, known?.Type ?? d.Type, known));
                    d.End = k;
                    d.Entry = gazetteer.Match(sentence.Tokens, d.First, out var source) == k - d.First ? source : null;
                    break;
                }
            }
        }

        if (after is null)
        {
            return;
        }

        foreach (var m in after)
        {
            sentence.Insert(m);
        }
    }

    // A dash with spaces on both sides, as a dateline writes it (not the hyphen of `Al - Faisaly` glued by a tokenizer).
    private static bool IsSpacedDash(string text, (int Start, int End) token) =>
        token.End - token.Start == 1 && text[token.Start] is '-' or '\u2013' or '\u2014' && token.Start > 0 &&
        char.IsWhiteSpace(text[token.Start - 1]) && token.End < text.Length && char.IsWhiteSpace(text[token.End]);

    // `CNBC Indonesia -`: the words before the dash are an outlet the gazetteer knows.
    private bool IsKnownOutlet(SentenceWords tokens, int first, int dash) =>
        gazetteer.Match(tokens, first, out var entry) == dash - first && entry.Type == EntityType.Organization;

    private bool IsKnownOutletInBrackets(SentenceWords tokens, int source) =>
        tokens[source - 1] == "(" && gazetteer.Match(tokens, source, out var outlet) == 1 && outlet.Type == EntityType.Organization;

    private static bool IsSourceLike(string text, (int Start, int End) token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Contains('.') || (word.Length >= 2 && !word.ContainsAnyInRange('a', 'z'));
    }

    private static bool IsCapitals(SentenceWords tokens, Mention m)
    {
        for (var k = m.First; k < m.End; k++)
        {
            if (tokens[k].AsSpan().ContainsAnyInRange('a', 'z') || !char.IsUpper(tokens[k][0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>Liputan6.com, Johannesburg - …</c>, <c>Jakarta, CNBC Indonesia -</c> written source first: the capitalized
    /// words between the outlet's comma and the dash are the dateline's place, a GPE whatever the tagger read.
    /// </summary>
    private void MarkPlaceAfterSource(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        if (mentions.Count == 0 || mentions[0].First != 0 || mentions[0].Type != EntityType.Organization || mentions[0].End >= tokens.Count ||
            tokens[mentions[0].End] != ",")
        {
            return;
        }

        var first = mentions[0].End + 1;
        var end = first;
        while (end < tokens.Count && end - first < 3 && NameShape.IsCapitalized(tokens[end]))
        {
            end++;
        }

        if (end == first || end >= tokens.Count || !NameShape.IsDash(tokens[end]))
        {
            return;
        }

        var known = gazetteer.Match(tokens, first, out var entry) == end - first && entry.Type == EntityType.Gpe ? entry : null;
        sentence.Put(new Mention(first, end, EntityType.Gpe, known));
    }

    private void MarkSource(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var mentions = sentence.Mentions;
        if (mentions.Count == 0 || mentions[0].First != 0)
        {
            return;
        }

        var k = mentions[0].End;
        var parenthesized = k < tokens.Count && tokens[k] is "(" or ",";
        var source = parenthesized ? k + 1 : -1;
        var after = source + 1 + (tokens.Count > source + 1 && tokens[source + 1] == ")" ? 1 : 0);
        if (source < 0 || source >= tokens.Count || after >= tokens.Count || !NameShape.IsDash(tokens[after]) ||
            !char.IsUpper(tokens[source][0]))
        {
            return;
        }

        // `Rio de Janeiro (ANTARA) -`, `Sao Paulo (ANTARA) -`: before a known outlet in brackets, the words are the
        // dateline's place, however the tagger read a city it never saw.
        if (!(mentions[0].Type == EntityType.Gpe || IsCapitals(tokens, mentions[0]) || IsKnownOutletInBrackets(tokens, source)))
        {
            return;
        }

        if (gazetteer.Match(tokens, source, out var sourcePlace) == 1 && sourcePlace.Type == EntityType.Gpe)
        {
            return; // `TAIPEI, TAIWAN —`: a city and its country, no outlet
        }

        if (mentions[0].Type != EntityType.Gpe)
        {
            // MANCHESTER, KOMPAS.com -: the dateline's place, in capitals, whatever the tagger read (the city's club).
            mentions[0].Type = EntityType.Gpe;
            mentions[0].Entry = null;
        }

        if (sentence.At(source) is { } existing)
        {
            existing.First = source;
            existing.End = source + 1;
            existing.Type = EntityType.Organization;
            existing.Entry = null;
            existing.Expansion = null; // "Kuala Lumpur (ANTARA)": a source in parentheses, not the place's acronym
        }
        else
        {
            mentions.Insert(1, new Mention(source, source + 1, EntityType.Organization, null));
        }
    }
}
