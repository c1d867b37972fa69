namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Football clubs are named after their town, so the tagger reads the town and calls the rest a person or nothing. An
/// Indonesian club's name (<c>Pers…</c> or an acronym in <c>PS…</c>) before a place is one ORGANIZATION with it
/// (<c>Persebaya Surabaya</c>, <c>PSM Makassar</c>, <c>Persisam Putra Samarinda</c>), and so is a club's <c>FC</c>
/// name before its town (<c>Borneo FC Samarinda</c>); on a sport page (a sentence with <c>laga</c>, <c>gol</c>,
/// <c>menjamu</c> …) so is a place after a club prefix or before a club suffix (<c>Borussia Dortmund</c>,
/// <c>AC Milan</c>, <c>Leicester City</c>), and a name the tagger called a person that begins or ends so.
/// </summary>
internal sealed class ClubNamePass(EntityLexicon words) : IMentionPass
{
    /// <summary>Words in <c>Pers…</c> that are not club names.</summary>
    private static readonly string[] NotClubs = ["Persen", "Persero", "Perseroan", "Persatuan", "Persekutuan", "Personel", "Perspektif"];

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            if (sentence.Mentions.Count == 0)
            {
                continue;
            }

            var tokens = sentence.NameTokens;
            var sport = SportSentences.Is(sentence.Tokens, words);
            using var snapshot = new MentionSnapshot(sentence.Mentions);
            foreach (var m in snapshot.Mentions)
            {
                Mention? club = null;
                var before = m.First > 0 ? sentence.At(m.First - 1) : null;
                if (m.Type is EntityType.Gpe or EntityType.Location && before is { Type: EntityType.Organization } &&
                    (IsIndonesianClub(tokens[before.First]) || tokens[m.First - 1] is "FC"))
                {
                    club = new Mention(before.First, m.End, EntityType.Organization, null); // Persisam Putra + Samarinda, Borneo FC + Samarinda
                }
                else if (m.Type is EntityType.Gpe or EntityType.Location && m.First > 0 &&
                         (IsIndonesianClub(tokens[m.First - 1]) || (sport && IsPrefix(tokens[m.First - 1]))))
                {
                    club = new Mention(m.First - 1, m.End, EntityType.Organization, null);
                }
                else if (sport && m.Type is EntityType.Gpe or EntityType.Location && m.End < tokens.Count && IsSuffix(tokens[m.End]))
                {
                    club = new Mention(m.First, m.End + 1, EntityType.Organization, null);
                }
                else if (sport && m.Type == EntityType.Person && m.Entry is null && m.Length >= 2 &&
                         (IsPrefix(tokens[m.First]) || IsSuffix(tokens[m.End - 1])))
                {
                    m.Type = EntityType.Organization;
                    document.OrganizationNames.Add(sentence.Words(m));
                }

                if (club is not null && !OverlapsBeyond(sentence.Mentions, m, club))
                {
                    sentence.Put(club);
                    document.OrganizationNames.Add(sentence.Words(club));
                }
            }
        }
    }

    // Another mention reaching outside the club's span: the club would cut it, so it is not made.
    private static bool OverlapsBeyond(List<Mention> mentions, Mention m, Mention club)
    {
        foreach (var o in mentions)
        {
            if (o != m && o.Overlaps(club) && (o.First < club.First || o.End > club.End))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPrefix(string token) => char.IsUpper(token[0]) && words.IsClubPrefix(token);

    private bool IsSuffix(string token) => char.IsUpper(token[0]) && words.IsClubSuffix(token);

    /// <summary><c>Persib</c>, <c>Persebaya</c>, <c>PSIS</c>, <c>PSM</c>: the shapes of Indonesian club names.</summary>
    internal static bool IsIndonesianClub(string token) =>
        (token.Length >= 5 && token.StartsWith("Pers", StringComparison.Ordinal) && token.AsSpan(4).IndexOfAnyExceptInRange('a', 'z') < 0 &&
         !NotClubs.Contains(token)) ||
        (token.Length is >= 3 and <= 5 && token.StartsWith("PS", StringComparison.Ordinal) && NameShape.LooksLikeAcronym(token));
}
