using Geopolitics.Nlp.Entities;
using Microsoft.Extensions.Options;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Checks <see cref="ArticleAnalyzerOptions"/>: for a host at start (<c>ValidateOnStart</c>), and for
/// <see cref="ArticleAnalyzer"/>'s constructor, which throws <see cref="ArgumentException"/> on the same failures.
/// </summary>
internal sealed class ArticleAnalyzerOptionsValidator : IValidateOptions<ArticleAnalyzerOptions>
{
    public ValidateOptionsResult Validate(string? name, ArticleAnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every failure.</summary>
    public static void ThrowIfInvalid(ArticleAnalyzerOptions options, string paramName)
    {
        var failures = Failures(options).ToList();
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), paramName);
        }
    }

    private static IEnumerable<string> Failures(ArticleAnalyzerOptions options)
    {
        if (options.MaxDegreeOfParallelism < 1)
        {
            yield return $"{nameof(ArticleAnalyzerOptions.MaxDegreeOfParallelism)} must be at least 1 (was {options.MaxDegreeOfParallelism}).";
        }

        for (var i = 0; i < options.CustomEntities.Count; i++)
        {
            if (options.CustomEntities[i] is not { } entity)
            {
                yield return $"{nameof(ArticleAnalyzerOptions.CustomEntities)}[{i}] is null.";
                continue;
            }

            foreach (var problem in CustomEntityFile.Problems(entity, $"{nameof(ArticleAnalyzerOptions.CustomEntities)}[{i}]"))
            {
                yield return problem;
            }
        }

        if (options.CustomEntitiesFile is { } path)
        {
            if (!File.Exists(path))
            {
                yield return $"{nameof(ArticleAnalyzerOptions.CustomEntitiesFile)} '{path}' does not exist.";
            }
            else
            {
                foreach (var error in CustomEntityFile.Read(path).Errors)
                {
                    yield return error;
                }
            }
        }
    }
}
