using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Evaluation;

/// <summary>
/// A CoNLL-U file turned into running text: sentences joined by one space, with the gold surface tokens and
/// sentences as offsets into that text. Multiword tokens (<c>ujarnya</c> = <c>ujar</c> + <c>nya</c>) count as one
/// surface token, as they are written.
/// </summary>
public sealed record ConlluDocument(string Name, string Text, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<TextSpan> Sentences)
{
    public static ConlluDocument Load(string path)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        string? sentenceText = null;
        var forms = new List<string>();
        var skipUntil = 0;

        void Flush()
        {
            if (sentenceText is null)
            {
                forms.Clear();
                return;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            var offset = text.Length;
            text.Append(sentenceText);
            var cursor = 0;
            foreach (var form in forms)
            {
                var at = sentenceText.IndexOf(form, cursor, StringComparison.Ordinal);
                if (at < 0)
                {
                    throw new InvalidDataException($"{path}: token '{form}' not found in '# text' of sentence at offset {offset}.");
                }

                tokens.Add(new TextSpan(offset + at, offset + at + form.Length));
                cursor = at + form.Length;
            }

            sentences.Add(new TextSpan(offset, offset + sentenceText.Length));
            sentenceText = null;
            forms.Clear();
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                skipUntil = 0;
                continue;
            }

            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentenceText = line["# text = ".Length..].Trim();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            var id = columns[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                skipUntil = int.Parse(id[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                forms.Add(columns[1]);
                continue;
            }

            if (int.Parse(id, System.Globalization.CultureInfo.InvariantCulture) <= skipUntil)
            {
                continue;
            }

            forms.Add(columns[1]);
        }

        Flush();
        return new ConlluDocument(Path.GetFileName(path), text.ToString(), tokens, sentences);
    }
}
