using System.Text;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Tests.Cli;

[CollectionDefinition(nameof(ConsoleRedirection), DisableParallelization = true)]
public sealed class ConsoleRedirection;

/// <summary>What one in-process run of <c>geonlp</c> printed and returned.</summary>
public sealed record CliRun(int Exit, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>geonlp</c> in-process with its standard streams in memory, and gives each test a scratch folder.</summary>
public abstract class CliHost : IDisposable
{
    protected CliHost() => Folder = Directory.CreateTempSubdirectory("geonlp-cli-").FullName;

    protected string Folder { get; }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    internal static CliRun Run(params string[] args) => Run(stdin: null, stdout: null, CancellationToken.None, args);

    internal static CliRun Run(Stream? stdin, Stream? stdout, CancellationToken cancellationToken, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var writer = new StreamWriter(new NonClosingStream(stdout ?? output), new UTF8Encoding(false)) { AutoFlush = true };
        var context = new CliContext
        {
            Out = writer,
            Error = error,
            OpenStandardOutput = () => new NonClosingStream(stdout ?? output),
            OpenStandardInput = () => stdin ?? new MemoryStream(),
        };
        var exit = Geopolitics.Nlp.Cli.Cli.RunAsync(args, context, handleSignals: false, cancellationToken).GetAwaiter().GetResult();
        return new CliRun(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    protected string Write(string name, string content) => WriteBytes(name, Encoding.UTF8.GetBytes(content));

    protected string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected string[] TempFiles() => Directory.GetFiles(Folder, "*.geonlp-tmp", SearchOption.AllDirectories);
}
