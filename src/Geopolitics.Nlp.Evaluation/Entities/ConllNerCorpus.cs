using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Evaluation.Entities;

/// <summary>The tag sets of the public Indonesian NER corpora.</summary>
public enum NerScheme
{
    /// <summary>NERP (IndoNLU): PPL, PLC, IND, EVT, FNB; lower-cased text.</summary>
    Nerp,

    /// <summary>NERGrit (IndoNLU): PERSON, PLACE, ORGANISATION.</summary>
    Nergrit,

    /// <summary>idner-news-2k / NER-UGM family: PER, ORG, LOC.</summary>
    Ugm,
}

/// <summary>One sentence of a CoNLL NER corpus: its tokens and their labels mapped to the tagger's coarse BIO labels.</summary>
public sealed record ConllSentence(string[] Tokens, int[] Labels, string[] OriginalLabels);

/// <summary>Reads CoNLL NER files (token first column, BIO label last column, blank line between sentences).</summary>
public static class ConllNerCorpus
{
    public static List<ConllSentence> Load(string path, NerScheme scheme)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var labels = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r', '\n');
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            var fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
            tokens.Add(fields[0]);
            labels.Add(fields[^1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. labels.Select(l => MapLabel(l, scheme))], [.. labels]));
                tokens.Clear();
                labels.Clear();
            }
        }
    }

    /// <summary>The coarse class (PER, ORG, LOC, EVT) a corpus type maps to, or null when it is dropped.</summary>
    public static string? MapType(string type) => type switch
    {
        "PPL" or "PER" or "PERSON" => "PER",
        "PLC" or "PLACE" or "LOC" => "LOC",
        "IND" or "ORG" or "ORGANISATION" => "ORG",
        "EVT" => "EVT",
        _ => null,
    };

    /// <summary>The corpus's own type for a coarse class, or null when the corpus has no such type.</summary>
    public static string? CorpusType(string coarse, NerScheme scheme) => (scheme, coarse) switch
    {
        (NerScheme.Nerp, "PER") => "PPL",
        (NerScheme.Nerp, "LOC") => "PLC",
        (NerScheme.Nerp, "ORG") => "IND",
        (NerScheme.Nerp, "EVT") => "EVT",
        (NerScheme.Nergrit, "PER") => "PERSON",
        (NerScheme.Nergrit, "LOC") => "PLACE",
        (NerScheme.Nergrit, "ORG") => "ORGANISATION",
        (NerScheme.Ugm, "PER" or "LOC" or "ORG") => coarse,
        _ => null,
    };

    /// <summary>Gold spans in the corpus's own types: (start token, end token, type); an orphan I- starts a span.</summary>
    public static List<(int Start, int End, string Type)> GoldSpans(string[] labels)
    {
        var spans = new List<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : "O";
            var t = label.Length > 2 ? label[2..] : null;
            var continues = label.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && t == type;
            if (!continues && start >= 0)
            {
                spans.Add((start, i, type!));
                start = -1;
            }

            if (t is not null && !continues)
            {
                start = i;
                type = t;
            }
        }

        return spans;
    }

    private static int MapLabel(string label, NerScheme scheme)
    {
        if (label.Length < 3 || MapType(label[2..]) is not { } coarse)
        {
            return NerLabel.Outside;
        }

        var cls = NerLabel.ClassIndex(coarse);
        return label[0] == 'B' ? NerLabel.Begin(cls) : NerLabel.Inside(cls);
    }
}
