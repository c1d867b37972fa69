using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Gives each mention of one document its <c>canonical</c> name and <c>id</c>: the gazetteer's name where it knows the
/// span; otherwise the full name seen earlier for a short form (<c>Lavrov</c> → <c>Sergey Lavrov</c>), a transliteration
/// variant (<c>Choi Son-hee</c> → <c>Choe Son Hui</c>), or an acronym's expansion defined in the text, which also
/// names later uses of that acronym in the document. A reporter's or photographer's name in a credit keeps its own
/// text and names nobody else (<c>Penulis: Ahmad Prabowo</c> is no full form of the story's <c>Prabowo</c>).
/// </summary>
internal sealed class EntityCanonicalizer(Gazetteer gazetteer)
{
    /// <summary>A draft with its text, in document order.</summary>
    public readonly record struct Found(int Start, int End, string Text, Mention Draft, int ExpansionIndex);

    public List<EntityMention> Resolve(IReadOnlyList<Found> found, CancellationToken cancellationToken = default)
    {
        var scratch = ThreadScratch<CanonicalizerScratch>.Rent(static () => new());
        try
        {
            return ResolveWith(found, scratch, cancellationToken);
        }
        finally
        {
            ThreadScratch<CanonicalizerScratch>.Return(scratch);
        }
    }

