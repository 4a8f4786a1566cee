namespace Juurru.Features.OpenData;

/// <summary>Rows of a download read a few hundred at a time, so that memory does not grow with the number of rows.</summary>
public static class ExportBatches
{
    public const int Size = 500;

    /// <summary>The rows of <paramref name="ids"/> in that order; ids the loader no longer finds are skipped.</summary>
    public static async IAsyncEnumerable<T> InOrderAsync<T>(IReadOnlyList<int> ids, Func<int[], Task<List<T>>> load, Func<T, int> id)
    {
        foreach (var batch in ids.Chunk(Size))
        {
            var found = (await load(batch)).ToDictionary(id);
            foreach (var key in batch)
            {
                if (found.TryGetValue(key, out var row)) yield return row;
            }
        }
    }
}
