namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A person's name whose last part is also a common word (<c>Abdul Kamal Abdul Momen</c>: <c>momen</c> is "moment")
/// is often ended by the tagger before that part, and so is a surname in letters beyond ASCII (<c>Maroš Šefčovič</c>).
/// A capitalized word right after a name of two words or more (or of one, for such a surname), inside a
/// sentence in running text, that nothing else claims and that opens no other kind of name, runs the name on: a word
/// of the sentence's own grammar is not capitalized there. Days and months (<c>Joko Widodo Senin</c>), titles, verbs,
/// heads of organizations, places, venues and events, known names, acronyms and title-case headlines stay apart.
/// A one-word name that the tagger ended right before another name (<c>Heru</c> + <c>Budi Hartono</c>) joins it.
/// </summary>
internal sealed class PersonNameTailPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        if (sentence.TitleCase)
        {
            return;
        }

        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            var k = m.End;
            if (m.Type == EntityType.Person && k < tokens.Count && NameParticlePass.IsArticleName(tokens[k]) && sentence.At(k) is null)
            {
                m.End = k + 1; // `Majed al-Ansari`, found as a person only by a later pass
                m.Entry = null;
                continue;
            }

            if (m.Type == EntityType.Person && NameParticlePass.ParticlesEnd(tokens, k) is var surname and >= 0 && sentence.At(surname) is null)
            {
                m.End = surname + 1; // `Ketua Komisi Eropa Ursula | von der Leyen`: a person cut from an organization by a later pass
                m.Entry = null;
                continue;
            }

            if (m.Type != EntityType.Person || m.Entry is not null || k >= tokens.Count || (m.Length < 2 && !HasLetterBeyondAscii(tokens[k])) ||
                sentence.Bounds[k].Start != sentence.Bounds[k - 1].End + 1 || !words.IsPlainNameWord(tokens[k]) || sentence.At(k) is not null ||
                gazetteer.Match(tokens, k, out _) > 0 || !EndsRun(tokens, k + 1))
            {
                continue;
            }

            m.End = k + 1;
        }

        // `Jean-Claude Juncker`, `Pierre-Olivier Gourinchas`: the tokenizer splits a hyphenated given name at the hyphen
        // (as it splits `Rusia-China`), and the tagger starts the name after it, or ends an organization before it.
        // Only a given name that opens compounds joins (compound-given-names.txt): `Putin-Kim Jong-un` is a pair.
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            var k = m.First - 2;
            if (m.Type != EntityType.Person || k < 0 || tokens[k + 1] != "-" ||
                sentence.Bounds[k + 1].Start != sentence.Bounds[k].End || sentence.Bounds[m.First].Start != sentence.Bounds[k + 1].End ||
                !words.IsCompoundGivenName(tokens[k]) || gazetteer.Match(tokens, k, out _) > 0)
            {
                continue;
            }

            var holder = sentence.At(k);
            if (holder is null)
            {
                m.First = k;
            }
            else if ((holder.End == k + 1 || holder.End == k + 2) &&
                     ((holder.Type == EntityType.Person && holder.First <= k) || (holder.Type == EntityType.Organization && holder.First < k)))
            {
                if (holder.Type == EntityType.Person)
                {
                    m.First = holder.First;
                    sentence.Mentions.Remove(holder);
                    i = Math.Max(-1, i - 2);
                }
                else
                {
                    holder.End = k; // `Kepala Ekonom IMF Pierre-Olivier Gourinchas` tagged `IMF Pierre`
                    holder.Entry = gazetteer.Match(tokens, holder.First, out var known) == holder.Length ? known : null;
                    m.First = k;
                }
            }
            else
            {
                continue;
            }

            m.Entry = null;
        }

        // `Heru` + `Budi Hartono`: the tagger opened a second name inside one. In running text two names never meet
        // without a comma or `dan`, so a one-word name right before another name is that name's first part; so is a
        // one-word "place" or "organization" that no list knows (`Ngozi` + `Okonjo-Iweala`).
        for (var i = sentence.Mentions.Count - 2; i >= 0; i--)
        {
            var first = sentence.Mentions[i];
            var next = sentence.Mentions[i + 1];
            if (next.Type == EntityType.Person && first.Length == 1 && first.Entry is null &&
                next.First == first.End && sentence.Bounds[next.First].Start == sentence.Bounds[first.End - 1].End + 1 &&
                words.IsPlainNameWord(tokens[first.First]) &&
                (first.Type == EntityType.Person || (first.Type == EntityType.Gpe && WorldCities.Default.Match(tokens, first.First, out _) == 0)))
            {
                first.End = next.End;
                first.Entry = null;
                first.Type = EntityType.Person;
                sentence.Mentions.RemoveAt(i + 1);
            }
        }
    }

    // `Maroš Šefčovič`: a surname spelled with letters beyond ASCII is no Indonesian word, so a one-word name runs on too.
    private static bool HasLetterBeyondAscii(string word)
    {
        foreach (var c in word)
        {
            if (c > '\u007F' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // The word after the new last part must not be capitalized too: two capitalized words are another name.
    private static bool EndsRun(SentenceWords tokens, int k) => k >= tokens.Count || !char.IsUpper(tokens[k][0]);
}
