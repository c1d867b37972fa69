namespace Geopolitics.Nlp.Claims;

/// <summary>Roles a word plays around a speaker phrase, as listed in <c>Resources/Claims/speaker-words.tsv</c>.</summary>
[Flags]
internal enum SpeakerWordRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Refers back to the salient speaker (<c>ia</c>, <c>beliau</c>).</summary>
    Pronoun = 1,

    /// <summary>Opens a group speaker that names no single entity (<c>para analis</c>).</summary>
    Plural = 2,

    /// <summary>A title or role noun (<c>direktur</c>, <c>juru bicara</c>).</summary>
    Title = 4,

    /// <summary>A form of address before a name (<c>Bapak Kim</c>).</summary>
    Honorific = 8,

    /// <summary>May stand between the speaker and the verb (<c>juga</c>).</summary>
    Adverb = 16,

    /// <summary>Opens an introductory phrase before the subject (<c>Dalam pertemuan itu, …</c>).</summary>
    Intro = 32,

    /// <summary>Joins a second predicate to the same subject (<c>…, dan menekankan</c>).</summary>
    Link = 64,

    /// <summary>A noun between <c>menurut</c> and the source (<c>menurut penilaian dari pihak X</c>).</summary>
    Source = 128,

    /// <summary>A negation, kept at the start of content (<c>tidak</c>).</summary>
    Negation = 256,

    /// <summary>A noun that looks like a prefixed verb (<c>berita</c>, <c>tersangka</c>).</summary>
    Noun = 512,

    /// <summary>A day or time word that may follow an attribution (<c>kata X, Selasa, …</c>).</summary>
    Time = 1024,

    /// <summary>Opens the circumstance of an attribution rather than content (<c>kata X, saat dihubungi …</c>).</summary>
    Circumstance = 2048,

    /// <summary>Marks a word in an organization's name (<c>bank</c>, <c>partai</c>), not in a person's.</summary>
    Organization = 4096,

    /// <summary>A noun that names a statement and can point back to one (<c>hal</c>, <c>pernyataan</c>, <c>kabar</c>).</summary>
    Statement = 8192,

    /// <summary>A modal that a negation before a reporting verb turns into a refusal (<c>tak mau</c>, <c>belum bisa</c>).</summary>
    Modal = 16384,

    /// <summary>
    /// A role held for someone else (<c>pejabat</c>, <c>staf</c>, <c>juru bicara</c>): a short name after it is whose
    /// official speaks (<c>pejabat senior Biden</c>), not the speaker.
    /// </summary>
    Dependent = 32768,

    /// <summary>
    /// Names the occasion of a statement (<c>konferensi pers</c>, <c>wawancara</c>, <c>ditemui</c>): after a comma and
    /// a circumstance word it closes the content (<c>…, saat ditemui di Jakarta</c>).
    /// </summary>
    Occasion = 65536,

    /// <summary>
    /// Opens a subordinate clause (<c>setelah</c>, <c>ketika</c>, <c>karena</c>): a reporting verb inside it has its
    /// subject after this word, not before (<c>…, sehari setelah Presiden AS Donald Trump mengumumkan …</c>).
    /// </summary>
    Subordinator = 131072,

    /// <summary>
    /// A sentence adverb or conjunction that opens a sentence before its subject (<c>Namun</c>, <c>Sementara</c>,
    /// <c>Diketahui</c>) and stays out of the speaker span (ANNOTATION.md).
    /// </summary>
    Opener = 262144,

    /// <summary>
    /// A lower-case modifier of a title inside a speaker phrase (<c>seorang pejabat senior</c>, <c>sumber diplomatik</c>),
    /// read as part of the source after a cue.
    /// </summary>
    Modifier = 524288,

    /// <summary>
    /// Cites the outlet a report is taken from (<c>dikutip</c>, <c>dilansir</c>): the outlet that follows opens the
    /// sentence and is no part of the speaker (<c>Dikutip Reuters, manajer City Manuel Pellegrini mengatakan …</c>).
    /// </summary>
    Citation = 1048576,

    /// <summary>
    /// A count before <c>kali</c> (<c>beberapa</c>, <c>dua</c>): with it, a frequency phrase stands between the speaker
    /// and the verb like an adverb (<c>Trump beberapa kali mengatakan …</c>) and is no part of the speaker.
    /// </summary>
    Count = 2097152,

    /// <summary>
    /// A kind of person rather than an office (<c>pengamat</c>, <c>sumber</c>, <c>sopir</c>), or the indefinite
    /// <c>seorang</c>: a phrase it opens that names no one and is not closed by a demonstrative refers to no entity.
    /// </summary>
    Generic = 4194304,

    /// <summary>
    /// An adverb of time or frequency (<c>lebih dulu</c>, <c>lama</c>, <c>kerap</c>) that stands between a speaker and
    /// its verb and is no part of the speaker (<c>Kanada dan Australia telah lebih dulu mengumumkan …</c>), but may open
    /// content (<c>lebih dari …</c>), where it stays.
    /// </summary>
    Aspect = 8388608,

    /// <summary>
    /// The writer's own voice (<c>saya</c>, <c>kami</c>, <c>penulis</c>): outside quotation marks and without a source
    /// of its own nearby, the author's assertion, which is no claim; never an entity.
    /// </summary>
    FirstPerson = 16777216,

    /// <summary>
    /// An unnamed institution that speaks as a body (<c>polisi</c>, <c>otoritas</c>, <c>pihak</c> of <c>pihak
    /// berwenang</c>, <c>militer</c>, <c>aparat</c>): after a cue it is a source by itself, with its modifiers and the name
    /// it belongs to (<c>kata otoritas Hong Kong</c>, <c>kata aparat keamanan setempat</c>).
    /// </summary>
    Body = 33554432,
}
