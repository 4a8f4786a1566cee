namespace Juurru.Features.Shared;

public static class CollectionSync
{
    /// <summary>Makes a tracked many-to-many collection hold exactly <paramref name="wanted"/>, touching only what differs.</summary>
    public static void SyncWith<T>(this List<T> current, IReadOnlyCollection<T> wanted) where T : class
    {
        current.RemoveAll(x => !wanted.Contains(x));
        current.AddRange(wanted.Where(w => !current.Contains(w)));
    }
}
