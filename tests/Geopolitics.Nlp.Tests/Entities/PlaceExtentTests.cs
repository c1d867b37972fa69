namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// How far a place's name reaches: the common noun of <c>Ibu Kota X</c> stays out, venues, streets and addresses are
/// places one per name, and in a headline a known place does not run on into a verb. Sentences written for these tests.
/// </summary>
public sealed class PlaceExtentTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // `Ibu Kota X` is "the capital, X"; `Kota X` alone is the city's name.
        { "Pesawat itu mendarat di Kabul, Ibu Kota Afghanistan.", "Gpe 24-29 Kabul|Gpe 40-51 Afghanistan" },
        { "Kota Meksiko menjadi tuan rumah.", "Gpe 0-12 Kota Meksiko" },
        // `Wali Kota X` is the mayor of X: the title stays out.
        { "Wali Kota Kyiv Vitali Klitschko hadir.", "Gpe 10-14 Kyiv|Person 15-31 Vitali Klitschko" },
        { "Walikota London Sadiq Khan hadir.", "Gpe 9-15 London|Person 16-26 Sadiq Khan" },

        // An island that is no province is a place with no government; one that is a province of its own is a GPE.
        { "Topan itu menerjang Luzon dan Visayas, Filipina.", "Location 20-25 Luzon|Location 30-37 Visayas|Gpe 39-47 Filipina" },
        { "Warga Mindanao dan Palawan diminta waspada.", "Location 6-14 Mindanao|Gpe 19-26 Palawan" },
        { "Pasukan Israel menyerbu Hebron dan Nablus di Tepi Barat.", "Gpe 8-14 Israel|Gpe 24-30 Hebron|Gpe 35-41 Nablus|Gpe 45-55 Tepi Barat" },

        // Shoals and reefs are places with no government.
        { "Kapal itu berlayar di dekat Scarborough Shoal.", "Location 28-45 Scarborough Shoal" },
        { "Kapal nelayan berlindung di dekat Beting Sabina.", "Location 34-47 Beting Sabina" },
        // A sentence's first word heads the shoal's name; its other name after `disebut` is the same place.
        { "Beting Second Thomas, yang oleh Filipina disebut Ayungin, kembali memanas.", "Location 0-20 Beting Second Thomas|Gpe 32-40 Filipina|Location 49-56 Ayungin" },

        // After a lower-case place noun, an unknown name is that kind of place, also across a relative clause.
        { "Tentara berjaga di sekitar candi Prasat Kuno.", "Location 33-44 Prasat Kuno" },
        { "Kapal itu berlabuh di kota yang dahulu bernama Batavia Lama.", "Gpe 47-59 Batavia Lama" },
        { "Deforestasi di kawasan Amazon terus meningkat.", "Location 23-29 Amazon" },
        { "Ratusan umat berdoa di Basilika Santo Petrus.", "Location 23-44 Basilika Santo Petrus" },

        // Provinces and countries by the short forms the press writes.
        { "Ratusan PMI asal NTB dan Kaltim dipulangkan.", "Gpe 17-20 NTB|Gpe 25-31 Kaltim" },
        { "Papua Nugini (PNG) merayakan kemerdekaan. Warga PNG berpesta.", "Gpe 0-12 Papua Nugini|Gpe 14-17 PNG|Gpe 48-51 PNG" },

        // Gardens, parks and guesthouses are venues.
        { "Pertemuan digelar di Diaoyutai State Guesthouse, Beijing.", "Location 21-47 Diaoyutai State Guesthouse|Gpe 49-56 Beijing" },
        { "Mereka bersepeda di Kebun Raya Bogor.", "Location 20-36 Kebun Raya Bogor" },
        { "Ia bekerja di Wilson Center.", "Organization 14-27 Wilson Center" },

        // A known place opened by an organization's head stays the place; a venue's name with a title word is a venue;
        // a dateline's dash joins no name to the acronym after it.
        { "Duta Besar RI untuk Federasi Rusia dan Republik Belarus hadir.", "Gpe 11-13 RI|Gpe 20-34 Federasi Rusia|Gpe 39-55 Republik Belarus" },
        { "Ia diterima di Wisma Duta, Moskwa, pekan lalu.", "Location 15-25 Wisma Duta|Gpe 27-33 Moskwa" },
        { "Kantor itu pindah ke Menara Astra, Jakarta.", "Location 21-33 Menara Astra|Gpe 35-42 Jakarta" },
        { "Menara Eiffel dibuka kembali untuk wisatawan.", "Location 0-13 Menara Eiffel" },
        {
            "Washington, D.C. - Dana Moneter Internasional (IMF) memangkas proyeksi.",
            "Gpe 0-16 Washington, D.C.|Organization 19-45 Dana Moneter Internasional|Organization 47-50 IMF"
        },

        // An air base is a place; a one-word place that ends an organization's name before its officer belongs to it.
        { "Tim berangkat dari Lanud Halim Perdanakusuma.", "Location 19-44 Lanud Halim Perdanakusuma" },
        {
            "Ketua Federasi Koperasi Perikanan Fukushima, Tetsu Nozaki, mengatakan pihaknya menentang rencana itu.",
            "Organization 6-43 Federasi Koperasi Perikanan Fukushima|Person 45-57 Tetsu Nozaki"
        },

        // An island that is no province and a region with no government are LOCATION; a province is GPE.
        { "Banjir melanda Jawa dan Sumatera.", "Location 15-19 Jawa|Location 24-32 Sumatera" },
        { "Gubernur Jawa Barat hadir.", "Gpe 9-19 Jawa Barat" },
        { "Pertempuran di Donbas berlanjut.", "Location 15-21 Donbas" },
        { "Ia tiba di Jalur Gaza.", "Gpe 11-21 Jalur Gaza" },

        // Streets are places without a government, one per name; an address's number is no part of it.
        {
            "Massa berkumpul di Jalan Rustaveli dan Jalan Medan Merdeka Barat, Jakarta Pusat.",
            "Location 19-34 Jalan Rustaveli|Location 39-64 Jalan Medan Merdeka Barat|Gpe 66-79 Jakarta Pusat"
        },
        { "Kantornya di Jl. MH Thamrin No. 10, Jakarta.", "Location 13-27 Jl. MH Thamrin|Gpe 36-43 Jakarta" },

        // In an address, the unknown name between the building and its city is a district of the city.
        {
            "Jumpa pers di kantor Kedutaan Besar Ukraina, Kuningan, Jakarta Selatan, Kamis.",
            "Organization 21-43 Kedutaan Besar Ukraina|Gpe 45-53 Kuningan|Gpe 55-70 Jakarta Selatan"
        },
        { "Ia ditemui di kantor Kemlu, Pejambon, Jakarta Pusat.", "Organization 21-26 Kemlu|Gpe 28-36 Pejambon|Gpe 38-51 Jakarta Pusat" },

        // `Besar` in a building's name is no title that ends it.
        { "Mereka bertemu di Aula Besar Rakyat, Beijing.", "Location 18-35 Aula Besar Rakyat|Gpe 37-44 Beijing" },

        // `Lima` counts between capitalized words and names Peru's capital after a place preposition.
        { "ASEAN masih berpegang pada Konsensus Lima Poin.", "Organization 0-5 ASEAN" },
        { "Ia terbang ke Lima, Peru.", "Gpe 14-18 Lima|Gpe 20-24 Peru" },

        // Shops and malls are places; a legislature keeps its country.
        { "Harga emas di Butik Logam Mulia Pulogadung, Jakarta Timur, naik.", "Location 14-42 Butik Logam Mulia Pulogadung|Gpe 44-57 Jakarta Timur" },
        { "Ia berbelanja di Plaza Indonesia dan Mal Taman Anggrek.", "Location 17-32 Plaza Indonesia|Location 37-54 Mal Taman Anggrek" },
        { "China mengecam kunjungan Ketua DPR AS ke Taiwan.", "Gpe 0-5 China|Organization 31-37 DPR AS|Gpe 41-47 Taiwan" },

        // Towns, sites and corridors of the wars in the news are places without a place word before them.
        { "Militer Israel menguasai Koridor Philadelphia dan menyerang Jabalia, Beit Lahia dan Nuseirat.", "Gpe 8-14 Israel|Location 25-45 Koridor Philadelphia|Gpe 60-67 Jabalia|Gpe 69-79 Beit Lahia|Gpe 84-92 Nuseirat" },
        { "Pasukan Rusia merebut Pokrovsk dan Avdiivka setelah Bakhmut.", "Gpe 8-13 Rusia|Gpe 22-30 Pokrovsk|Gpe 35-43 Avdiivka|Gpe 52-59 Bakhmut" },
        { "Serangan AS menghantam fasilitas nuklir Fordow, Natanz dan Isfahan.", "Gpe 9-11 AS|Location 40-46 Fordow|Gpe 48-54 Natanz|Gpe 59-66 Isfahan" },

        // Headlines: a known place is the place alone beside a capitalized verb or state the lists lack; a measurement and
        // a one-word place the body never names are no entities.
        { "Kapal Patroli China Mendekat, Vietnam Siaga", "Gpe 14-19 China|Gpe 30-37 Vietnam" },
        { "Pakta Iklim Disahkan, Rusia Absen", "Gpe 22-27 Rusia" },
        { "Gempa Magnitudo 6,1 Guncang Sulawesi Tengah", "Gpe 28-43 Sulawesi Tengah" },
        { "Rupiah Menguat, Pasar Sambut Kebijakan Baru", "" },
        { "Kedua Negara Teken Pakta Damai di Jenewa\n\nKedua negara menandatangani pakta damai di Jenewa pada Senin.", "Gpe 34-40 Jenewa|Gpe 85-91 Jenewa" },

        // A corridor is a place with no government; hospitals and prisons are facilities (LOCATION), and the head words
        // alone name none.
        { "Tentara menjaga Koridor Suwalki sejak pekan lalu.", "Location 16-31 Koridor Suwalki" },
        { "Pengungsi tinggal di Rumah Sakit Al-Awda di Jabalia.", "Location 21-40 Rumah Sakit Al-Awda|Gpe 44-51 Jabalia" },
        { "Jenazah dibawa ke Rumah Sakit pada Senin.", "" },
        { "Tahanan dipindahkan ke Penjara Evin di Teheran.", "Location 23-35 Penjara Evin|Gpe 39-46 Teheran" },
        { "Serangan merusak Rumah Sakit Al-Quds dan Rumah Sakit Kamal Adwan.", "Location 17-36 Rumah Sakit Al-Quds|Location 41-64 Rumah Sakit Kamal Adwan" },
        // A known city after two or more of a venue's own words is where the venue stands, a GPE of its own.
        { "Pasien dirawat di Rumah Sakit Harapan Kita Bandung sejak Senin.", "Location 18-42 Rumah Sakit Harapan Kita|Gpe 43-50 Bandung" },
        { "Konser digelar di Stadion Patriot Candrabhaga Bekasi.", "Location 18-45 Stadion Patriot Candrabhaga|Gpe 46-52 Bekasi" },
        // A town called a state's capital is a GPE, and so is the state, with `Negara Bagian` in its name.
        { "Lashio adalah ibu kota Negara Bagian Shan Utara.", "Gpe 0-6 Lashio|Gpe 23-47 Negara Bagian Shan Utara" },
        { "Pertemuan digelar di Kota Bharu, ibu kota Negara Bagian Kelantan.", "Gpe 21-31 Kota Bharu|Gpe 42-64 Negara Bagian Kelantan" },
        { "Pasukan memasuki Sittwe, ibu kota Negara Bagian Rakhine.", "Gpe 17-23 Sittwe|Gpe 34-55 Negara Bagian Rakhine" },
        // A listed city coordinated with a known place, after `warga` or after a compass word is a place.
        { "Banjir melanda beberapa kota termasuk Kharkiv dan Kyiv.", "Gpe 38-45 Kharkiv|Gpe 50-54 Kyiv" },
        { "Warga Mosul kembali ke rumah mereka di utara Mosul.", "Gpe 6-11 Mosul|Gpe 45-50 Mosul" },

        // A common compound whose first word is also a place (`baku tembak`, "exchange of fire"; `padang rumput`) names
        // nothing when a sentence or headline capitalizes it; the city alone stays a GPE.
        { "Baku tembak pecah di pinggir kota semalam.", "" },
        { "Baku hantam terjadi di Makassar.", "Gpe 23-31 Makassar" },
        { "Delegasi tiba di Baku, Azerbaijan.", "Gpe 17-21 Baku|Gpe 23-33 Azerbaijan" },
        { "Padang rumput di Mongolia menyusut.", "Gpe 17-25 Mongolia" },
        { "Baku Tembak di Perbatasan, Tiga Polisi Terluka", "" },

        // Chapels, dams, refineries, power plants, depots and roundabouts are facilities; forests and waters named by a
        // common noun and the Global South are places without a government; a venue word mid-sentence opens no person.
        { "Wisatawan memotret Kapel Sistina dari luar.", "Location 19-32 Kapel Sistina" },
        { "Debit Bendungan Jatigede naik.", "Location 6-24 Bendungan Jatigede" },
        { "Kebakaran melanda Kilang Cilacap pada malam hari.", "Location 18-32 Kilang Cilacap" },
        { "PLTU Paiton memasok listrik Jawa Timur.", "Location 0-11 PLTU Paiton|Gpe 28-38 Jawa Timur" },
        { "Peserta berkumpul di Bundaran Hotel Indonesia pagi ini.", "Location 21-45 Bundaran Hotel Indonesia" },
        { "Uskup itu berdoa dari balkon Basilika Santo Paulus.", "Location 29-50 Basilika Santo Paulus" },
        { "Kapal patroli berjaga di Perairan Natuna Utara.", "Location 25-46 Perairan Natuna Utara" },
        { "Para migran ditahan di Depot Imigresen Semenyih.", "Location 23-47 Depot Imigresen Semenyih" },
        { "Negara-negara Selatan Global menuntut keadilan iklim.", "Location 14-28 Selatan Global" },
        { "Perburuan liar marak di Hutan Harapan.", "Location 24-37 Hutan Harapan" },

        // Housing estates and squares abroad: `Court` after a housing noun, `Estate` and `Place` at the end of the name.
        { "Api melalap kompleks apartemen Kwun Lung Court di Hong Kong.", "Location 31-46 Kwun Lung Court|Gpe 50-59 Hong Kong" },
        { "Warga Lek Yuen Estate dievakuasi.", "Location 6-21 Lek Yuen Estate" },
        { "Kantor itu berada di Raffles Place, Singapura.", "Location 21-34 Raffles Place|Gpe 36-45 Singapura" },

        // A city written with `City` is a GPE, and the mayor's name after it a person.
        { "Banjir melanda Cebu City pada pekan lalu.", "Gpe 15-24 Cebu City" },
        { "Wali Kota Davao City Sebastian Duterte menolak.", "Gpe 10-20 Davao City|Person 21-38 Sebastian Duterte" },
        // In a sentence about sport it is a club.
        { "Pemilik Leicester City Aiyawatt Srivaddhanaprabha menjual klub itu.", "Organization 8-22 Leicester City|Person 23-49 Aiyawatt Srivaddhanaprabha" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_place_name_reaches_as_far_as_the_name_goes(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
