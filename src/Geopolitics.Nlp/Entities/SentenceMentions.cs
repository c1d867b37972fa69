namespace Geopolitics.Nlp.Entities;

/// <summary>
/// One sentence as the mention passes see it: its tokens, their offsets, the tagger's labels and the mentions found so
/// far, in token order.
/// </summary>
internal sealed class SentenceMentions(List<string> tokens, List<(int Start, int End)> bounds)
{
    /// <summary>The tokens as written.</summary>
    public List<string> Tokens { get; } = tokens;

    /// <summary>
    /// The tokens the name rules read: as written, except that in caseless text the words the tagger put in a name are
    /// capitalized, since the rules read capitals as name evidence.
    /// </summary>
    public List<string> NameTokens { get; set; } = tokens;

    /// <summary>UTF-16 offsets of each token in the text.</summary>
    public List<(int Start, int End)> Bounds { get; } = bounds;

    /// <summary>The tagger's BIO labels (see <see cref="NerLabel"/>).</summary>
    public int[] Labels { get; set; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>The people the tagger found, before rules changed anything: where organization names may end.</summary>
    public List<Mention> TaggedPeople { get; } = [];

    /// <summary>Whether most words are capitalized, as in a headline.</summary>
    public bool TitleCase { get; set; }

    public int Count => Tokens.Count;

    /// <summary>The mention covering token <paramref name="k"/>, or null.</summary>
    public Mention? At(int k) => Mentions.Find(m => m.Covers(k));

    /// <summary>Inserts <paramref name="mention"/> before the first mention that starts after it.</summary>
    public void Insert(Mention mention)
    {
        var at = Mentions.FindIndex(m => m.First > mention.First);
        Mentions.Insert(at < 0 ? Mentions.Count : at, mention);
    }

    /// <summary>
    /// Adds <paramref name="candidate"/> unless a longer mention already holds it (when not <paramref name="authoritative"/>);
    /// a tagged place made only of gazetteer names (<c>Rusia - RDRK</c>) gives way to them.
    /// </summary>
    public void Merge(Mention candidate, bool authoritative)
    {
        var overlapping = Mentions.Where(m => m.Overlaps(candidate)).ToList();
        if (!authoritative && overlapping.Any(m => m.First <= candidate.First && m.End >= candidate.End &&
                m.Length > candidate.Length && !IsSplittable(m, candidate)))
        {
            return;
        }

        foreach (var m in overlapping)
        {
            Mentions.Remove(m);
        }

        Mentions.Add(candidate);
    }

    /// <summary>Adds a rule-found name over the mentions it contains, cut short before a mention that runs past it.</summary>
    public void MergeTrimmed(Mention candidate)
    {
        foreach (var m in Mentions.Where(m => m.Overlaps(candidate) && (m.First < candidate.First || m.End > candidate.End)))
        {
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

    public void SortByStart() => Mentions.Sort((a, b) => a.First.CompareTo(b.First));

    private static bool IsSplittable(Mention tagged, Mention candidate) =>
        tagged.Type is not EntityType.Organization and not EntityType.Event && candidate.Entry?.Type == EntityType.Gpe;

    /// <summary>The words of mention <paramref name="m"/> (or its first <paramref name="length"/> words) joined by spaces.</summary>
    public string Words(Mention m, int length = -1) => string.Join(' ', Tokens.Skip(m.First).Take(length < 0 ? m.Length : length));
}