    private List<EntityMention> ResolveWith(IReadOnlyList<Found> found, CanonicalizerScratch scratch, CancellationToken cancellationToken)
    {
        // The first mention of each (type, text) in this document, so a repeated name is looked up, not searched for.
        var firstByText = scratch.FirstByText;
        var names = scratch.Names;
        var laterNames = scratch.LaterNames;
        FullNamesByPart(found, names, laterNames);
        var result = new List<EntityMention>(found.Count);
        var people = scratch.People;
        var defined = scratch.Defined;
        foreach (var f in found)
        {
            if (result.Count % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (canonical, id) = f.Draft.IsCredit ? (f.Text, null) :
                f.ExpansionIndex < 0 && f.Draft.Type != EntityType.Person &&
                defined.TryGetValue(f.Text, out var same) ? same : ResolveOne(f, result, people, firstByText, laterNames, names);
            if (f.Draft.Type == EntityType.Person && !f.Draft.IsCredit)
            {
                people.Add(canonical, id);
            }

            if (f.ExpansionIndex >= 0 && f.ExpansionIndex < result.Count)
            {
                // Both are named as the expansion's own canonical form; the gazetteer may add an id it knows for the acronym.
                result[f.ExpansionIndex] = result[f.ExpansionIndex] with { Canonical = canonical, Id = id };
                defined[f.Text] = (canonical, id);
                defined[result[f.ExpansionIndex].Text] = (canonical, id);
            }

            firstByText.TryAdd((f.Draft.Type, f.Text), result.Count);
            result.Add(new EntityMention(f.Start, f.End, f.Text, f.Draft.Type, canonical, id));
        }

        cancellationToken.ThrowIfCancellationRequested();
        PreferWrittenOrganizationNames(result);
        cancellationToken.ThrowIfCancellationRequested();
        WrittenSpellings.PreferWrittenPersonNames(result);
        cancellationToken.ThrowIfCancellationRequested();
        WrittenSpellings.ExpandAbbreviatedOrganizations(result);
        return result;
    }

    /// <summary>
    /// An organization the gazetteer knows is named as the article writes it in full (<c>Kementerian Luar Negeri RI</c>
    /// for <c>Kemlu RI</c> too), rather than by the gazetteer's own spelling; the id stays.
    /// </summary>
    private static void PreferWrittenOrganizationNames(List<EntityMention> mentions)
    {
        // Grouped by index, so the renaming touches each mention once however many organizations the document names.
        using var groups = new CanonicalGroups(mentions, EntityType.Organization);
        for (var start = 0; start < groups.Count;)
        {
            var group = groups.GroupAt(start);
            start += group.Length;
            var canonical = mentions[group[0]].Canonical;
            EntityMention? written = null;
            foreach (var i in group)
            {
                var m = mentions[i];
                if (m.Text == canonical)
                {
                    written = null;
                    break;
                }

                // The longest spelling in full (several words, not all capitals), the first of equal length.
                if (m.Text.Contains(' ', StringComparison.Ordinal) && HasLower(m.Text) &&
                    (written is null || m.Text.Length > written.Text.Length))
                {
                    written = m;
                }
            }

            if (written is null)
            {
                continue;
            }

            foreach (var i in group)
            {
                mentions[i] = mentions[i] with { Canonical = written.Text };
            }
        }
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private (string Canonical, string? Id) ResolveOne(
        Found f,
        List<EntityMention> earlier,
        KnownPeople people,
        Dictionary<(EntityType, string), int> firstByText,
        Dictionary<string, string?> laterNames,
        NamePartsCache names)
    {
        if (f.ExpansionIndex >= 0 && f.ExpansionIndex < earlier.Count)
        {
            var expansion = earlier[f.ExpansionIndex];
            // "Kantor Berita Sentral Korea (KCNA)": the text's own expansion names both (or the gazetteer's name for that
            // expansion, when it knows it: RDRK → Korea Utara), with the gazetteer's id for the acronym if it has one.
            return (expansion.Canonical, expansion.Id ?? f.Draft.Entry?.Id);
        }

        if (f.Draft.Entry is { } entry)
        {
            // Indonesian news writes foreign names without diacritics (Antonio Guterres, Erdogan): so do we.
            return (f.Draft.Type == EntityType.Person ? NameSpelling.FoldDiacritics(entry.Canonical) : entry.Canonical, entry.Id);
        }

        var text = f.Text;
        if (f.Draft.Type == EntityType.Person)
        {
            var parts = names.Parts(text);
            if (people.LongerNameWithParts(parts) is { } longer)
            {
                return (longer.Canonical, longer.Id);
            }

            if (people.Variant(parts.Length, NameSpelling.TransliterationKey(text), parts) is { } variant)
            {
                return (variant.Canonical, variant.Id);
            }

            // "Retno L Marsudi", "Retno L. P. Marsudi": middle initials that the known name leaves out.
            if (parts.Length >= 3 && WithoutInitials(parts) is { Length: >= 2 } bare)
            {
                var plain = string.Join(' ', bare);
                if (gazetteer.TryGet(plain, out var known) && known.Type == EntityType.Person)
                {
                    return (NameSpelling.FoldDiacritics(known.Canonical), known.Id);
                }

                if (people.Variant(bare.Length, NameSpelling.TransliterationKey(plain)) is { } similar)
                {
                    return (similar.Canonical, similar.Id);
                }
            }

            if (parts.Length == 1 && gazetteer.TryGetShortForm(text, out var shortForm))
            {
                return (NameSpelling.FoldDiacritics(shortForm.Canonical), shortForm.Id);
            }

            // A headline or lead may use the short name before the body gives the full one: the one full name later in
            // the document that contains it.
            if (parts.Length == 1 && laterNames.TryGetValue(text, out var later) && later is not null)
            {
                return (later, null);
            }

            if (parts.Length == 1 && people.MisspeltPart(text) is { } misspelt)
            {
                return (misspelt.Canonical, misspelt.Id);
            }
        }
        else
        {
            // A name already resolved earlier in the document (an acronym defined in parentheses, used again later).
            if (firstByText.TryGetValue((f.Draft.Type, text), out var index) && index < earlier.Count)
            {
                return (earlier[index].Canonical, earlier[index].Id);
            }
        }

        return (text, null);
    }

    /// <summary>The parts of a name without its initials (<c>L</c>, <c>L.</c>), or null when it has none.</summary>
    private static string[]? WithoutInitials(string[] parts)
    {
        static bool IsInitial(string part) => part.TrimEnd('.').Length == 1 && char.IsUpper(part[0]);
        return Array.Exists(parts, IsInitial) ? Array.FindAll(parts, p => !IsInitial(p)) : null;
    }

    /// <summary>Each part of a multi-word person name in the document, mapped to that name (null when two names share it).</summary>
    private static void FullNamesByPart(IReadOnlyList<Found> found, NamePartsCache names, Dictionary<string, string?> byPart)
    {
        foreach (var f in found)
        {
            if (f.Draft.Type != EntityType.Person || f.Draft.IsCredit)
            {
                continue; // a reporter's name gives no story name its full form
            }

            var parts = names.Parts(f.Text);
            if (parts.Length < 2)
            {
                continue;
            }

            var full = f.Draft.Entry is { } entry ? NameSpelling.FoldDiacritics(entry.Canonical) : f.Text;
            foreach (var part in parts)
            {
                if (byPart.TryGetValue(part, out var name) && name != full)
                {
                    byPart[part] = null;
                }
                else
                {
                    byPart[part] = full;
                }
            }
        }

    }
}
