namespace Geopolitics.Nlp.Robustness;

/// <summary>
/// What every analysis of every text must satisfy: offsets inside the text, each span's text equal to the text it
/// covers, tokens in order and without overlap, sentences covering the tokens in order, claims inside the text.
/// </summary>
internal static class AnalysisInvariants
{
    /// <summary>Throws <see cref="InvalidOperationException"/> naming the first invariant <paramref name="analysis"/> breaks.</summary>
    public static void Check(string text, ArticleAnalysis analysis)
    {
        Require(ReferenceEquals(analysis.Text, text) || analysis.Text == text, "the analysis holds its text");
        var previousEnd = 0;
        foreach (var token in analysis.Tokens)
        {
            Require(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"token {token.Start}..{token.End} in order and inside");
            Require(token.CliticStart >= token.Start && token.CliticStart <= token.End, "clitic inside its token");
            previousEnd = token.End;
        }

        var next = 0;
        foreach (var s in analysis.Sentences)
        {
            Require(s.FirstToken == next && s.TokenCount > 0 && s.FirstToken + s.TokenCount <= analysis.Tokens.Count, $"sentence at token {s.FirstToken} follows the previous one");
            Require(s.Start == analysis.Tokens[s.FirstToken].Start && s.End == analysis.Tokens[s.FirstToken + s.TokenCount - 1].End, "sentence spans its tokens");
            next += s.TokenCount;
        }

        Require(next == analysis.Tokens.Count, "sentences cover every token");
        foreach (var e in analysis.Entities)
        {
            Span(text, e.Start, e.End, e.Text, "entity");
            Require(!string.IsNullOrEmpty(e.Canonical), "entity has a canonical name");
        }

        foreach (var d in analysis.Dates)
        {
            Span(text, d.Start, d.End, d.Text, "date");
        }

        foreach (var c in analysis.Claims)
        {
            Span(text, c.Cue.Start, c.Cue.End, c.Cue.Text, "claim cue");
            Span(text, c.Speaker.Start, c.Speaker.End, c.Speaker.Text, "claim speaker");
            Span(text, c.Content.Start, c.Content.End, c.Content.Text, "claim content");
            Require(c.Content.End > c.Content.Start, "claim content is not empty");
        }
    }

    private static void Span(string text, int start, int end, string spanText, string what)
    {
        Require(start >= 0 && start <= end && end <= text.Length, $"{what} {start}..{end} inside a text of {text.Length}");
        Require(string.CompareOrdinal(text, start, spanText, 0, Math.Max(end - start, spanText.Length)) == 0 && spanText.Length == end - start,
            $"{what} text equals text[{start}..{end}]");
    }

    private static void Require(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Invariant broken: " + invariant);
        }
    }
}
