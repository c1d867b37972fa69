using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Geopolitics.Nlp.Entities.Passes;
using Geopolitics.Nlp.Resources;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Finds PERSON, ORGANIZATION, GPE, LOCATION and EVENT mentions in a tokenized, sentence-split text: the tagger labels
/// each sentence, then an ordered list of named passes applies the rules of the annotation guidelines to the mentions,
/// and the canonicalizer names each mention within the document.
/// </summary>
internal sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<IMentionPass> _passes;
    private readonly EntityCanonicalizer _canonicalizer;

    public EntityRecognizer(Gazetteer gazetteer, EntityLexicon lexicon, EntityTagger tagger)
    {
        Gazetteer = gazetteer;
        Lexicon = lexicon;
        Tagger = tagger;
        _canonicalizer = new EntityCanonicalizer(gazetteer);
        _passes =
        [
            new TaggingPass(tagger),
            new TaggedSpanPass(gazetteer, lexicon),          // tagger spans, titles out, place type
            new InterrogativePass(gazetteer, lexicon),       // Benarkah | Indonesia keluar dari ASEAN?
            new GazetteerNamePass(gazetteer),                // known names the tagger missed
            new NameParticlePass(),                          // Tyronne del Pino, David da Silva
            new OrganizationNamePass(gazetteer, lexicon),    // Kementerian …, Partai … (office holders cut off)
            new EventNamePass(lexicon),                      // Perang …, KTT … ke-47
            new EnglishInstitutionPass(gazetteer, lexicon),  // Singapore Institute of International Affairs
            new RaceNamePass(gazetteer),                     // GP Jepang, Grand Prix Monako 2025
            new SlashedAcronymPass(gazetteer, lexicon),      // Pasukan Penindakan Geng (Gang Suppression Force/GSF)
            new AcronymPass(gazetteer, lexicon),             // Kantor Berita Sentral Korea (KCNA)
            new BracketedEnglishNamePass(lexicon),           // Dewan Perdamaian (Board of Peace)
            new DatelinePass(gazetteer),                     // JAKARTA, KOMPAS.com -
            new OutletDomainPass(),                          // REPUBLIKA.CO.ID, ERA.id
            new BylinePass(gazetteer, lexicon),              // LAPORAN: NAMA, Foto: NAMA / AFP
            new BylineNameLinePass(gazetteer, lexicon),      // Dewi Lestari RAS above Selasa, 14 Maret 2023 | 10:15 WIB
            new SignOffPass(gazetteer),                      // DANIEL A. FAJRI | ANTARA
            new WorldCityPass(WorldCities.Default),          // di Goma, ke Kharkiv, Goma, Kongo: cities only where a place
            new PlaceNounPass(gazetteer, lexicon, WorldCities.Default), // kota Kraljevo, kamp Tawila, pelabuhan Ras Isa dan Salif
            new PlaceListPass(lexicon),                      // menghantam Haifa, Nahariya, dan Safed
            new PlaceExtentPass(gazetteer, lexicon),         // Kota Meksiko, Jakarta Pusat, dari Sanya, China
            new PlaceAliasPass(gazetteer),                   // Kepulauan Spratly, yang oleh Beijing disebut Nansha
            new VenuePass(gazetteer, lexicon),               // Istana Bogor, Jakarta Convention Center
            new OrganizationContextPass(lexicon),            // klub X, PT X Tbk, X FC, X adalah perusahaan
            new ContactedOutletPass(lexicon),                // saat dihubungi Bisnis, Rabu
            new CompanyAnalystPass(lexicon),                 // Analis Kitco Metals | Jim Wyckoff
            new OfficeTitlePass(gazetteer, lexicon),         // Vice President Corporate Communication | Pertamina
            new ClubNamePass(lexicon),                       // Persebaya Surabaya, Borussia Dortmund, Leicester City
            new CityNamePass(gazetteer, lexicon, WorldCities.Default), // Davao City, Wali Kota Quezon City | Joy Belmonte
            new ClubRoleHolderPass(gazetteer, lexicon),      // pelatih Persib | Bojan Hodak, pemain Barcelona | Lamine Yamal
            new RoleHolderPass(gazetteer, lexicon),          // pelatih Arema FC | Joel Cornelli, CEO Bukalapak | Willix Halim
            new CoordinatedNamePass(gazetteer, lexicon),     // Google, Temasek dan Bain & Company
            new AddressPlacePass(gazetteer, lexicon),        // Kedutaan Besar Ukraina, Kuningan, Jakarta Selatan
            new OrganizationNamePropagationPass(),           // klub Osasuna … Osasuna membayar
            new HeadlinePass(gazetteer, lexicon),            // title-case lines: names end at verbs
            new HeadlineBodyTypePass(lexicon),               // title-case lines: names as the body types them
            new CampusNamePass(gazetteer, lexicon),          // Universitas Islam Negeri (UIN) Syarif Hidayatullah Jakarta
            new HyphenatedGivenNamePass(lexicon),            // Presiden Lai Ching-te, Pelantikan Lai Ching-te
            new PersonNameTailPass(gazetteer, lexicon),      // Abdul Kamal Abdul | Momen: a last part that is also a word
            new GluedKnownNamePass(gazetteer),               // Drone | Israel, unit Radwan | Hizbullah: no name ends in a country
            new PersonNamePartPass(),                        // office holders after organizations, later lone surnames
            new RegnalNumeralPass(),                         // Paus Pius | XII: the numeral tells him from Pius XI
            new HyphenatedSurnamePass(gazetteer),            // Franz Magnis | -Suseno, Mohammed Al | -Hakim: one name
            new ArticleSurnamePass(),                        // Al-Sharaa dilantik … after or before Ahmed al-Sharaa
            new PersonNameFrontPass(gazetteer, lexicon),     // Vladimir | Padrino Lopez, Tawfiq F | Al-Rabiah, Abdul | Kadir Karding
            new OrganizationBeginningPass(gazetteer, lexicon), // Persis after Persis Solo
            new SlashPairPass(gazetteer, lexicon),           // Fajar/Rian, Dejan/Gloria: doubles pairs
            new HeadlineBodyNamePass(gazetteer, lexicon),    // Persib Tundukkan Persija: names the body finds
            new AppositivePersonPass(gazetteer, lexicon),    // peneliti … Chatham House, Sanam Vakil, …
            new CoordinatedKnownNamesPass(gazetteer, lexicon), // Uni Afrika | dan | Liga Arab; Menteri Haji dan Umrah | RI
            new EventNounPass(lexicon),                      // latihan gabungan | Keris Woomera: an exercise, no person
            new DocumentNamePass(gazetteer, lexicon),        // Biaya Penyelenggaraan Ibadah Haji (BPIH): a fee, no organization
            new DateTailPass(gazetteer),                     // Majelis Tinggi | Juli lalu, KBRI | 24 jam
            new ParticleNameTypePass(lexicon),               // Jose de la Cruz: a person, not a Spanish place
            new CategoryAcronymPass(lexicon),                // Pekerja Migran Indonesia (PMI): PMI names the category
            new OpeningWordPass(lexicon),                    // Snapback adalah …, Mari bergabung …: no person
            new NonEntityPass(gazetteer, lexicon),           // WNI, ZEE, Rohingya, YouTube, KRI …, Hwasong-20
            new CapitalAsGovernmentPass(gazetteer, lexicon), // Beijing menilai … → Tiongkok
        ];
    }

    /// <summary>The recognizer over the embedded gazetteer, word lists and model, loaded once on first use.</summary>
    public static EntityRecognizer Default => Embedded.Value;

    public Gazetteer Gazetteer { get; }

    public EntityLexicon Lexicon { get; }

    public EntityTagger Tagger { get; }

    /// <summary>
    /// This recognizer with extra gazetteer names (a caller's own entities) ahead of the embedded ones; the tagger's
    /// gazetteer features see them too. The model and word lists are shared, not reloaded.
    /// </summary>
    public EntityRecognizer WithExtraNames(IEnumerable<(string Surface, GazetteerEntry Entry)> names)
    {
        var gazetteer = Gazetteer.LoadEmbedded(names);
        return new EntityRecognizer(gazetteer, Lexicon, new EntityTagger(new NerFeatures(gazetteer, Lexicon, Tagger.Model.Clusters), Tagger.Model));
    }

    /// <summary>The passes in the order they run.</summary>
    public ImmutableArray<IMentionPass> Passes => _passes;

    /// <summary>Loads the embedded model on a thread of its own while this one reads the gazetteer and word lists.</summary>
    public static EntityRecognizer LoadEmbedded()
    {
        var model = new BackgroundLoad<PerceptronModel>(EntityTagger.LoadEmbeddedModel);
        var gazetteer = Gazetteer.LoadEmbedded();
        var lexicon = EntityLexicon.LoadEmbedded();
        return new EntityRecognizer(gazetteer, lexicon, new EntityTagger(new NerFeatures(gazetteer, lexicon, model.Result.Clusters), model.Result));
    }

    /// <summary>The entity mentions of <paramref name="text"/>, in text order, with canonical names.</summary>
    public ImmutableArray<EntityMention> Find(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        var document = Prepare(text, tokens, sentences, cancellationToken);
        List<EntityCanonicalizer.Found> found;
        try
        {
            foreach (var pass in _passes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pass.Run(document);
            }

            found = Found(document);
        }
        finally
        {
            document.Return(); // its buffers to the pools, the document to the thread's next article
        }

        return [.. _canonicalizer.Resolve(found, cancellationToken)];
    }

    /// <summary>
    /// The document the passes run over, before any pass ran (tests run the passes one by one over it). Each token is
    /// read through the tagger's word-form table, so a word seen before costs no new string.
    /// </summary>
    internal EntityDocument Prepare(
        string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken = default)
    {
        var forms = Tagger.Forms;
        var tokenArray = AsArray(tokens);
        var document = EntityDocument.Rent(text, IsCaseless(text, tokenArray), cancellationToken);
        var tokenCount = 0;
        foreach (var sentence in sentences)
        {
            tokenCount += sentence.TokenCount;
        }

        var buffer = document.RentForms(tokenCount);
        var at = 0;
        foreach (var sentence in sentences)
        {
            if (document.Sentences.Count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokenArray[t];
                buffer[at + t - sentence.FirstToken] = forms.Get(text.AsSpan(token.Start, token.End - token.Start));
            }

            var sentenceForms = new ArraySegment<WordForm>(buffer, at, sentence.TokenCount);
            at += sentence.TokenCount;
            document.AddSentence(
                sentenceForms,
                new TokenBounds(tokenArray, sentence.FirstToken, sentence.TokenCount),
                HasLetter(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
        }

        return document;
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Text with no capitals at all (NERP, chat, some feeds) is tagged by the model's caseless features; the rules, which
    /// read capitals as name evidence, then see the tagged words capitalized.
    /// </summary>
    // The pipeline's tokens are an immutable array: its array is read directly (no copy); tests may pass a list.
    private static Token[] AsArray(IReadOnlyList<Token> tokens) => tokens switch
    {
        ImmutableArray<Token> array => ImmutableCollectionsMarshal.AsArray(array) ?? [],
        Token[] array => array,
        _ => [.. tokens],
    };

    internal static bool IsCaseless(string text, ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var token in tokens)
        {
            var c = text[token.Start];
            if (char.IsLetter(c))
            {
                words++;
                capitalized += char.IsUpper(c) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 100 < words;
    }

    private static List<EntityCanonicalizer.Found> Found(EntityDocument document)
    {
        var count = 0;
        foreach (var sentence in document.Sentences)
        {
            count += sentence.Mentions.Count;
        }

        var found = new List<EntityCanonicalizer.Found>(count);
        var texts = new MentionTexts(document.Text);
        foreach (var sentence in document.Sentences)
        {
            foreach (var mention in sentence.Mentions)
            {
                mention.ListedAt = found.Count;
                var start = sentence.Bounds[mention.First].Start;
                var end = sentence.Bounds[mention.End - 1].End;
                var expansion = mention.Expansion?.ListedAt ?? -1;
                if (mention.Expansion is { Type: EntityType.Location or EntityType.Gpe } place && mention.Entry is null &&
                    mention.Type is EntityType.Location or EntityType.Gpe)
                {
                    mention.Type = place.Type; // `Kuala Lumpur Convention Centre (KLCC)`: the venue a later pass typed, and its acronym
                }

                // A one-token mention's text is its word form's string; a longer one is read once per document.
                var text = mention.Length == 1 ? sentence.Tokens[mention.First] : texts.Get(start, end);
                found.Add(new(start, end, text, mention, expansion));
            }
        }

        return found;
    }
}
