using System.Collections.Frozen;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// The words the entity stage reads names by, from <c>Resources/Entities/</c>: titles, event, location and organization
/// heads, verbs, and the reporting cues that stand next to speakers' names (lower-case).
/// </summary>
internal sealed class EntityLexicon(
    FrozenSet<string> titles,
    FrozenSet<string> eventHeads,
    FrozenSet<string> locationHeads,
    FrozenSet<string> locationTails,
    FrozenSet<string> organizationHeads,
    FrozenSet<string> reportingVerbs,
    FrozenSet<string>? namedEventHeads = null,
    FrozenSet<string>? verbs = null,
    FrozenSet<string>? englishOrganizationHeads = null)
{
    public static EntityLexicon LoadEmbedded() => new(
        Load("Entities/titles.txt"),
        Load("Entities/event-heads.txt"),
        Load("Entities/location-heads.txt"),
        Load("Entities/location-tails.txt"),
        Load("Entities/organization-heads.txt"),
        Claims.ReportingCueList.SpeakerAdjacentWords().ToFrozenSet(StringComparer.Ordinal),
        Load("Entities/event-heads-named.txt"),
        Load("Entities/verbs.txt"),
        Load("Entities/organization-heads-en.txt"));

    /// <summary>A title or honorific that stays outside a person's span (<c>menteri</c>, <c>bapak</c>).</summary>
    public bool IsTitle(string lower) => titles.Contains(lower);

    /// <summary>A word that opens a named event (<c>perang</c>, <c>ktt</c>).</summary>
    public bool IsEventHead(string lower) => eventHeads.Contains(lower);

    /// <summary>A word that opens a named event only before an acronym or a number (<c>pertemuan</c>, <c>sidang</c>); not a tagger feature.</summary>
    public bool IsNamedEventHead(string lower) => namedEventHeads?.Contains(lower) == true;

    /// <summary>A verb form or root (<c>dorong</c>, <c>ditutup</c>): in a title-case headline, where a name ends; not a tagger feature.</summary>
    public bool IsVerb(string lower) => verbs?.Contains(lower) == true;

    /// <summary>A first word of an English organization name (<c>institute</c>, <c>centre</c>); not a tagger feature.</summary>
    public bool IsEnglishOrganizationHead(string lower) => englishOrganizationHeads?.Contains(lower) == true;

    /// <summary>A first word of a place without a government (<c>semenanjung</c>, <c>laut</c>).</summary>
    public bool IsLocationHead(string lower) => locationHeads.Contains(lower);

    /// <summary>A last word that makes a name a LOCATION (<c>cosmodrome</c>).</summary>
    public bool IsLocationTail(string lower) => locationTails.Contains(lower);

    /// <summary>A first word of an organization's name (<c>kementerian</c>, <c>institut</c>).</summary>
    public bool IsOrganizationHead(string lower) => organizationHeads.Contains(lower);

    /// <summary>A reporting cue (<c>mengatakan</c>, <c>kata</c>, <c>menurut</c>) from the claim cues: next to it is often a speaker's name.</summary>
    public bool IsReportingCue(string lower) => reportingVerbs.Contains(lower);

    private static FrozenSet<string> Load(string path) =>
        ResourceText.ReadDataLines(path).Select(l => l.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
}
