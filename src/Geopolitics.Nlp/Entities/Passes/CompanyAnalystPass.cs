namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Business pages name an analyst after the firm (<c>Analis Kitco Metals Jim Wyckoff</c>, <c>Ekonom Capital Economics
/// Gareth Leather</c>), and the tagger reads the run as one person. A person's span that holds a word naming a business
/// (<c>company-words.txt</c>) is the firm up to that word, an ORGANIZATION (with the capitalized words just before it
/// that are no title or role, <c>Ekonom</c>), and the person after it, if any (<c>Sucor Sekuritas</c> alone is the firm).
/// </summary>
internal sealed class CompanyAnalystPass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Person || m.Entry is not null)
            {
                continue;
            }

            var lastCompanyWord = -1;
            for (var k = m.First; k < m.End; k++)
            {
                if (words.IsCompanyWord(tokens[k]) && NameShape.IsCapitalized(tokens[k]))
                {
                    lastCompanyWord = k;
                }
            }

            if (lastCompanyWord < 0)
            {
                continue;
            }

            var first = m.First;
            while (first > 0 && NameShape.IsCapitalized(tokens[first - 1]) && !words.IsTitle(tokens[first - 1]) && !words.IsPersonCue(tokens[first - 1]) &&
                   sentence.At(first - 1) is null)
            {
                first--; // `Kitco` of `Kitco Metals`, left out of the tagger's span
            }

            var person = lastCompanyWord + 1 < m.End ? new Mention(lastCompanyWord + 1, m.End, EntityType.Person, null) : null;
            m.First = first;
            m.End = lastCompanyWord + 1;
            m.Type = EntityType.Organization;
            if (person is not null)
            {
                sentence.Mentions.Insert(i + 1, person);
                i++;
            }
        }
    }
}
