using System.Text;
using Geopolitics.Nlp;
using Geopolitics.Nlp.Robustness;
using SharpFuzz;

namespace Geopolitics.Nlp.Fuzz;

/// <summary>
/// SharpFuzz entry point: each input is decoded to text (UTF-8, or raw UTF-16 when it starts with 0xFF 0xFE, so lone
/// surrogates reach the analyzer), analyzed, and checked against <see cref="AnalysisInvariants"/>; a broken invariant
/// throws, which the fuzzer records as a crash. See README.md.
/// </summary>
public static class Program
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static void Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(bytes => Analyze(Decode(bytes)));
        }
        else if (args.Length >= 2 && args[0] == "--replay")
        {
            // Runs a corpus or crash folder without a fuzzer: to check a fix, or as a smoke test.
            foreach (var file in Directory.EnumerateFiles(args[1]))
            {
                Analyze(Decode(File.ReadAllBytes(file)));
            }
        }
        else
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                Analyze(Decode(buffer.ToArray()));
            });
        }
    }

    internal static string Decode(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
            ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes[2..(2 + ((bytes.Length - 2) & ~1))]))
            : Encoding.UTF8.GetString(bytes);

    private static void Analyze(string text) => AnalysisInvariants.Check(text, Analyzer.Analyze(text));
}
