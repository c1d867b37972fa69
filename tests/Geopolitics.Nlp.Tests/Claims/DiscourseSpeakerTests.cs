namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// Speakers that follow the discourse: a participial second reporting verb, definite descriptions, unnamed officials.
/// Sentences written for these tests, not taken from any corpus.
/// </summary>
public sealed class DiscourseSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string, string, string, string, string> LastClaims => new()
    {
        // text, cue of the last claim, its speaker span, its speaker entity, its content
        {
            "Kementerian Perdagangan Vietnam mengatakan ekspor naik 10 persen, mencatat bahwa permintaan dari Eropa meningkat tajam.",
            "mencatat", "Kementerian Perdagangan Vietnam", "Kementerian Perdagangan Vietnam", "permintaan dari Eropa meningkat tajam"
        },
        {
            "Diplomat senior Malaysia, Ahmad Zulkifli, mengatakan perundingan berjalan lancar. Diplomat senior tersebut menambahkan bahwa kesepakatan bisa dicapai bulan depan.",
            "menambahkan", "Diplomat senior tersebut", "Ahmad Zulkifli", "kesepakatan bisa dicapai bulan depan"
        },
        {
            "Ahmad Zulkifli mengatakan perundingan berjalan lancar. Mantan duta besar itu menegaskan kesepakatan bisa dicapai bulan depan.",
            "menegaskan", "Mantan duta besar itu", "Ahmad Zulkifli", "kesepakatan bisa dicapai bulan depan"
        },
        {
            // The description names the person it introduced, not the last speaker.
            "Rina Kartika, mantan eksekutif Bank Dunia, juga hadir. Hendra Gunawan mengatakan inflasi terkendali. Mantan eksekutif Bank Dunia itu mengatakan pertumbuhan akan melambat.",
            "mengatakan", "Mantan eksekutif Bank Dunia itu", "Rina Kartika", "pertumbuhan akan melambat"
        },
    };

    [Theory]
    [MemberData(nameof(LastClaims))]
    public void The_speaker_follows_the_discourse(string text, string cue, string speaker, string entity, string content)
    {
        var claim = Analyzer.Analyze(text).Claims[^1];
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(entity, claim.Speaker.Entity);
        Assert.Equal(content, claim.Content.Text);
    }
}
