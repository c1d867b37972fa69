namespace Geopolitics.Nlp.Dates;

/// <summary>What a word can be to the date recognizer; a word may have several classes (<c>hingga</c> is a preposition and a range connective).</summary>
[Flags]
internal enum WordClass : long
{
    None = 0,
    Prep = 1 << 0,
    Noun = 1 << 1,
    Future = 1 << 2,
    Past = 1 << 3,
    Number = 1 << 4,
    Unit = 1 << 5,
    Part = 1 << 6,
    Zone = 1 << 7,
    Range = 1 << 8,
    Approx = 1 << 9,
    DayPeriod = 1 << 10,
    Anaphor = 1 << 11,
    Month = 1 << 12,
    Weekday = 1 << 13,
    NotYear = 1 << 14,
    RelativeStart = 1 << 15,
    Clock = 1 << 16,

    /// <summary>One unit written as a word with <c>se-</c> (<c>setahun</c>, <c>sepekan</c>): amount 1 and the unit in one token.</summary>
    SeUnit = 1 << 17,

    /// <summary>Opens a recurrence (<c>setiap</c>, <c>tiap</c>, <c>saban</c>).</summary>
    Every = 1 << 18,

    /// <summary>A name after which a year is the period it covers (<c>Pemilu 2014</c>, <c>APBN 2015</c>), not part of a name.</summary>
    YearOf = 1 << 19,

    /// <summary>A place whose clock names a zone after <c>waktu</c> (<c>waktu Jakarta</c>); the zone is in <see cref="WordInfo.Zone"/>.</summary>
    ZonePlace = 1 << 20,

    /// <summary><c>setengah</c>: half of the unit after it (<c>setengah hari</c>).</summary>
    Half = 1 << 21,

    /// <summary>An ordinal word (<c>pertama</c>, <c>kedua</c>); its value is in <see cref="WordInfo.Number"/>.</summary>
    Ordinal = 1 << 22,

    /// <summary>
    /// A numbered part of a year: a quarter (<c>kuartal</c>, <c>triwulan</c>) or a half (<c>semester</c>, <c>paruh</c>).
    /// </summary>
    YearPart = 1 << 23,

    /// <summary>A comparison word after which a year is the period compared with (<c>dibandingkan 2023</c>, <c>ketimbang 2022</c>).</summary>
    Compare = 1 << 24,

    /// <summary>An era word after a year (<c>Masehi</c>, <c>Hijriah</c>); the calendar (<c>CE</c>, <c>AH</c>) is in <see cref="WordInfo.Unit"/>.</summary>
    Era = 1 << 25,

    /// <summary>
    /// A capitalized head of an event's name in which a count and a capitalized unit are words of the name, not a length
    /// of time (<c>Perang 12 Hari</c>, <c>Perang Seratus Tahun</c>).
    /// </summary>
    NameHead = 1 << 26,

    /// <summary>A noun after which a month name alone is the period it covers (<c>produksi Agustus</c>, <c>inflasi Juli</c>).</summary>
    MonthOf = 1 << 27,

    /// <summary>
    /// A word that numbers a document (<c>Nomor</c>, <c>No.</c>): the number after it, and a year after <c>Tahun</c> that
    /// follows it (<c>Nomor 6 Tahun 2023</c>), are the document's number, not a length of time or a date.
    /// </summary>
    DocNumber = 1 << 28,

    /// <summary>
    /// The head of a treaty's or law's name (<c>Konvensi</c>, <c>Protokol</c>, <c>Piagam</c>): a year closing the
    /// capitalized name it opens is part of the name (<c>Konvensi Wina 1961</c>), as after an acronym (<c>UNCLOS 1982</c>).
    /// </summary>
    LawHead = 1 << 29,

    /// <summary>
    /// A verb that reports a completed event (<c>tenggelam</c>, <c>tewas</c>, <c>terjadi</c>): without a future cue, the
    /// day or month it happened on is in the past. A weaker cue than <see cref="Past"/> (<c>telah</c>): any explicit cue wins.
    /// </summary>
    Event = 1 << 30,

