namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Names of documents, fees, systems and agreements are generic and legal categories, not entities (ANNOTATION.md):
/// an acronym defined in brackets (<c>Biaya Penyelenggaraan Ibadah Haji (BPIH)</c>, <c>Regional Comprehensive Economic
/// Partnership (RCEP)</c>) makes them look like organizations. An organization without a gazetteer entry that opens
/// with a document head (<c>Biaya</c>, <c>Sistem</c>, <c>Perjanjian</c>) or ends with an English one
/// (<c>Agreement</c>, <c>Regulation</c>) is dropped with its acronym and the acronym's later uses; the known places and
/// organizations inside it stay (the parties of <c>Indonesia-Australia … Agreement</c>). A name after a document's title
/// noun (<c>ensiklik Rerum Novarum</c>) is the document's title, whatever the tagger typed it.
/// </summary>
internal sealed class DocumentNamePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        HashSet<string>? acronyms = null;
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            var mentions = sentence.Mentions;
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if ((m.Expansion is { } expansion && IsDocumentName(sentence, expansion)) || AbbreviatesDocument(sentence, m))
                {
                    (acronyms ??= new(StringComparer.Ordinal)).Add(sentence.Tokens[m.First]);
                    mentions.RemoveAt(i);
                }
            }

            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (IsDocumentName(sentence, m))
                {
                    mentions.RemoveAt(i);
                    KeepKnownNames(sentence, m);
                }
            }
        }

        if (acronyms is null)
        {
            return;
        }

        // `BPIH` further on, without its expansion: the same fee.
        foreach (var sentence in document.Sentences)
        {
            sentence.Mentions.RemoveAll(m => m.Length == 1 && m.Entry is null && acronyms.Contains(sentence.Tokens[m.First]));
        }
    }

    private bool IsDocumentName(SentenceMentions sentence, Mention m) =>
        (m.Type == EntityType.Organization && m.Entry is null && m.Length >= 2 &&
         (words.IsDocumentHead(sentence.Tokens[m.First]) || words.IsDocumentTail(sentence.Tokens[m.End - 1])) &&
         char.IsUpper(sentence.Tokens[m.First][0])) || IsDocumentTitle(sentence, m);

    // `ensiklik Rerum Novarum`, `Ensiklik Laudato Si`: the name after a document's title noun is the document, however
    // the tagger typed it (a person, mostly); a known name stays (`ensiklik Paus Fransiskus` names its author).
    private bool IsDocumentTitle(SentenceMentions sentence, Mention m) =>
        m.Entry is null && m.Type is EntityType.Person or EntityType.Organization or EntityType.Event &&
        (words.IsDocumentTitleNoun(sentence.Tokens[m.First]) || (m.First > 0 && words.IsDocumentTitleNoun(sentence.Tokens[m.First - 1])));

    /// <summary>
    /// <c>Perjanjian Kerja Sama Pertahanan (DCA)</c>: an unknown acronym in brackets right after capitalized words that
    /// open with a document head, which the acronym pass left apart (its letters spell another language's name).
    /// </summary>
    private bool AbbreviatesDocument(SentenceMentions sentence, Mention m)
    {
        var tokens = sentence.Tokens;
        if (m.Length != 1 || m.Entry is not null || m.Type != EntityType.Organization || m.First < 3 || m.End >= tokens.Count ||
            tokens[m.First - 1] != "(" || tokens[m.End] != ")")
        {
            return false;
        }

        var start = m.First - 1;
        while (start > 0 && m.First - start < 12 && NameShape.IsCapitalized(tokens[start - 1]))
        {
            start--;
        }

        return start < m.First - 2 && words.IsDocumentHead(tokens[start]);
    }

    // The gazetteer's names inside the dropped span, each a mention of its own.
    private void KeepKnownNames(SentenceMentions sentence, Mention dropped)
    {
        for (var k = dropped.First; k < dropped.End; k++)
        {
            var length = gazetteer.Match(sentence.Tokens, k, out var entry);
            if (length > 0 && k + length <= dropped.End && entry.Type is EntityType.Gpe or EntityType.Organization)
            {
                sentence.Insert(new Mention(k, k + length, entry.Type, entry));
                k += length - 1;
            }
        }
    }
}
