namespace Looper.Protocol.Values;

/// <summary>The handles of one session: the objects this side exported (numbered 1, 2, ...) and the proxies of the other side's objects, each in both directions, by reference identity (spec/protocol.md section 5).</summary>
internal sealed class HandleTable
{
    private readonly Lock _lock = new();
    private readonly List<object> _exported = [];
    private readonly List<long> _equalTo = [];
    private readonly Dictionary<object, long> _exportedIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<long, object> _imported = [];
    private readonly Dictionary<object, long> _importedIds = new(ReferenceEqualityComparer.Instance);

    /// <summary>Give a local object its handle; the same object always gets the same one.</summary>
    /// <param name="value">The local object.</param>
    /// <returns>The handle, and the handle of the first object given out that equals it (its own when none does).</returns>
    public (long Id, long EqualTo) Export(object value)
    {
        lock (_lock)
        {
            if (!_exportedIds.TryGetValue(value, out var id))
            {
                var equalTo = FirstEqual(value);
                _exported.Add(value);
                id = _exported.Count;
                _equalTo.Add(equalTo == 0 ? id : equalTo);
                _exportedIds.Add(value, id);
            }

            return (id, _equalTo[(int)(id - 1)]);
        }
    }

    private long FirstEqual(object value)
    {
        for (var index = 0; index < _exported.Count; index++)
        {
            try
            {
                if (_exported[index].GetType() == value.GetType() && _exported[index].Equals(value))
                {
                    return _equalTo[index];
                }
            }
            catch (Exception)
            {
                // An Equals that throws makes the object equal to nothing else.
            }
        }

        return 0;
    }

    /// <summary>Find the local object of a handle this side gave out.</summary>
    /// <param name="id">The handle.</param>
    /// <returns>The object, or null when this side never gave out that handle.</returns>
    public object? Exported(long id)
    {
        lock (_lock)
        {
            return id >= 1 && id <= _exported.Count ? _exported[(int)(id - 1)] : null;
        }
    }

    /// <summary>Tell whether an object is one this side exported (so the other side may call it).</summary>
    /// <param name="value">The object.</param>
    /// <returns>True when it has a local handle.</returns>
    public bool IsExported(object? value)
    {
        lock (_lock)
        {
            return value is not null && _exportedIds.ContainsKey(value);
        }
    }

    /// <summary>Find the other side's handle of a proxy.</summary>
    /// <param name="value">An object that may be a proxy.</param>
    /// <param name="id">The other side's handle.</param>
    /// <returns>True when the object is a proxy of this session.</returns>
    public bool TryGetImportedId(object value, out long id)
    {
        lock (_lock)
        {
            return _importedIds.TryGetValue(value, out id);
        }
    }

    /// <summary>Get the proxy of one of the other side's handles, making it the first time: one handle, one proxy.</summary>
    /// <param name="id">The other side's handle.</param>
    /// <param name="create">Makes the proxy.</param>
    /// <returns>The proxy.</returns>
    public object Import(long id, Func<object> create)
    {
        lock (_lock)
        {
            if (!_imported.TryGetValue(id, out var proxy))
            {
                proxy = create();
                _imported.Add(id, proxy);
                _importedIds.Add(proxy, id);
            }

            return proxy;
        }
    }
}
