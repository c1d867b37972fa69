namespace Geopolitics.Nlp.Entities;

/// <summary>
/// One sentence as the mention passes see it: its tokens, their offsets, the tagger's labels and the mentions found so
/// far, in token order.
/// </summary>
internal sealed class SentenceMentions(ArraySegment<WordForm> forms, TokenBounds bounds)
{
    /// <summary>The tokens' word forms, which the tagger reads (a slice of the document's pooled buffer).</summary>
    public ArraySegment<WordForm> Forms { get; private set; } = forms;

    /// <summary>The tokens as written (each the shared string of its word form).</summary>
    public SentenceWords Tokens { get; } = new(forms);

    /// <summary>
    /// The tokens the name rules read: as written, except that in caseless text the words the tagger put in a name are
    /// capitalized, since the rules read capitals as name evidence.
    /// </summary>
    public SentenceWords NameTokens
    {
        get => _nameTokens ?? Tokens;
        set => _nameTokens = value;
    }

    private SentenceWords? _nameTokens;

    /// <summary>UTF-16 offsets of each token in the text.</summary>
    public TokenBounds Bounds { get; private set; } = bounds;

    /// <summary>The tagger's BIO labels (see <see cref="NerLabel"/>), a slice of the document's pooled buffer.</summary>
    public ArraySegment<int> Labels { get; set; } = ArraySegment<int>.Empty;

    /// <summary>
    /// Per token, how much the tagger's own scores favour a person over an organization (see
    /// <see cref="EntityTagger.Tag(ReadOnlySpan{WordForm}, IReadOnlyList{string}, bool, Span{int}, Span{float})"/>); empty before tagging.
    /// </summary>
    public ArraySegment<float> PersonLean { get; set; } = ArraySegment<float>.Empty;

    public List<Mention> Mentions { get; } = [];

    /// <summary>The people the tagger found, before rules changed anything: where organization names may end.</summary>
    public List<Mention> TaggedPeople { get; } = [];

    /// <summary>
    /// Whether any token has a letter. A sentence of punctuation and digits alone holds no name, so the tagger and the
    /// sentence passes skip it: junk pages of punctuation are mostly such sentences.
    /// </summary>
    public bool HasLetters { get; set; } = true;

    /// <summary>Whether most words are capitalized, as in a headline.</summary>
    public bool TitleCase { get; set; }

    public int Count => Tokens.Count;

