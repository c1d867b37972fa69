namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A foreign name and its acronym in one parenthesis after a name (<c>Pasukan Penindakan Geng (Gang Suppression
/// Force/GSF)</c>): three mentions of one kind. Runs before <see cref="AcronymPass"/>, which reads acronyms alone in
/// their parenthesis.
/// </summary>
internal sealed class SlashedAcronymPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i + 1] == ")" && tokens[i - 1] == "/" && NameShape.IsAcronym(tokens[i]))
            {
                if (i >= 4 && tokens[i - 3] == "(" && NameShape.IsAcronym(tokens[i - 2]) && char.IsUpper(tokens[i - 4][0]))
                {
                    SlashedAcronyms(sentence, i);
                }
                else
                {
                    SlashedExpansion(sentence, i);
                }
            }
        }
    }

    /// <summary>
    /// <c>Menteri Lingkungan Hidup/Kepala Badan Pengendalian Lingkungan Hidup (KLH/BPLH)</c>, <c>(KP2MI/BP2MI)</c>: the
    /// acronyms of two bodies one official heads, in one parenthesis after a name; each is an organization (or the place
    /// the gazetteer knows), and the second abbreviates the name just before the parenthesis when that name spells it.
    /// After lower-case words (<c>dunia usaha dan industri (DU/DI)</c>) they abbreviate a category, no name.
    /// </summary>
    private void SlashedAcronyms(SentenceMentions sentence, int i)
    {
        var tokens = sentence.NameTokens;
        int[] acronyms = [i - 2, i];
        foreach (var k in acronyms)
        {
            var known = gazetteer.TryGet(tokens[k], out var entry) && entry.Type != EntityType.Person ? entry : null;
            if (sentence.At(k) is { } tagged)
            {
                if (tagged.First == k && tagged.End == k + 1 && tagged.Entry is null && known is null)
                {
                    tagged.Type = EntityType.Organization;
                }

                continue;
            }

            var acronym = new Mention(k, k + 1, known?.Type ?? EntityType.Organization, known);
            if (k == i && known is null && sentence.Exactly(FirstEndingAt(sentence, i - 3), i - 3) is { Type: EntityType.Organization } named &&
                AbbreviationMatch.InOrder(tokens[k], tokens, named.First, named.End))
            {
                acronym.Expansion = named;
            }

            sentence.Insert(acronym);
        }
    }

    private static int FirstEndingAt(SentenceMentions sentence, int end)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.End == end)
            {
                return m.First;
            }
        }

        return end;
    }

    /// <summary>
    /// <c>Bank Pembangunan Baru (New Development Bank/NDB)</c>, <c>Pasukan Penindakan Geng (Gang Suppression
    /// Force/GSF)</c>: a foreign name and its acronym in one parenthesis after a name. The acronym abbreviates the
    /// foreign name; all three are mentions of one kind (the gazetteer's, else an organization), and the acronym links
    /// to the foreign name.
    /// </summary>
    private void SlashedExpansion(SentenceMentions sentence, int i)
    {
        var tokens = sentence.NameTokens;
        var open = i - 2;
        while (open >= 0 && open >= i - 9 && tokens[open] != "(" && (char.IsUpper(tokens[open][0]) || AbbreviationMatch.IsParticle(tokens[open])))
        {
            open--;
        }

        if (open < 0 || tokens[open] != "(" || i - 1 - (open + 1) < 2 || !AbbreviationMatch.InOrder(tokens[i], tokens, open + 1, i - 1))
        {
            return;
        }

        var known = gazetteer.TryGet(tokens[i], out var acronymEntry) ? acronymEntry : null;
        var whole = gazetteer.Match(tokens, open + 1, out var w) == i - 1 - (open + 1) ? w : null;
        var type = whole?.Type ?? known?.Type ?? EntityType.Organization;
        var foreign = Placed(sentence, new Mention(open + 1, i - 1, type, whole));
        Placed(sentence, new Mention(i, i + 1, type, known) { Expansion = known is null || known == whole ? foreign : null });

        // The name before the parenthesis: its capitalized words, titles and cues left out.
        var start = open;
        while (start > 0 && open - start < 8 && NameShape.IsCapitalized(tokens[start - 1]))
        {
            start--;
        }

        while (start < open && (words.IsTitle(tokens[start]) || words.IsPersonCue(tokens[start]) || words.IsReportingCue(tokens[start]) ||
                                (start == 0 && AcronymPass.SentencePrepositions.Contains(tokens[start])) ||
                                (start == 0 && start + 1 < open && words.IsNamedEventHead(tokens[start]) && words.IsOrganizationHead(tokens[start + 1]))))
        {
            start++;
        }

        if (open - start >= 2 && sentence.Holder(start, open) is null)
        {
            var local = gazetteer.Match(tokens, start, out var l) == open - start ? l : null;
            sentence.Put(new Mention(start, open, local?.Type ?? type, local));
        }
    }

    // Puts `mention` over the mentions it overlaps and returns the mention that holds its tokens now.
    private static Mention Placed(SentenceMentions sentence, Mention mention)
    {
        sentence.Put(mention);
        return sentence.Exactly(mention.First, mention.End) ?? mention;
    }
}
