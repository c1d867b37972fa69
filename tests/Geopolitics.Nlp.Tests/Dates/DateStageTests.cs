using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Tests.Dates;

public class DateStageTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static IReadOnlyList<TemporalExpression> Dates(string text, string? documentDate = "2025-09-04") =>
        Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = documentDate is null ? null : DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture) }).Dates;

    public static TheoryData<string, string, string, string?, string?> Forms => new()
    {
        // sentence, expected span, type, value, mod — document date 2025-09-04 (a Thursday)
        { "Mereka bertemu pada 3 September 2025 di Beijing.", "3 September 2025", "DATE", "2025-09-03", null },
        { "Mereka bertemu pada 3 Sept. 2025 di Beijing.", "3 Sept. 2025", "DATE", "2025-09-03", null },
        { "Mereka bertemu pada Rabu (3/9/2025) di Beijing.", "Rabu (3/9/2025)", "DATE", "2025-09-03", null },
        { "Mereka bertemu pada Rabu (3/9) di Beijing.", "Rabu (3/9)", "DATE", "2025-09-03", null },
        { "Lavrov tiba pada 12 Juli di Pyongyang.", "12 Juli", "DATE", "2025-07-12", null },
        { "Perjanjian itu diteken pada Juni 2024.", "Juni 2024", "DATE", "2024-06", null },
        { "Pertemuan digelar September tahun 2023.", "September tahun 2023", "DATE", "2023-09", null },
        { "Perjanjian itu diteken pada tahun 2024.", "tahun 2024", "DATE", "2024", null },
        { "Negara itu merdeka pada 1991.", "1991", "DATE", "1991", null },
        { "Perang itu terjadi pada abad ke-20.", "abad ke-20", "DATE", "19", null },
        { "Hubungan memburuk pada 1990-an.", "1990-an", "DATE", "199", null },
        { "Kunjungan itu berlangsung dari 13 hingga 15 Juli.", "13 hingga 15 Juli", "DATE", "2025-07-13/2025-07-15", null },
        { "Kunjungan itu berlangsung 13-15 Juli.", "13-15 Juli", "DATE", "2025-07-13/2025-07-15", null },
        { "KTT itu dijadwalkan berlangsung dari 30 Agustus hingga 1 September.", "30 Agustus hingga 1 September", "DATE", "2026-08-30/2026-09-01", null },
        { "Forum itu digelar 22-24 Mei 2017.", "22-24 Mei 2017", "DATE", "2017-05-22/2017-05-24", null },
        { "Ia telah berkunjung dari tanggal 15 sampai 17 Januari.", "tanggal 15 sampai 17 Januari", "DATE", "2025-01-15/2025-01-17", null },
        { "Perang Korea (1950-1953) berakhir tanpa perjanjian damai.", "1950-1953", "DATE", "1950/1953", null },
        { "Menteri itu tiba hari ini.", "hari ini", "DATE", "2025-09-04", null },
        { "Menteri itu tiba kemarin.", "kemarin", "DATE", "2025-09-03", null },
        { "Menteri itu akan tiba besok.", "besok", "DATE", "2025-09-05", null },
        { "Menteri itu akan tiba lusa.", "lusa", "DATE", "2025-09-06", null },
        { "Menteri itu tiba kemarin (3/9) malam.", "kemarin (3/9)", "DATE", "2025-09-03", null },
        { "Mereka bertemu pekan lalu.", "pekan lalu", "DATE", "2025-W35", null },
        { "Mereka bertemu pekan depan.", "pekan depan", "DATE", "2025-W37", null },
        { "Mereka bertemu minggu lalu.", "minggu lalu", "DATE", "2025-W35", null },
        { "Harga naik bulan lalu.", "bulan lalu", "DATE", "2025-08", null },
        { "Harga akan naik bulan depan.", "bulan depan", "DATE", "2025-10", null },
        { "Harga naik tahun lalu.", "tahun lalu", "DATE", "2024", null },
        { "Harga naik tahun ini.", "tahun ini", "DATE", "2025", null },
        { "Pemilu digelar tahun depan.", "tahun depan", "DATE", "2026", null },
        { "Ia berkunjung Maret lalu.", "Maret lalu", "DATE", "2025-03", null },
        { "Ia berkunjung Januari tahun lalu.", "Januari tahun lalu", "DATE", "2024-01", null },
        { "Ia berkunjung November 2017 lalu.", "November 2017 lalu", "DATE", "2017-11", null },
        { "Rencana itu diumumkan akhir tahun lalu.", "akhir tahun lalu", "DATE", "2024", "END" },
        { "Rencana itu diumumkan awal bulan ini.", "awal bulan ini", "DATE", "2025-09", "START" },
        { "Rencana itu diumumkan pertengahan 2024.", "pertengahan 2024", "DATE", "2024", "MID" },
        { "Gempa terjadi pukul 09.23 WIB.", "pukul 09.23 WIB", "TIME", "2025-09-04T09:23+07:00", null },
        { "Gempa terjadi pukul 10.15 WITA.", "pukul 10.15 WITA", "TIME", "2025-09-04T10:15+08:00", null },
        { "Gempa terjadi pukul 11.00 WIT.", "pukul 11.00 WIT", "TIME", "2025-09-04T11:00+09:00", null },
        { "Mereka bertemu pukul 21.22 waktu setempat.", "pukul 21.22 waktu setempat", "TIME", "2025-09-04T21:22", null },
        { "Menteri dijadwalkan tiba pada Senin (8/9) pukul 20.00 WIB.", "Senin (8/9) pukul 20.00 WIB", "TIME", "2025-09-08T20:00+07:00", null },
        { "Sidang dibuka Rabu (3/9), pukul 10.00 WIB.", "Rabu (3/9), pukul 10.00 WIB", "TIME", "2025-09-03T10:00+07:00", null },
        { "Ia menjabat selama 14 tahun.", "14 tahun", "DURATION", "P14Y", null },
        { "Selama 75 tahun hubungan kedua negara stabil.", "75 tahun", "DURATION", "P75Y", null },
        { "Setelah 12 tahun hubungan yang membeku, kedua negara berdamai.", "12 tahun", "DURATION", "P12Y", null },
        { "Kerja sama itu terjalin lebih dari 30 tahun.", "lebih dari 30 tahun", "DURATION", "P30Y", "MORE_THAN" },
        { "Ia ditahan dua hari.", "dua hari", "DURATION", "P2D", null },
        { "Latihan berlangsung tiga pekan.", "tiga pekan", "DURATION", "P3W", null },
        { "Ia tinggal beberapa hari.", "beberapa hari", "DURATION", "PXD", null },
        { "Ibadah digelar pada Minggu di gereja.", "Minggu", "DATE", "2025-08-31", null },
        { "Mereka bertemu pada Jum'at.", "Jum'at", "DATE", "2025-08-29", null },
        { "Mereka akan bertemu pada Jumat.", "Jumat", "DATE", "2025-09-05", null },
        { "Mereka bertemu Senin depan.", "Senin depan", "DATE", "2025-09-08", null },
        { "Demo digelar akhir pekan ini.", "akhir pekan ini", "DATE", "2025-W36-WE", null },
        { "Ekonomi tumbuh pesat sepanjang 2024.", "2024", "DATE", "2024", null },
        { "Krisis terjadi pada tahun 1990-an.", "tahun 1990-an", "DATE", "199", null },
        { "Ledakan terdengar Sabtu malam.", "Sabtu malam", "DATE", "2025-08-30", null },
        { "Ledakan terdengar Sabtu sore (7/11/2015).", "Sabtu sore (7/11/2015)", "DATE", "2015-11-07", null },
        { "Gempa terjadi sekitar pukul 01.30 WIB.", "sekitar pukul 01.30 WIB", "TIME", "2025-09-04T01:30+07:00", "APPROX" },
        { "Gempa terjadi sekira pukul 01.30 WIB.", "sekira pukul 01.30 WIB", "TIME", "2025-09-04T01:30+07:00", "APPROX" },
        { "Suasana Pemilu 2014 berlangsung damai.", "2014", "DATE", "2014", null },
        { "Data itu mencakup September-Desember 2013.", "September-Desember 2013", "DATE", "2013-09/2013-12", null },
        { "Ia tiba Rabu malam, 11 April 2012.", "Rabu malam, 11 April 2012", "DATE", "2012-04-11", null },
        { "Ia tiba tiga hari lalu.", "tiga hari lalu", "DATE", "2025-09-01", null },
        { "Hasilnya diumumkan dua pekan lagi.", "dua pekan lagi", "DATE", "2025-W38", null },
        { "Perjanjian itu ditandatangani dua hari mendatang.", "dua hari mendatang", "DATE", "2025-09-06", null },
        // `mulai` opens a date like `sejak`.
        { "Aturan itu berlaku mulai Oktober.", "Oktober", "DATE", "2025-10", null },
        // The stretch up to a coming date is a length; `mendatang` belongs to its span as to a date's.
        { "Dalam dua tahun mendatang, ekonomi tumbuh.", "dua tahun mendatang", "DURATION", "P2Y", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Recognizes_and_resolves_each_form(string sentence, string span, string type, string? value, string? mod)
    {
        var found = Assert.Single(Dates(sentence));
        Assert.Equal(span, found.Text);
        Assert.Equal(type, found.Type.ToName());
        Assert.Equal(value, found.Value);
        Assert.Equal(mod, found.Mod?.ToName());
    }

    [Theory]
    [InlineData("Ia tiba Senin lalu, dan akan pulang Jumat.", "Jumat", "2025-09-05")]
    [InlineData("Rapat digelar pada Selasa dan menteri dijadwalkan tiba pekan depan.", "Selasa", "2025-09-02")]
    public void The_nearest_tense_cue_of_its_own_clause_places_a_weekday(string sentence, string span, string value) =>
        Assert.Equal(value, Dates(sentence).Single(d => d.Text == span).Value);

    [Fact]
    public void Dua_hari_kemudian_counts_from_the_previous_reported_date()
    {
        var dates = Dates("Lavrov mengunjungi China pada 13 hingga 15 Juli. KTT dijadwalkan pada 30 Agustus. Dua hari kemudian, ia menghadiri pertemuan.", "2025-07-16");
        Assert.Equal("2025-07-15", dates.Single(d => d.Text == "Dua hari kemudian").Value);
    }

    [Theory]
    [InlineData("Peringatan 80 tahun berakhirnya Perang Dunia II digelar di Beijing.")]
    [InlineData("Perang Dunia II berakhir dengan kekalahan Jepang.")]
    [InlineData("Sebanyak 2024 orang hadir dalam acara itu.")]
    [InlineData("Skor akhir pertandingan (3/9) membuat pelatih kecewa.")]
    [InlineData("Produksi naik 3/9 dari target.")]
    [InlineData("8 Min Read")]
    [InlineData("Dalam dua minggu terakhir ia tidak bertemu siapa pun.")]
    [InlineData("Dewan Keamanan mengeluarkan Resolusi 1701 tentang Lebanon.")]
    [InlineData("Hari tanggal 31/2/2024 tidak ada.")]
    public void Does_not_report_non_dates(string sentence)
    {
        Assert.DoesNotContain(Dates(sentence), d => d.Type == TimexType.Date);
    }

    [Theory]
    [InlineData("Mereka bertemu Rabu (3/9/2025) pukul 21.00 waktu setempat.", "2025-09-03T21:00")]
    [InlineData("Mereka bertemu pada 1 Agustus 2025. Gempa terjadi pukul 09.23 WIB.", "2025-08-01T09:23+07:00")]
    [InlineData("Mereka bertemu pada 1 Agustus 2025. Cuaca cerah. Hujan reda. Gempa terjadi pukul 09.23 WIB.", "2025-09-04T09:23+07:00")]
    public void Clock_time_takes_the_day_of_the_last_date_in_its_sentence_or_the_two_before(string text, string value) =>
        Assert.Equal(value, Dates(text).Single(d => d.Type == TimexType.Time).Value);

    [Fact]
    public void Dua_minggu_is_a_duration_not_a_sunday() =>
        Assert.Equal("P2W", Assert.Single(Dates("Latihan berlangsung dua minggu.")).Value);

    [Fact]
    public void Weekday_mismatch_keeps_the_written_date_and_flags_it()
    {
        var date = Assert.Single(Dates("Mereka bertemu pada Rabu (4/9/2025)."));
        Assert.Equal("2025-09-04", date.Value);
        Assert.True(date.WeekdayMismatch);
    }

    [Fact]
    public void Weekday_that_fits_is_not_flagged() =>
        Assert.False(Assert.Single(Dates("Mereka bertemu pada Rabu (3/9/2025).")).WeekdayMismatch);

    [Fact]
    public void Begin_and_end_cover_ranges_and_months()
    {
        var range = Assert.Single(Dates("Kunjungan itu berlangsung 13-15 Juli."));
        Assert.Equal(new DateOnly(2025, 7, 13), range.FirstDay);
        Assert.Equal(new DateOnly(2025, 7, 15), range.LastDay);
        var month = Assert.Single(Dates("Perjanjian itu diteken pada Juni 2024."));
        Assert.Equal(new DateOnly(2024, 6, 1), month.FirstDay);
        Assert.Equal(new DateOnly(2024, 6, 30), month.LastDay);
    }

    [Fact]
    public void Without_a_document_date_partial_values_stay_partial()
    {
        var analysis = Analyzer.Analyze("Mereka bertemu pada 3 September di Beijing.");
        Assert.Null(analysis.DocumentDate);
        Assert.Equal("XXXX-09-03", Assert.Single(analysis.Dates).Value);
    }

    [Fact]
    public void Without_a_document_date_the_dateline_is_inferred()
    {
        var analysis = Analyzer.Analyze("Pertemuan digelar pada Rabu (13/9/2023). Kim tiba kemarin.");
        Assert.Equal(new DateOnly(2023, 9, 13), analysis.DocumentDate);
        Assert.True(analysis.DocumentDateInferred);
        Assert.Equal("2023-09-12", analysis.Dates[1].Value);
    }

    [Fact]
    public void A_given_document_date_is_not_replaced()
    {
        var analysis = Analyzer.Analyze("Pertemuan digelar pada Rabu (13/9/2023).", new AnalysisOptions { DocumentDate = new DateOnly(2023, 9, 14) });
        Assert.Equal(new DateOnly(2023, 9, 14), analysis.DocumentDate);
        Assert.False(analysis.DocumentDateInferred);
    }

    [Theory]
    [InlineData("Kesepakatan akan diteken pada 3 Januari.", "2026-01-03")]
    [InlineData("Kesepakatan telah diteken pada 3 Januari.", "2025-01-03")]
    [InlineData("Kesepakatan telah diteken pada 30 September.", "2024-09-30")]
    [InlineData("Kesepakatan akan diteken pada 1 September.", "2026-09-01")]
    // The relative clause holding the date has its own done verb; `akan` is the main clause's.
    [InlineData("Menteri akan meninjau perjanjian yang ditandatangani di Doha pada 1 September.", "2025-09-01")]
    [InlineData("Polisi akan menyelidiki ledakan yang terjadi pada 20 Agustus.", "2025-08-20")]
    [InlineData("Kami menunggu konferensi yang akan dibuka pada 1 September.", "2026-09-01")]
    // `hingga` opens a time that may lie ahead, whatever the relative clause's verb.
    [InlineData("OPEC+ akan mempertahankan kuota yang disepakati hingga 31 Desember.", "2025-12-31")]
    // A relative clause closed by a comma before the date is not the date's clause.
    [InlineData("Aliansi itu, yang dibentuk di Wina, akan menaikkan produksi mulai 1 Oktober.", "2025-10-01")]
    public void Tense_cues_choose_the_year(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(Dates(sentence)).Value);
}
