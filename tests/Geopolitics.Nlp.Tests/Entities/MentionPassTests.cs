using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Entities.Passes;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// Each mention pass on its own: the passes before it run as in the recognizer, then the mentions are read right after
/// the pass under test, as "TYPE text" in text order.
/// </summary>
public sealed class MentionPassTests
{
    private static List<string> MentionsAfter<TPass>(string text)
        where TPass : IMentionPass
    {
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        var document = EntityRecognizer.Default.Prepare(text, tokens, sentences);
        foreach (var pass in EntityRecognizer.Default.Passes)
        {
            pass.Run(document);
            if (pass is TPass)
            {
                break;
            }
        }

        return document.Sentences.SelectMany(s => s.Mentions.Select(m =>
            $"{m.Type} {text[s.Bounds[m.First].Start..s.Bounds[m.End - 1].End]}{(m.Expansion is null ? "" : " → expansion")}")).ToList();
    }

    [Theory]
    [InlineData("Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang.", "Gpe Rusia|Person Sergey Lavrov|Gpe Pyongyang")]
    [InlineData("Presiden Afrika Selatan Cyril Ramaphosa tiba di Moskow.", "Gpe Afrika Selatan|Person Cyril Ramaphosa|Gpe Moskow")]
    public void Tagged_spans_leave_titles_outside_people(string text, string expected) =>
        Assert.Equal(expected.Split('|'), MentionsAfter<TaggedSpanPass>(text));

    [Theory]
    [InlineData("Hubungan Rusia-RDRK semakin erat.", "Gpe Rusia", "Gpe RDRK")]
    [InlineData("Delegasi dari Korea Utara tiba kemarin.", "Gpe Korea Utara", null)]
    public void Gazetteer_names_are_added(string text, string first, string? second)
    {
        var mentions = MentionsAfter<GazetteerNamePass>(text);
        Assert.Contains(first, mentions);
        if (second is not null)
        {
            Assert.Contains(second, mentions);
        }
    }

    [Theory]
    [InlineData("Ketua Umum Partai Golkar Aburizal Bakrie mengatakan hal itu.", "Organization Partai Golkar", "Person Aburizal Bakrie")]
    [InlineData("Kementerian Luar Negeri dan Partai Demokrat hadir.", "Organization Kementerian Luar Negeri", "Organization Partai Demokrat")]
    public void Organization_names_run_from_their_head_and_end_where_another_name_begins(string text, string organization, string next)
    {
        var mentions = MentionsAfter<OrganizationNamePass>(text);
        Assert.Contains(organization, mentions);
        Assert.Contains(next, mentions);
    }

    [Theory]
    [InlineData("Para pemimpin bertemu dalam KTT ASEAN ke-47 di Kuala Lumpur.", "Event KTT ASEAN ke-47")]
    [InlineData("Dunia berubah setelah Perang Dingin berakhir.", "Event Perang Dingin")]
    public void Named_events_take_their_acronym_and_edition(string text, string expected) =>
        Assert.Contains(expected, MentionsAfter<EventNamePass>(text));

    [Fact]
    public void Event_heads_that_are_common_nouns_need_an_acronym_or_edition() =>
        Assert.DoesNotContain(MentionsAfter<EventNamePass>("Pertemuan Tahunan itu berlangsung lama."), m => m.StartsWith("Event", StringComparison.Ordinal));

    [Fact]
    public void An_acronym_in_parentheses_links_to_its_expansion()
    {
        var mentions = MentionsAfter<AcronymPass>("Menurut Kantor Berita Sentral Korea (KCNA), uji coba itu berhasil.");
        Assert.Contains("Organization Kantor Berita Sentral Korea", mentions);
        Assert.Contains("Organization KCNA → expansion", mentions);
    }

    [Theory]
    [InlineData("JAKARTA, KOMPAS.com - Dewan Keamanan PBB bersidang.", "Organization KOMPAS.com")]
    [InlineData("Kuala Lumpur (ANTARA) - Para menteri bertemu.", "Organization ANTARA")]
    public void Dateline_sources_are_organizations(string text, string expected) =>
        Assert.Contains(expected, MentionsAfter<DatelinePass>(text));

    [Theory]
    [InlineData("Dewan Gubernur IAEA Desak Iran Buka Akses Nuklir", "Desak")]
    [InlineData("Bahas Rohingya, Menlu Thailand Berharap Retno Marsudi Ikut Membantu", "Bahas")]
    [InlineData("Menlu Retno Tegaskan Dukungan Indonesia untuk Palestina", "Tegaskan")]
    [InlineData("Dubes Ukraina Apresiasi Upaya Damai Indonesia", "Apresiasi")]
    [InlineData("Presiden Jokowi Lantik Menteri Baru di Istana Negara", "Lantik")]
    public void Headline_names_end_at_verbs(string headline, string verb) =>
        Assert.DoesNotContain(MentionsAfter<HeadlinePass>(headline), m => m.Contains(verb, StringComparison.Ordinal));

