namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Doubles pairs are written with a slash and no spaces (<c>Fajar/Rian</c>, <c>Fajar Alfian/Muhammad Rian Ardianto</c>,
/// <c>Dejan/Gloria</c>): both sides are people. When one side is a person (a PERSON mention, or a word the article names
/// a person with elsewhere, <see cref="EntityDocument.PersonParts"/>), the other side, a run of capitalized words that
/// names no organization and no known place, is a PERSON too. Photo credits (<c>REUTERS/Nama/File Photo</c>) are left
/// to the byline rules: a line with an organization beside a slash holds no pair.
/// </summary>
internal sealed class SlashPairPass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    /// <summary>The longest side read (a full name of up to four words).</summary>
    private const int MaxSide = 4;

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (IsCredit(sentence))
            {
                continue;
            }

            for (var k = 1; k + 1 < sentence.Count; k++)
            {
                if (sentence.Tokens[k] == "/" && sentence.Bounds[k].Start == sentence.Bounds[k - 1].End &&
                    sentence.Bounds[k + 1].Start == sentence.Bounds[k].End)
                {
                    Pair(sentence, k, document.PersonParts);
                }
            }
        }
    }

    private static bool IsCredit(SentenceMentions sentence)
    {
        for (var k = 1; k + 1 < sentence.Count; k++)
        {
            if (sentence.Tokens[k] == "/" &&
                (sentence.At(k - 1) is { Type: EntityType.Organization } || sentence.At(k + 1) is { Type: EntityType.Organization }))
            {
                return true;
            }
        }

        return false;
    }

    private void Pair(SentenceMentions sentence, int slash, Dictionary<string, int> parts)
    {
        var leftFirst = SideStart(sentence, slash);
        var rightEnd = SideEnd(sentence, slash + 1);
        if (leftFirst >= slash || rightEnd <= slash + 1)
        {
            return;
        }

        var left = IsPersonSide(sentence, leftFirst, slash, parts);
        var right = IsPersonSide(sentence, slash + 1, rightEnd, parts);
        if ((!left && !right) || !CanBePerson(sentence, leftFirst, slash) || !CanBePerson(sentence, slash + 1, rightEnd))
        {
            return; // neither side known to be a person, or one that cannot be
        }

        MakePerson(sentence, leftFirst, slash);
        MakePerson(sentence, slash + 1, rightEnd);
    }

    /// <summary>The first token of the side that ends before the slash: a mention ending there, or capitalized words.</summary>
    private int SideStart(SentenceMentions sentence, int slash)
    {
        if (sentence.At(slash - 1) is { } m)
        {
            return m.End == slash ? m.First : slash;
        }

        var first = slash;
        while (first > 0 && slash - first < MaxSide && sentence.At(first - 1) is null && IsNameWord(sentence.Tokens[first - 1]))
        {
            first--;
        }

        return first;
    }

    /// <summary>One past the last token of the side that starts after the slash.</summary>
    private int SideEnd(SentenceMentions sentence, int start)
    {
        if (sentence.At(start) is { } m)
        {
            return m.First == start ? m.End : start;
        }

        var end = start;
        while (end < sentence.Count && end - start < MaxSide && sentence.At(end) is null && IsNameWord(sentence.Tokens[end]))
        {
            end++;
        }

        return end;
    }

    private bool IsNameWord(string token) =>
        token.Length >= 2 && char.IsUpper(token[0]) && token.AsSpan(1).ContainsAnyInRange('a', 'z') && !words.IsBylineCue(token) &&
        !words.IsVerb(token) && !words.IsHeadlineBreak(token);

    private static bool IsPersonSide(SentenceMentions sentence, int first, int end, Dictionary<string, int> parts)
    {
        if (sentence.At(first) is { Type: EntityType.Person })
        {
            return true;
        }

        for (var k = first; k < end; k++)
        {
            if (!parts.ContainsKey(sentence.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Not an organization, not a name the gazetteer knows as something else, and written as a name.</summary>
    private bool CanBePerson(SentenceMentions sentence, int first, int end)
    {
        if (sentence.At(first) is { } m)
        {
            return m.Type == EntityType.Person || (m.Type != EntityType.Organization && m.Entry is null);
        }

        for (var k = first; k < end; k++)
        {
            if (!IsNameWord(sentence.Tokens[k]))
            {
                return false;
            }
        }

        return gazetteer.Match(sentence.Tokens, first, out var entry) == 0 || entry.Type == EntityType.Person;
    }

    private static void MakePerson(SentenceMentions sentence, int first, int end)
    {
        if (sentence.At(first) is { } m)
        {
            m.Type = EntityType.Person;
            return;
        }

        sentence.Insert(new Mention(first, end, EntityType.Person, null));
    }
}
