using Geopolitics.Nlp.Sentences;

namespace Geopolitics.Nlp.Corpus;

/// <summary>Finds the sentence an offset falls in, by binary search over the article's ordered sentences.</summary>
internal readonly struct SentenceLocator(IReadOnlyList<Sentence> sentences)
{
    /// <summary>The index of the sentence holding <paramref name="offset"/>, or of the last one starting before it; -1 before the first.</summary>
    public int IndexOf(int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