    /// <summary>
    /// A lower-case word beginning with <c>di-</c> that is no passive verb reporting an event: a noun (<c>diplomat</c>,
    /// <c>diskusi</c>) or a verb of expectation or of holding an event (<c>diperkirakan</c>, <c>digelar</c>), which news uses
    /// for what is scheduled as often as for what happened.
    /// </summary>
    NotPassive = 1L << 31,

    /// <summary>
    /// A preposition that opens a time still to come as often as one past (<c>hingga Maret</c>, <c>mulai Januari</c>): an
    /// <see cref="Event"/> verb or passive verb before it does not make the date past (<c>diperpanjang hingga Maret</c>).
    /// </summary>
    Onward = 1L << 32,

    /// <summary>A noun that counts things (<c>orang</c>, <c>unit</c>, <c>ton</c>): a number before it is a count, not a year (<c>untuk 2026 orang</c>).</summary>
    CountNoun = 1L << 33,

    /// <summary>
    /// A verb that reports what someone said (<c>kata</c>, <c>ujarnya</c>, <c>mengatakan</c>): a day after it dates the
    /// saying, which news reports once it happened, whatever tense the words said have (<c>"… akan …," kata X, Kamis</c>).
    /// </summary>
    Report = 1L << 34,

    /// <summary>
    /// A word that goes on with a clause after a noun phrase (<c>bahwa</c>, <c>itu</c>, <c>masih</c>, <c>soal</c>): after a noun
    /// and a number, it shows the number dated the noun (<c>putusan 1962 bahwa</c>) rather than counted something.
    /// </summary>
    ClauseGoesOn = 1L << 35,

    /// <summary>
    /// A word after which a count of years is an anniversary or an age (<c>HUT 80 tahun</c>, <c>berusia 45 tahun</c>,
    /// <c>remaja 17 tahun</c>), not a length of time: ANNOTATION.md's <c>80 tahun berakhirnya</c> is no date.
    /// </summary>
    YearCount = 1L << 36,

    /// <summary>
    /// A noun after a count of years that makes the count an anniversary (<c>80 tahun kemerdekaan</c>, <c>75 tahun
    /// hubungan diplomatik</c>), unless <c>selama</c>, <c>dalam</c>, <c>sejak</c> or <c>setelah</c> makes it a stretch.
    /// </summary>
    AnniversaryOf = 1L << 37,

    /// <summary>
    /// A word that opens an anniversary (<c>HUT</c>, <c>peringatan</c>, <c>dirgahayu</c>), also before the name whose years are
    /// counted (<c>HUT RI 80 tahun</c>); a subset of <see cref="YearCount"/>, without the nouns an age follows.
    /// </summary>
    Anniversary = 1L << 38,

    /// <summary>
    /// The capitalized head of a street's, square's or venue's name that holds a date (<c>Jalan 10 November</c>,
    /// <c>Lapangan 13 Mei</c>, <c>Universitas 17 Agustus 1945</c>): the date is a word of the name, not a date.
    /// </summary>
    PlaceHead = 1L << 39,
}

/// <summary>Everything the lexicon knows about one word form.</summary>
/// <param name="Classes">The word's classes.</param>
/// <param name="Number">Value of a number word; -1 for <c>beberapa</c> (an unspecified amount).</param>
/// <param name="Unit">TIMEX unit of a unit word (<c>D</c>, <c>W</c>, <c>M</c>, <c>Y</c>, <c>DE</c>, <c>CE</c>, <c>H</c>, <c>MIN</c>).</param>
/// <param name="Mod">The modifier of a part-of-period or approximation word.</param>
/// <param name="Zone">UTC offset in minutes of a time zone.</param>
/// <param name="Month">Month number 1-12 of a month name.</param>
/// <param name="MonthAbbreviated">Whether the month form is an abbreviation (<c>Sep</c>), which alone is too ambiguous to report.</param>
/// <param name="Weekday">ISO weekday 1-7 of a weekday name.</param>
internal readonly record struct WordInfo(
    WordClass Classes, int Number, string? Unit, TimexMod? Mod, int Zone, int Month, bool MonthAbbreviated, int Weekday)
{
    public bool Is(WordClass c) => (Classes & c) != 0;
}
