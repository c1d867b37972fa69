namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A web domain written as a name (<c>REPUBLIKA.CO.ID</c>, <c>KOMPAS.com</c>, <c>ERA.id</c>, <c>jpnn.com</c>) names a
/// media outlet, in datelines, credits and text alike: one ORGANIZATION over the tokens it was cut into, whatever was
/// found inside it.
/// </summary>
internal sealed class OutletDomainPass : IMentionPass
{
    private static readonly string[] TopLevelDomains = ["com", "id", "net", "org", "tv", "co", "news", "info"];

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            for (var k = 0; k < sentence.Count; k++)
            {
                if (!char.IsLetter(document.Text[sentence.Bounds[k].Start]))
                {
                    continue; // (TRIBUNJABAR.ID/Nama): the domain starts after the bracket glued to it
                }

                // The tokens glued together with no space between them: the domain as written.
                var end = k + 1;
                while (end < sentence.Count && sentence.Bounds[end].Start == sentence.Bounds[end - 1].End)
                {
                    end++;
                }

                var start = sentence.Bounds[k].Start;
                var stop = sentence.Bounds[end - 1].End;
                var glued = document.Text.AsSpan(start, stop - start);
                var length = glued.Contains('.') ? IsDomain(glued) : 0; // no dot, no domain: most words end here
                if (length > 0)
                {
                    var last = k;
                    while (last < end && sentence.Bounds[last].End <= start + length)
                    {
                        last++;
                    }

                    if (last > k && sentence.Bounds[last - 1].End == start + length)
                    {
                        Replace(sentence, new Mention(k, last, EntityType.Organization, null));
                    }
                }

                k = end - 1;
            }
        }
    }

    /// <summary>The length of the domain at the start of <paramref name="text"/> (<c>Kompas.com</c>), or 0.</summary>
    internal static int IsDomain(ReadOnlySpan<char> text)
    {
        // name(.label)*.tld, the name starting with a letter; a path or a trailing word after it is not part of it.
        var i = 0;
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return 0;
        }

        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        var nameLength = i;
        var end = 0;
        while (i + 1 < text.Length && text[i] == '.' && char.IsLetter(text[i + 1]))
        {
            var from = i + 1;
            i = from;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var label = text[from..i];
            if (!IsTopLevel(label))
            {
                return 0;
            }

            end = i;
        }

        // A slash before a capital is a photo credit (TRIBUNJABAR.ID/Nama), not a path.
        var rest = text[end..];
        var credit = rest.Length > 1 && rest[0] == '/' && char.IsUpper(rest[1]);
        var clean = end > 0 && nameLength >= 2 && (rest.Length == 0 || credit || (rest[0] is not '/' and not '@' && !char.IsLetterOrDigit(rest[0])));
        return clean ? end : 0;
    }

    private static bool IsTopLevel(ReadOnlySpan<char> label)
    {
        foreach (var tld in TopLevelDomains)
        {
            if (label.Equals(tld, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Replace(SentenceMentions sentence, Mention outlet)
    {
        sentence.Put(outlet);
    }
}
