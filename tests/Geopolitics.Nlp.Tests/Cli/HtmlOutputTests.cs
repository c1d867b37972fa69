namespace Geopolitics.Nlp.Tests.Cli;

/// <summary><c>analyze --format html</c>: never over an existing page, a link or an input without --force; equal base names kept apart.</summary>
[Collection(nameof(ConsoleRedirection))]
public sealed class HtmlOutputTests : CliHost
{
    private const string Article = "Presiden Rusia Vladimir Putin tiba di Beijing.";

    [Fact]
    public void Equal_base_names_get_numbered_pages_in_input_order()
    {
        var a = Write("a/x.txt", Article);
        var b = Write("b/x.txt", "Menteri Luar Negeri Sergey Lavrov tiba di Pyongyang.");
        var pages = Path.Combine(Folder, "pages");
        var run = Run("analyze", "-f", "html", "-o", pages, a, b);
        Assert.Equal(0, run.Exit);
        Assert.Equal([Path.Combine(pages, "x.html"), Path.Combine(pages, "x-2.html")], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Putin", File.ReadAllText(Path.Combine(pages, "x.html")), StringComparison.Ordinal);
        Assert.Contains("Lavrov", File.ReadAllText(Path.Combine(pages, "x-2.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_page_is_refused_before_anything_is_written_unless_force()
    {
        var input = Write("x.txt", Article);
        var other = Write("y.txt", Article);
        var page = Write("out/x.html", "previous");
        var run = Run("analyze", "-f", "html", "-o", Path.Combine(Folder, "out"), other, input);
        Assert.Equal(4, run.Exit);
        Assert.Contains("--force", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(page));
        Assert.False(File.Exists(Path.Combine(Folder, "out", "y.html")));

        Assert.Equal(0, Run("analyze", "-f", "html", "-o", Path.Combine(Folder, "out"), "--force", input).Exit);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void A_symbolic_link_is_never_followed()
    {
        var input = Write("x.txt", Article);
        var victim = Write("victim.txt", "keep me");
        Directory.CreateDirectory(Path.Combine(Folder, "out"));
        var link = Path.Combine(Folder, "out", "x.html");
        File.CreateSymbolicLink(link, victim);

        var refused = Run("analyze", "-f", "html", "-o", Path.Combine(Folder, "out"), input);
        Assert.Equal(4, refused.Exit);
        Assert.Contains("symbolic link", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);

        Assert.Equal(0, Run("analyze", "-f", "html", "-o", Path.Combine(Folder, "out"), "--force", input).Exit);
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(link), StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_input_in_the_output_folder_is_never_overwritten_even_with_force()
    {
        var input = Write("page.html", "<p>Presiden Rusia Vladimir Putin tiba di Beijing.</p>");
        var run = Run("analyze", "-f", "html", "-o", Folder, "--force", input);
        Assert.Equal(4, run.Exit);
        Assert.Contains("also the input", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("<p>Presiden Rusia Vladimir Putin tiba di Beijing.</p>", File.ReadAllText(input));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_one_line_and_exit_code_3()
    {
        var input = Write("x.txt", Article);
        var file = Write("file", "not a folder");
        var run = Run("analyze", "-f", "html", "-o", Path.Combine(file, "pages"), input);
        Assert.Equal(3, run.Exit);
        Assert.Single(run.ErrorLines);
    }
}