    [Theory]
    [InlineData("Serangan udara terjadi di Gaza selatan.", "Gpe 26-30 Gaza")]
    [InlineData("Pasukan Rusia maju di Ukraina timur.", "Gpe 8-13 Rusia|Gpe 22-29 Ukraina")]
    [InlineData("Ia tinggal di Jakarta Utara.", "Gpe 14-27 Jakarta Utara")]
    public void A_compass_word_in_lower_case_is_not_part_of_the_place(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Keterangan gambar, Kabut masih menyelimuti pelabuhan Surabaya. Warga mengeluhkan kabut tebal.", "Gpe 53-61 Surabaya")]
    [InlineData("Pemerintah menerapkan moratorium ekspor. Moratorium berlaku sejak Senin.", "")]
    [InlineData("Mari simak ulasan lengkapnya di bawah ini.", "")]
    [InlineData("Dewan Keamanan PBB memulihkan sanksi. Namun, Sanksi diberlakukan bertahap.", "Organization 0-18 Dewan Keamanan PBB")]
    [InlineData("Sergey Lavrov tiba di Pyongyang. Lavrov mengatakan hubungan kedua negara kuat.", "Person 0-13 Sergey Lavrov|Gpe 22-31 Pyongyang|Person 33-39 Lavrov")]
    [InlineData("Nurhayati mengatakan partainya siap.", "Person 0-9 Nurhayati")]
    public void A_lone_common_word_opening_a_clause_before_its_predicate_is_no_person(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Benarkah Malaysia menutup perbatasan?", "Gpe 9-17 Malaysia")]
    [InlineData("Ribuan anak muda Gen Z Kenya turun ke jalan.", "Gpe 23-28 Kenya")]
    [InlineData("Jumlah Pekerja Migran Indonesia (PMI) di Taiwan meningkat. Sebagian besar PMI bekerja di sektor rumah tangga.", "Gpe 41-47 Taiwan")]
    [InlineData("Palang Merah Indonesia (PMI) mengirim bantuan. PMI juga menyiapkan ambulans.", "Organization 0-22 Palang Merah Indonesia|Organization 24-27 PMI|Organization 47-50 PMI")]
    [InlineData("Kepala Badan Pelindungan Pekerja Migran Indonesia (BP2MI) hadir.", "Organization 7-49 Badan Pelindungan Pekerja Migran Indonesia|Organization 51-56 BP2MI")]
    [InlineData("Gaji minimum Pembantu Rumah Tangga (PRT) naik tahun ini.", "")]
    public void Question_words_generations_and_worker_categories_are_no_part_of_a_name(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Kapal itu berlayar dekat Natuna.", "Gpe 25-31 Natuna")]
    [InlineData("Ia tumbuh di Jackson Heights, Queens.", "Gpe 13-28 Jackson Heights|Gpe 30-36 Queens")]
    public void A_place_after_a_place_and_a_comma_and_a_regency_named_alone_are_places(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    // A person the tagger read who goes on with a verb after a place and a comma stays a person; a flat is no place
    // noun before a name; a mayors' conference is no bishops' one; a known name before a hyphen is one of a pair.
    [InlineData("Saat berkunjung ke Manila, Austin menegaskan komitmen AS.", "Gpe 19-25 Manila|Person 27-33 Austin|Gpe 54-56 AS")]
    [InlineData("KPK menggeledah apartemen Harvey Moeis.", "Organization 0-3 KPK|Person 26-38 Harvey Moeis")]
    [InlineData("Konferensi Wali Kota Asia Pasifik digelar di Bandung.", "Event 0-33 Konferensi Wali Kota Asia Pasifik|Gpe 45-52 Bandung")]
    [InlineData("Pasangan Anies Baswedan-Muhaimin mendaftar ke KPU.", "Person 9-23 Anies Baswedan|Person 24-32 Muhaimin|Organization 46-49 KPU")]
    public void Place_and_assembly_cues_leave_people_and_meetings_alone(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Presiden Xi Jinping tiba di Moskow. Xi mengatakan Tiongkok siap.", "Person 9-19 Xi Jinping|Gpe 28-34 Moskow|Person 36-38 Xi|Gpe 50-58 Tiongkok")]
    [InlineData("Raja Charles III mengunjungi Kanada.", "Person 5-16 Charles III|Gpe 29-35 Kanada")]
    [InlineData("Sultan Hassanal Bolkiah tiba di Jakarta.", "Person 7-23 Hassanal Bolkiah|Gpe 32-39 Jakarta")]
    public void A_short_sentence_full_of_names_ending_in_a_full_stop_is_no_headline_and_titles_stay_outside(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Bahas Rohingya, Menlu Thailand Berharap Retno Marsudi Ikut Membantu", "Gpe 22-30 Thailand|Person 40-53 Retno Marsudi")]
    [InlineData("Menlu Retno Tegaskan Dukungan Indonesia untuk Palestina", "Person 6-11 Retno|Gpe 30-39 Indonesia|Gpe 46-55 Palestina")]
    public void A_headline_keeps_its_names_apart_from_its_verbs(string headline, string expected) =>
        Assert.Equal(expected, EntityRows.Of(headline));

    [Fact]
    public void A_lone_surname_after_the_full_name_is_a_person()
    {
        // Built by hand, so the pass is seen alone: the tagger found the full name but not the later surname.
        const string text = "Sergey Lavrov tiba . Esoknya Lavrov pergi .";
        var document = EntityRecognizer.Default.Prepare(text, IndonesianTokenizer.Default.Tokenize(text), SentenceSplitter.Default.Split(text, IndonesianTokenizer.Default.Tokenize(text)));
        document.Sentences[0].Mentions.Add(new Mention(0, 2, EntityType.Person, null));

        new PersonNamePartPass().Run(document);

        var later = Assert.Single(document.Sentences[1].Mentions);
        Assert.Equal((1, 2, EntityType.Person), (later.First, later.End, later.Type));
    }

    [Fact]
    public void A_lone_word_guessed_as_an_organization_is_the_person_named_earlier()
    {
        const string text = "Mahfud Md hadir . Menurut Mahfud , itu wajar .";
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var document = EntityRecognizer.Default.Prepare(text, tokens, SentenceSplitter.Default.Split(text, tokens));
        document.Sentences[0].Mentions.Add(new Mention(0, 2, EntityType.Person, null));
        document.Sentences[1].Mentions.Add(new Mention(1, 2, EntityType.Organization, null));

        new PersonNamePartPass().Run(document);

        var later = Assert.Single(document.Sentences[1].Mentions);
        Assert.Equal((1, 2, EntityType.Person), (later.First, later.End, later.Type));
    }

    [Fact]
    public void An_organization_ending_in_a_known_person_name_is_cut_before_it()
    {
        const string text = "Aburizal Bakrie hadir . Ketua Partai Golkar Aburizal Bakrie berbicara .";
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var document = EntityRecognizer.Default.Prepare(text, tokens, SentenceSplitter.Default.Split(text, tokens));
        document.Sentences[0].Mentions.Add(new Mention(0, 2, EntityType.Person, null));
        document.Sentences[1].Mentions.Add(new Mention(1, 5, EntityType.Organization, null));

        new PersonNamePartPass().Run(document);

        Assert.Equal(
            [(1, 3, EntityType.Organization), (3, 5, EntityType.Person)],
            document.Sentences[1].Mentions.Select(m => (m.First, m.End, m.Type)));
    }

    [Fact]
    public void A_reporting_capital_is_named_as_its_country()
    {
        var text = "Beijing menilai langkah itu berbahaya.";
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var document = EntityRecognizer.Default.Prepare(text, tokens, SentenceSplitter.Default.Split(text, tokens));
        foreach (var pass in EntityRecognizer.Default.Passes)
        {
            pass.Run(document);
        }

        Assert.Equal("Tiongkok", document.Sentences[0].Mentions.Single().Entry?.Canonical);
    }

    [Theory]
    [InlineData("?!?! ... (((", false)]
    [InlineData("12/9 - 2025 !", false)]
    [InlineData("... “Ya” ...", true)]
    [InlineData("(1/2) Jakarta .", true)]
    [InlineData("Ékspor .", true)]
    public void A_sentence_without_letters_is_skipped_by_the_tagger(string text, bool hasLetters)
    {
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var document = EntityRecognizer.Default.Prepare(text, tokens, [new Sentence(0, text.Length, 0, tokens.Length)]);

        new TaggingPass(EntityRecognizer.Default.Tagger).Run(document);

        var sentence = Assert.Single(document.Sentences);
        Assert.Equal(hasLetters, sentence.HasLetters);
        Assert.Equal(tokens.Length, sentence.Labels.Count);
    }
}
