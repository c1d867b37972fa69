namespace Geopolitics.Nlp.Corpus.Tests;

/// <summary>How names from different articles become one corpus-level entity, or stay apart.</summary>
public sealed class EntityMergerTests
{
    private static EntityName Person(string name, long mentions = 1, string? id = null) => new("PERSON", name, id, mentions);

    private static EntityName Gpe(string name, long mentions = 1, string? id = null) => new("GPE", name, id, mentions);

    /// <summary>A name as <c>TYPE|canonical|mentions|wikidata id</c>.</summary>
    private static EntityName Parse(string text)
    {
        var parts = text.Split('|');
        return new EntityName(parts[0], parts[1], parts[3].Length == 0 ? null : parts[3], long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string[], string[][]> Cases => new()
    {
        // A surname alone joins the one person the corpus names with it.
        { ["PERSON|Sergey Lavrov|3|", "PERSON|Lavrov|1|"], [["Sergey Lavrov", "Lavrov"]] },
        // Two Kims in the corpus: a bare Kim is not guessed.
        { ["PERSON|Kim Jong-un|5|", "PERSON|Kim Yo-jong|2|", "PERSON|Kim|1|"], [["Kim Jong-un"], ["Kim Yo-jong"], ["Kim"]] },
        // One Kim: it joins.
        { ["PERSON|Kim Jong-un|5|", "PERSON|Kim|1|"], [["Kim Jong-un", "Kim"]] },
        // Transliteration and hyphenation variants of one name.
        { ["PERSON|Choe Son Hui|2|", "PERSON|Choi Son-hee|1|"], [["Choe Son Hui", "Choi Son-hee"]] },
        { ["PERSON|Volodymyr Zelenskyy|1|", "PERSON|Volodymyr Zelensky|2|"], [["Volodymyr Zelensky", "Volodymyr Zelenskyy"]] },
        { ["PERSON|Sergei Shoigu|1|", "PERSON|Sergey Shoigu|1|"], [["Sergei Shoigu", "Sergey Shoigu"]] },
        // Diacritics fold.
        { ["PERSON|Recep Tayyip Erdoğan|2|", "PERSON|Recep Tayyip Erdogan|1|"], [["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"]] },
        // A shared Wikidata id merges names that do not look alike, across types.
        { ["GPE|Korea Utara|4|Q423", "GPE|RDRK|1|Q423"], [["Korea Utara", "RDRK"]] },
        // Two Wikidata ids never merge, however alike the names.
        { ["PERSON|John Smith|1|Q1", "PERSON|John Smyth|1|Q2", "PERSON|Smith|1|"], [["John Smith"], ["John Smyth"], ["Smith"]] },
        // Same spelling, different type: kept apart (the organization is not the city).
        { ["GPE|Washington|1|", "ORGANIZATION|Washington|1|"], [["Washington"], ["Washington"]] },
        // A surname does not join a different type's name.
        { ["ORGANIZATION|Lembaga Lavrov|1|", "PERSON|Lavrov|1|"], [["Lembaga Lavrov"], ["Lavrov"]] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_merge_into_the_expected_entities(string[] input, string[][] expected)
    {
        var names = input.Select(Parse).ToArray();
        var map = EntityMerger.Merge(names);
        var groups = names.GroupBy(n => map[(n.Type, n.Canonical)])
            .Select(g => g.OrderByDescending(n => n.Mentions).ThenBy(n => n.Canonical, StringComparer.Ordinal).Select(n => n.Canonical).ToArray())
            .OrderBy(g => g[0], StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.OrderBy(g => g[0], StringComparer.Ordinal).ToArray(), groups);
    }

    [Fact]
    public void Entity_ids_are_the_wikidata_id_or_the_type_and_folded_name_whatever_the_input_order()
    {
        EntityName[] names = [Person("Lavrov"), Person("Sergey Lavrov", 3), Gpe("Rusia", 2, "Q159"), Gpe("Federasi Rusia", 1, "Q159")];
        var forward = EntityMerger.Merge(names);
        var backward = EntityMerger.Merge(names.Reverse().ToArray());
        Assert.Equal(forward.OrderBy(p => p.Key.Canonical, StringComparer.Ordinal), backward.OrderBy(p => p.Key.Canonical, StringComparer.Ordinal));
        Assert.Equal("PERSON:sergei lavrov", forward[("PERSON", "Lavrov")]);
        Assert.Equal("Q159", forward[("GPE", "Federasi Rusia")]);
    }

    [Theory]
    [InlineData("Choi Son-hee", "so son hi")]
    [InlineData("Choe Son Hui", "so son hi")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Sergueï Lavrov", "serguei lavrov")]
    [InlineData("Mikhail Mishustin", "mikail misustin")]
    [InlineData("  ", "")]
    public void Name_keys_fold_case_diacritics_and_romanization_variants(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));
}

/// <summary>Corpus-level merging through the whole pipeline: the same person named differently in two articles (Lavrov, the gazetteer knows already; an invented minister stands in).</summary>
public sealed class CrossArticleMergingTests : IDisposable
{
    private readonly TempCorpus _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_surname_in_one_article_and_the_full_name_in_another_are_one_entity_in_claims_and_mentions()
    {
        var analyzer = new ArticleAnalyzer();
        var date = new DateOnly(2025, 3, 10);
        ArticleAnalysis[] articles =
        [
            analyzer.Analyze("Wakil Menteri Luar Negeri Rusia Mikhail Dorofeyev tiba di Beijing pada Senin (10/3). Dorofeyev bertemu Wang Yi.",
                new AnalysisOptions { Id = "a", DocumentDate = date }),
            analyzer.Analyze("Dorofeyev mengatakan bahwa Rusia siap berunding dengan Amerika Serikat.",
                new AnalysisOptions { Id = "b", DocumentDate = date }),
        ];
        Assert.Contains(articles[1].Entities, e => e.Canonical == "Dorofeyev");

        var path = _temp.Path("surname.duckdb");
        using (var builder = CorpusBuilder.Open(path))
        {
            await builder.AddAsync(Seeds.Stream(articles));
            builder.Complete();
        }

        Assert.Equal(1, TempCorpus.Scalar(path, "SELECT count(DISTINCT entity_id) FROM mentions WHERE canonical IN ('Dorofeyev', 'Mikhail Dorofeyev')"));
        Assert.Equal(2, TempCorpus.Scalar(path, "SELECT articles FROM entities WHERE name = 'Mikhail Dorofeyev'"));
        Assert.Equal(1, TempCorpus.Scalar(path,
            "SELECT count(*) FROM claims c JOIN entities e ON e.entity_id = c.speaker_entity_id WHERE c.article_id = 'b' AND e.name = 'Mikhail Dorofeyev'"));
    }
}
