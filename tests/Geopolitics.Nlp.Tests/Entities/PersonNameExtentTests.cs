namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// How far a person's name reaches and when a name is a person at all: Romance particles, middle initials and compound
/// Arabic given names stay in; a common noun glued onto a country or an organization is no given name; two known names
/// joined by <c>dan</c> stay two. Sentences written for these tests, with exact spans.
/// </summary>
public sealed class PersonNameExtentTests
{
    public static TheoryData<string, string> Rows => new()
    {
        // A name with a Romance particle is a person, not a Spanish place, unless a place word or preposition says so.
        { "Aktivis Juan de la Vega hadir di Manila.", "Person 8-23 Juan de la Vega|Gpe 33-39 Manila" },
        { "Aktivis Jose de la Cruz hadir.\n\nJose de la Cruz mengatakan ia hadir.", "Person 8-23 Jose de la Cruz|Person 32-47 Jose de la Cruz" },
        { "Banjir melanda Rio de Janeiro dan San Jose del Monte.", "Gpe 15-29 Rio de Janeiro|Gpe 34-52 San Jose del Monte" },
        { "Ia lahir di Juan de la Vega.", "Gpe 12-27 Juan de la Vega" },

        // A given name before a middle initial written without its period, or before surname particles, is in the name;
        // an Arabic name never ends on the first half of a compound (`Abdul`).
        { "Menteri Urusan Islam Saudi Abdullatif A Al-Sheikh menerima delegasi itu.", "Gpe 21-26 Saudi|Person 27-49 Abdullatif A Al-Sheikh" },
        { "Kerabat Jomar delos Reyes hadir di sidang.", "Person 8-25 Jomar delos Reyes" },

        // A common noun or a unit before a country or an organization is no person's given name; a surname that is a
        // country's other spelling stays a name, and a minister's portfolio stays out of the name after it.
        { "Drone Israel menghantam sebuah mobil di Tirus.", "Gpe 6-12 Israel|Gpe 40-45 Tirus" },
        { "Pasukan Radwan Hizbullah mundur dari perbatasan.", "Organization 15-24 Hizbullah" },
        { "Michael Jordan menonton laga itu.", "Person 0-14 Michael Jordan" },
        { "Menteri Agama Nasaruddin Umar hadir.", "Person 14-29 Nasaruddin Umar" },

        // Two known organizations joined by `dan` are two; the country after a portfolio with `dan` is only that country.
        { "Pemerintah terus berkoordinasi dengan Uni Afrika dan Liga Arab.", "Organization 38-48 Uni Afrika|Organization 53-62 Liga Arab" },
        { "Menteri Haji dan Umrah RI Mochamad Irfan Yusuf tiba.", "Gpe 23-25 RI|Person 26-46 Mochamad Irfan Yusuf" },

        // A person's initials before the name are part of it, dotted or not; a known acronym before a name is its
        // organization, and a ship's prefix is initials only where an office holder's name begins.
        { "Perdana Menteri Nepal KP Sharma Oli mengundurkan diri.", "Gpe 16-21 Nepal|Person 22-35 KP Sharma Oli" },
        { "PM K.P. Sharma Oli menerima tamu.", "Person 3-18 K.P. Sharma Oli" },
        { "Kepala Kantor Staf Presiden AM Putranto hadir.", "Organization 7-27 Kantor Staf Presiden|Person 28-39 AM Putranto" },
        { "Ketua MK Anwar Usman membacakan putusan.", "Organization 6-8 MK|Person 9-20 Anwar Usman" },
        { "Sejak duduk di bangku TK Budi sudah belajar piano.", "Person 25-29 Budi" },

        // `Abu`, the first half of an Arabic compound, opens the name after it.
        { "Pemimpin kelompok itu, Abu Mohammed al-Julani, tiba di Damaskus.", "Person 23-45 Abu Mohammed al-Julani|Gpe 55-63 Damaskus" },
        { "Abu Mohammed al-Julani mengatakan perang usai.", "Person 0-22 Abu Mohammed al-Julani" },

        // A surname with its article or another hyphenated surname stays whole, with the given names before it.
        { "Kepala Polisi Chowdhury Abdullah Al-Mamun ditangkap.", "Person 14-41 Chowdhury Abdullah Al-Mamun" },
        { "Pengacara Ahmed Al-Mansouri menolak tuduhan itu.", "Person 10-27 Ahmed Al-Mansouri" },
        { "Kepala intelijen Mohammed Al-Hakim tiba di Baghdad.", "Person 17-34 Mohammed Al-Hakim|Gpe 43-50 Baghdad" },
        { "Romo Franz Magnis-Suseno menulis buku baru.", "Person 5-24 Franz Magnis-Suseno" },

        // Clergy honorifics stay outside the name, as other titles do; `Gus` is part of the name as it is used.
        { "Romo Benny Susetyo hadir dalam acara itu.", "Person 5-18 Benny Susetyo" },
        { "Doa dipimpin Bhante Dhammasubho dan Buya Syafii Maarif.", "Person 20-31 Dhammasubho|Person 41-54 Syafii Maarif" },

        // A regnal numeral is part of the name; the name after a document's title noun is the document, no person.
        { "Paus Pius XII dan Paus Pius XI memimpin gereja.", "Person 5-13 Pius XII|Person 23-30 Pius XI" },
        { "Paus Leo XIII menulis ensiklik Rerum Novarum.", "Person 5-13 Leo XIII" },

        // A name the gazetteer knows with its honorific-like first word keeps it (`Sheikh Hasina`), and names her later.
        { "Mantan PM Bangladesh Sheikh Hasina divonis mati.", "Gpe 10-20 Bangladesh|Person 21-34 Sheikh Hasina" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_person_name_reaches_as_far_as_the_name_goes(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
