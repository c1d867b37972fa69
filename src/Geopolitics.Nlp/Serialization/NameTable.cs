using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Geopolitics.Nlp.Serialization;

/// <summary>
/// The one list of names of an enum's values (<c>GPE</c>, <c>according-to</c>, <c>MORE_THAN</c>), used by
/// <see cref="AnnotationNames"/>, the JSON converters, the CLI table and HTML view and the corpus tables, so that they
/// cannot drift apart. The enum's values must be 0, 1, 2, … in the order of the names.
/// </summary>
/// <typeparam name="TEnum">An enum over <see cref="int"/>.</typeparam>
internal sealed class NameTable<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] _names;
    private readonly JsonEncodedText[] _encoded;

    public NameTable(params string[] names)
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int) || Enum.GetValues<TEnum>().Length != names.Length)
        {
            throw new ArgumentException($"One name per value of {typeof(TEnum).Name} is needed.", nameof(names));
        }

        _names = names;
        // Pre-encoded so that writing JSON costs what JsonStringEnumConverter's cached names cost.
        _encoded = Array.ConvertAll(names, name => JsonEncodedText.Encode(name));
    }

    /// <summary>The value's name; the number for a value outside the enum (as <see cref="Enum.ToString()"/> gives it).</summary>
    public string NameOf(TEnum value) =>
        TryIndex(value, out var index) ? _names[index] : Index(value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value's name, JSON-encoded, or <see langword="false"/> for a value outside the enum.</summary>
    public bool TryGetEncoded(TEnum value, out JsonEncodedText encoded)
    {
        var found = TryIndex(value, out var index);
        encoded = found ? _encoded[index] : default;
        return found;
    }

    /// <summary>The value named <paramref name="name"/>, ignoring case.</summary>
    public bool TryParse(ReadOnlySpan<char> name, out TEnum value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (name.Equals(_names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = FromIndex(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    public static int Index(TEnum value) => Unsafe.As<TEnum, int>(ref value);

    public static TEnum FromIndex(int index) => Unsafe.As<int, TEnum>(ref index);

    private bool TryIndex(TEnum value, out int index)
    {
        index = Index(value);
        return (uint)index < (uint)_names.Length;
    }
}