    /// <summary>Whether the sentence is a line of its own in <paramref name="text"/>: nothing but white space between it and the line breaks around it.</summary>
    public bool IsWholeLine(string text)
    {
        if (Count == 0)
        {
            return false;
        }

        var start = Bounds[0].Start;
        var end = Bounds[Count - 1].End;
        for (var i = start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        for (var i = end; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sets the sentence up for another article's tokens (see <see cref="EntityDocument.AddSentence"/>).</summary>
    public void Reuse(ArraySegment<WordForm> forms, TokenBounds bounds, bool hasLetters)
    {
        Forms = forms;
        Tokens.Reuse(forms);
        Bounds = bounds;
        HasLetters = hasLetters;
    }

    /// <summary>
    /// Forgets the article (its tokens, labels and mentions); false when its mention lists grew too long to keep.
    /// </summary>
    public bool Clear()
    {
        Forms = ArraySegment<WordForm>.Empty;
        Tokens.Reuse(ArraySegment<WordForm>.Empty);
        _nameTokens = null;
        Bounds = default;
        Labels = ArraySegment<int>.Empty;
        PersonLean = ArraySegment<float>.Empty;
        TitleCase = false;
        HasLetters = true;
        var keep = Mentions.Capacity <= 64 && TaggedPeople.Capacity <= 64;
        Mentions.Clear();
        TaggedPeople.Clear();
        return keep;
    }

    /// <summary>The mention covering token <paramref name="k"/>, or null.</summary>
    public Mention? At(int k)
    {
        foreach (var m in Mentions)
        {
            if (m.Covers(k))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The mention over exactly tokens [<paramref name="first"/>, <paramref name="end"/>), or null.</summary>
    public Mention? Exactly(int first, int end)
    {
        foreach (var m in Mentions)
        {
            if (m.First == first && m.End == end)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first mention that holds tokens [<paramref name="first"/>, <paramref name="end"/>) and more, or null.</summary>
    public Mention? Holder(int first, int end)
    {
        foreach (var m in Mentions)
        {
            if (m.First <= first && m.End >= end && m.Length > end - first)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Removes every mention that overlaps <paramref name="mention"/>, except <paramref name="keep"/>.</summary>
    public void RemoveOverlapping(Mention mention, Mention? keep = null)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i].Overlaps(mention) && Mentions[i] != keep)
            {
                Mentions.RemoveAt(i);
            }
        }
    }

    /// <summary>Removes every mention that covers token <paramref name="k"/>.</summary>
    public void RemoveCovering(int k)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i].Covers(k))
            {
                Mentions.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether a mention starts before token <paramref name="k"/> and runs over it.</summary>
    public bool RunsInto(int k)
    {
        foreach (var m in Mentions)
        {
            if (m.First < k && m.End > k)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inserts <paramref name="mention"/> before the first mention that starts after it.</summary>
    public void Insert(Mention mention)
    {
        var at = 0;
        while (at < Mentions.Count && Mentions[at].First <= mention.First)
        {
            at++;
        }

        Mentions.Insert(at, mention);
    }

    /// <summary>
    /// Adds <paramref name="candidate"/> unless a longer mention already holds it (when not <paramref name="authoritative"/>);
    /// a tagged place made only of gazetteer names (<c>Rusia - RDRK</c>) gives way to them.
    /// </summary>
    public void Merge(Mention candidate, bool authoritative)
    {
        if (!authoritative)
        {
            foreach (var m in Mentions)
            {
                if (m.Overlaps(candidate) && m.First <= candidate.First && m.End >= candidate.End &&
                    m.Length > candidate.Length && !IsSplittable(m, candidate))
                {
                    return;
                }
            }
        }

        if (!TakeOver(candidate))
        {
            RemoveOverlapping(candidate);
            Mentions.Add(candidate);
        }
    }

    /// <summary>Puts <paramref name="mention"/> in place of the mentions it overlaps, in text order.</summary>
    public void Put(Mention mention)
    {
        if (!TakeOver(mention))
        {
            RemoveOverlapping(mention);
            Insert(mention);
        }
    }

    // A mention over the same tokens takes the new reading in place, so an acronym's link to it (Expansion) stays valid
    // (`Jakarta Convention Center (JCC)`: the venue read later keeps its acronym).
    private bool TakeOver(Mention candidate)
    {
        foreach (var m in Mentions)
        {
            if (m.First == candidate.First && m.End == candidate.End)
            {
                RemoveOverlapping(candidate, keep: m);
                (m.Type, m.Entry, m.IsCredit) = (candidate.Type, candidate.Entry, candidate.IsCredit);
                m.Expansion = candidate.Expansion ?? m.Expansion;
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a rule-found name over the mentions it contains, cut short before a mention that runs past it.</summary>
    public void MergeTrimmed(Mention candidate)
    {
        foreach (var m in Mentions)
        {
            if (!m.Overlaps(candidate) || (m.First >= candidate.First && m.End <= candidate.End))
            {
                continue;
            }

            if (m.First <= candidate.First)
            {
                return; // a mention starting at or before the head (a person's name) keeps its tokens
            }

            candidate.End = m.First;
            candidate.Entry = null;
        }

        if (candidate.Length >= 2)
        {
            Merge(candidate, authoritative: true);
        }
    }

    public void SortByStart() => Mentions.Sort(ByStart);

    private static bool IsSplittable(Mention tagged, Mention candidate) =>
        tagged.Type is not EntityType.Organization and not EntityType.Event && candidate.Entry?.Type == EntityType.Gpe;

    /// <summary>The words of mention <paramref name="m"/> (or its first <paramref name="length"/> words) joined by spaces.</summary>
    public string Words(Mention m, int length = -1)
    {
        var count = length < 0 ? m.Length : length;
        if (count == 1)
        {
            return Tokens[m.First];
        }

        return string.Create(WordsLength(m.First, count), (Tokens, m.First, Count: count), static (destination, words) =>
            SentenceMentions.WriteWords(words.Tokens, words.First, words.Count, destination));
    }

    /// <summary>Length of tokens [<paramref name="first"/>, first + <paramref name="count"/>) joined by single spaces.</summary>
    public int WordsLength(int first, int count)
    {
        var length = count - 1;
        for (var k = first; k < first + count; k++)
        {
            length += Tokens[k].Length;
        }

        return length;
    }

    /// <summary>Writes tokens [<paramref name="first"/>, first + <paramref name="count"/>) joined by single spaces.</summary>
    public static void WriteWords(SentenceWords tokens, int first, int count, Span<char> destination)
    {
        var at = 0;
        for (var k = first; k < first + count; k++)
        {
            if (k > first)
            {
                destination[at++] = ' ';
            }

            tokens[k].AsSpan().CopyTo(destination[at..]);
            at += tokens[k].Length;
        }
    }

    private static int ByStart(Mention a, Mention b) => a.First.CompareTo(b.First);
}
