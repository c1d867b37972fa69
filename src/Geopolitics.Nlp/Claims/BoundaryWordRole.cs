namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Roles of the words that decide where a claim's parts begin and end, as listed in
/// <c>Resources/Claims/boundary-words.tsv</c> (the file's header says what each role does).
/// </summary>
[Flags]
internal enum BoundaryWordRole : long
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>A reporting verb that reports a clause, not a bare object (<c>menulis bahwa …</c>, not <c>menulis buku</c>).</summary>
    NeedsClause = 1,

    /// <summary>
    /// An adjective that is a clause's predicate by itself (<c>seluruh WNI dalam keadaan aman</c>), so that content
    /// holding one after its first word is a clause.
    /// </summary>
    State = 2,

    /// <summary>After a circumstance word, names the occasion of the saying by itself (<c>dalam konferensi pers</c>).</summary>
    Occasion = 4,

    /// <summary>
    /// A statement or its medium, the occasion of the saying when it is the speaker's own (<c>dalam pidatonya</c>),
    /// described by a passive relative clause (<c>pidato yang disiarkan</c>) or by its form (<c>pesan video</c>).
    /// </summary>
    Medium = 8,

    /// <summary>The form of a medium (<c>video</c>, <c>pers</c>, <c>tertulis</c>).</summary>
    Form = 16,

    /// <summary>A span of time before <c>setelah</c> or <c>sebelum</c> (<c>sehari</c>, <c>sepekan</c>).</summary>
    Interval = 32,

    /// <summary>A time unit that a count makes an interval (<c>dua hari setelah</c>).</summary>
    Unit = 64,

    /// <summary>Links a speaking body to the unit it speaks through (<c>melalui</c>, <c>lewat</c>).</summary>
    Channel = 128,

    /// <summary>Names the title a quotation after it gives (<c>bertajuk</c>, <c>berjudul</c>).</summary>
    Title = 256,

    /// <summary>The name word of a clause that withholds a source's name (<c>namanya</c>, <c>identitasnya</c>).</summary>
    Name = 512,

    /// <summary>A word of a clause that withholds a source's name (<c>meminta</c>, <c>tidak</c>, <c>disebutkan</c>).</summary>
    Anonymity = 1024,

    /// <summary>A speech act whose object may be a bare name (<c>mengecam Israel</c>, <c>mengkritik NATO</c>).</summary>
    NameObject = 2048,

    /// <summary>A reporting verb that is also an adjective (<c>mendesak</c>, "urgent").</summary>
    Adjective = 4096,

    /// <summary>A degree word that makes such a verb an adjective (<c>sangat mendesak</c>).</summary>
    Degree = 8192,

    /// <summary>A copula, which makes such a verb an adjective after it or in its content (<c>mendesak adalah …</c>).</summary>
    Copula = 16384,

    /// <summary>A word that makes such a verb an adjective right after it (<c>mendesak bagi warga</c>, <c>mendesak dan …</c>).</summary>
    Complement = 32768,

    /// <summary>A request or demand that reports only a clause (<c>meminta Israel menghentikan serangan</c>, <c>menuntut agar …</c>).</summary>
    Request = 65536,

    /// <summary>What is asked for, never the addressee of a request (<c>maaf</c>, <c>izin</c>).</summary>
    RequestObject = 131072,

    /// <summary>A verb that reports only with a manner word after it (<c>menyambut</c> in <c>menyambut baik</c>).</summary>
    NeedsManner = 262144,

    /// <summary>The manner word of such a verb, part of the cue (<c>baik</c>, <c>positif</c>).</summary>
    Manner = 524288,

    /// <summary>A verb that says what its <c>-nya</c> object is (<c>menyebutnya ilegal</c>).</summary>
    NamesObject = 1048576,

    /// <summary>
    /// Heads a description of a source in apposition (<c>Menurut ISPR, sayap media militer Pakistan, …</c>), which says who
    /// the source is, not what it claims.
    /// </summary>
    AppositionHead = 2097152,

    /// <summary>
    /// A verb that also names diplomatic recognition (<c>mengakui</c>): an object that is a name or a state
    /// (<c>mengakui Negara Palestina</c>) is recognized, an act, not a statement.
    /// </summary>
    Recognizes = 4194304,

    /// <summary>What such a verb recognizes as a state (<c>negara</c>, <c>kemerdekaan</c>, <c>kedaulatan</c>).</summary>
    Recognized = 8388608,

    /// <summary>
    /// A verb of greeting that reports only a greeting with its addressee or its reason (<c>mengucapkan selamat kepada
    /// …</c>, <c>mengucapkan terima kasih atas …</c>).
    /// </summary>
    NeedsAddressee = 16777216,

    /// <summary>After <c>melalui</c>/<c>lewat</c>, a means a statement went out through (<c>kantor berita</c>, <c>juru bicara</c>).</summary>
    Outlet = 33554432,

    /// <summary>After <c>di hadapan</c>/<c>di depan</c>, who heard a statement (<c>wartawan</c>, <c>puluhan kepala negara</c>).</summary>
    Audience = 67108864,

    /// <summary>After an interval, counts it from the narrative's last event (<c>kemudian</c>, <c>sebelumnya</c>).</summary>
    Sequel = 134217728,

    /// <summary>A predicate with no verb prefix whose time is the event's (<c>terjadi</c>, <c>tewas</c>).</summary>
    Event = 268435456,

    /// <summary>A fact-check's noun that frames a saying it judges (<c>Klaim</c>, <c>Narasi</c>).</summary>
    Framing = 536870912,

    /// <summary>
    /// A verdict on what something is (<c>hoaks</c>, <c>keliru</c>, <c>palsu</c>): a fact-check's judgement closing a framed
    /// saying (<c>Klaim X … adalah hoaks</c>, no claim), and after a subject closed by a demonstrative a predicate of its
    /// own, so that a needs-clause verb's content holding one is a clause (<c>memastikan unggahan itu hoaks</c>).
    /// </summary>
    Verdict = 1073741824,

    /// <summary>
    /// A request that also reports a noun phrase it asks for (<c>meminta peta jalan yang jelas</c>), as a speech act
    /// with its object.
    /// </summary>
    Demand = 2147483648,

    /// <summary>
    /// What such a request asks for in an act rather than a statement (<c>meminta keterangan saksi</c>, <c>meminta
    /// izin</c>): no claim.
    /// </summary>
    ActObject = 4294967296,

    /// <summary>
    /// Names who posted, before the handle of an account (<c>akun @x</c>, <c>pengguna X dengan nama akun @y</c>): the
    /// phrase up to the handle is a source.
    /// </summary>
    Account = 8589934592,

    /// <summary>
    /// A noun that attributes a quoted post to the account after it (<c>“…,” komentar akun Instagram @x</c>): a cue
    /// only before an account.
    /// </summary>
    PostCue = 17179869184,
}
