namespace Geopolitics.Nlp.Entities;

/// <summary>What the gazetteer knows about one surface form.</summary>
/// <param name="Canonical">The name variants resolve to (the Indonesian press form).</param>
/// <param name="Type">The entity type the name has.</param>
/// <param name="Id">A Wikidata QID when the data has one.</param>
/// <param name="ExactForm">For short acronyms (<c>AS</c>), the only spelling that matches; otherwise null (case-insensitive).</param>
internal sealed record GazetteerEntry(string Canonical, EntityType Type, string? Id, string? ExactForm);
