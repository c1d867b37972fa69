namespace Geopolitics.Nlp.Text;

/// <summary>
/// One reusable instance of <typeparamref name="T"/> per thread, for the working collections a stage builds for each
/// article and drops at its end (dictionaries of the names seen so far, and so on). Reusing them makes an article's
/// analysis allocate its results, not its scaffolding: on articles of a few hundred tokens the scaffolding was more
/// than half of what the entity stage allocated. An instance is taken out while in use, so nested or concurrent use
/// on one thread makes a new one rather than sharing it.
/// </summary>
internal static class ThreadScratch<T>
    where T : class, IScratch
{
    [ThreadStatic]
    private static T? _item;

    /// <summary>The thread's instance (emptied by its last <see cref="Return"/>), or a new one from <paramref name="create"/>.</summary>
    public static T Rent(Func<T> create)
    {
        var item = _item;
        _item = null;
        return item ?? create();
    }

    /// <summary>Empties <paramref name="item"/> and keeps it for the thread's next article, unless it grew too large to keep.</summary>
    public static void Return(T item)
    {
        if (item.Reset())
        {
            _item = item;
        }
    }
}

/// <summary>A reusable working object (see <see cref="ThreadScratch{T}"/>).</summary>
internal interface IScratch
{
    /// <summary>
    /// Empties the object for reuse; false when it grew too large to keep (an adversarial article must not leave
    /// megabytes held by a thread).
    /// </summary>
    bool Reset();
}
