using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>The speaker names an article has resolved, and the earliest one sharing a first or last name.</summary>
public sealed class KnownNamesTests
{
    [Theory]
    [InlineData("Lavrov", "Sergei Lavrov")]
    [InlineData("Sergei", "Sergei Lavrov")]
    [InlineData("Jong-un", "Kim Jong-un")]
    [InlineData("Kim", "Kim Jong-un")]
    [InlineData("Son Hui", "Choe Son Hui")]
    [InlineData("Choe Son", "Choe Son Hui")]
    [InlineData("Wells", null)] // no known name has it
    [InlineData("Lav", null)] // a part of a word is no name part
    public void Finds_the_earliest_name_starting_or_ending_with_the_words(string words, string? expected)
    {
        var names = Names("Sergei Lavrov", "Kim Jong-un", "Choe Son Hui", "Kim Yo-jong", "Anna Lavrov");

        Assert.Equal(expected, names.StartingOrEndingWith(words));
    }

    [Theory]
    [InlineData("Lavrov", "Sergei Lavrov")]
    [InlineData("Sergei", null)] // a first name is no ending
    [InlineData("Son Hui", "Choe Son Hui")]
    [InlineData("Choe Son Hui", null)] // the whole name does not end with itself after a space
    public void Finds_the_earliest_name_ending_with_the_words(string words, string? expected)
    {
        var names = Names("Sergei Lavrov", "Choe Son Hui", "Anna Lavrov");

        Assert.Equal(expected, names.EndingWith(words));
    }

    [Fact]
    public void The_earlier_name_wins_whichever_side_matches()
    {
        // `Kim` ends the first name and starts the second: the one resolved first is the salient one.
        var names = Names("Lee Kim", "Kim Jong-un");

        Assert.Equal("Lee Kim", names.StartingOrEndingWith("Kim"));
    }

    [Fact]
    public void A_name_added_twice_keeps_its_first_place()
    {
        var names = Names("Anna Lavrov", "Sergei Lavrov", "Anna Lavrov");

        Assert.True(names.Contains("Anna Lavrov"));
        Assert.False(names.Contains("Lavrov"));
        Assert.Equal("Anna Lavrov", names.EndingWith("Lavrov"));
    }

    private static KnownNames Names(params string[] names)
    {
        var known = new KnownNames();
        foreach (var name in names)
        {
            known.Add(name);
        }

        return known;
    }
}
