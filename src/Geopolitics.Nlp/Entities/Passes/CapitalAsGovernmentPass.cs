namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A capital that reports or judges (<c>Beijing menilai …</c>, <c>Washington menyatakan …</c>) stands for its
/// government, so its canonical name is the country's, as the guidelines name <c>Pyongyang</c> as a government.
/// </summary>
internal sealed class CapitalAsGovernmentPass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            foreach (var d in sentence.Mentions)
            {
                if (d.Type != EntityType.Gpe || d.End >= sentence.Count ||
                    !words.IsReportingCue(sentence.Tokens[d.End]))
                {
                    continue;
                }

                var start = sentence.Bounds[d.First].Start;
                var end = sentence.Bounds[d.End - 1].End;
                if (gazetteer.TryGetGovernment(document.Text.AsSpan(start, end - start), out var country))
                {
                    d.Entry = new GazetteerEntry(country, EntityType.Gpe, d.Entry?.Id, null);
                }
            }
        }
    }
}
