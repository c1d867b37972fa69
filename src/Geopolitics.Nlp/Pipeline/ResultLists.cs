using System.Collections.Immutable;

namespace Geopolitics.Nlp.Pipeline;

/// <summary>
/// Keeps the lists of the result types immutable whatever a caller passes to their <c>init</c> accessors (a
/// <see cref="List{T}"/> in an object initializer or a <c>with</c> expression, the JSON reader's lists): a result
/// shared between threads cannot change under its readers, and cannot be cast back to a list and edited.
/// </summary>
internal static class ResultLists
{
    /// <summary>The list itself when it is already immutable, else an immutable copy; empty for <see langword="null"/>.</summary>
    /// <remarks>
    /// <see langword="null"/> is read as empty rather than refused: the JSON reader passes it for a list the JSON leaves
    /// out (a claim without <c>about</c>), and a result whose list is null would only fail later, in its reader's loop.
    /// </remarks>
    public static IReadOnlyList<T> Freeze<T>(IReadOnlyList<T>? list) => list switch
    {
        null or ImmutableArray<T> { IsDefault: true } => ImmutableArray<T>.Empty,
        ImmutableArray<T> or IImmutableList<T> => list,
        { Count: 0 } => ImmutableArray<T>.Empty,
        _ => ImmutableArray.CreateRange(list),
    };
}
