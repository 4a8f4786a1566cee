using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Juurru.Features.Search.Analysis;

/// <summary>One reading of a word by Voikko: its base form, its morpheme structure, its word bases and its word class.</summary>
public sealed record VoikkoReading(string BaseForm, string Structure, string WordBases, string Class = "")
{
    /// <summary>A common noun ("nimisana"): what keywords are made of.</summary>
    public bool IsNoun => Class == "nimisana";

    /// <summary>
    /// The word a derived word is made from, from WORDBASES: keskeytys "+keskeyt(keskeyttää)+ys(+ys)" → keskeyttää,
    /// hakeutuja → hakeutua, kulttuurisensitiivisyys → kulttuurisensitiivinen. Null for underived words.
    /// </summary>
    public string? DerivedFrom()
    {
        var segments = Segment.Matches(WordBases)
            .Select(m => (Surface: m.Groups[1].Value, Root: m.Groups[2].Success ? m.Groups[2].Value : null))
            .ToList();
        var last = segments.FindLastIndex(s => s.Root is { Length: > 0 } r && r[0] != '+');
        if (last < 0 || !segments.Skip(last + 1).Any(s => s.Root is ['+', ..])) return null;
        var root = string.Concat(segments.Take(last).Select(s => s.Root is { Length: > 0 } r && r[0] != '+' ? r : s.Surface)) + segments[last].Root;
        return root.Replace("=", "").ToLowerInvariant();
    }

    // "+surface(root)" or "+surface(+suffix)" or a bare "+surface".
    private static readonly System.Text.RegularExpressions.Regex Segment = new(@"\+([^+(]*)(?:\((\+?[^)]*)\))?");
}

/// <summary>
/// Finnish morphology from libvoikko (Debian: libvoikko1 + voikko-fi), loaded at run time through its C API.
/// A handle must not be used by two threads at once, so handles are pooled; analyses are cached per word.
/// When the library or the dictionary is missing, <see cref="Available"/> is false and nothing is analysed.
/// </summary>
public sealed class Voikko : IDisposable
{
    private const int MaxCachedWords = 200_000;
    private readonly ConcurrentBag<IntPtr> _handles = [];
    private readonly ConcurrentDictionary<string, VoikkoReading[]> _cache = new(StringComparer.Ordinal);
    private bool _disposed;

    public bool Available { get; }

    /// <summary>Why Voikko is not in use, for the administrator's page; null when it is.</summary>
    public string? Problem { get; }

    /// <summary>A Voikko that analyses nothing, as on a server without the library: search falls back to the light stemmer.</summary>
    public static Voikko Unavailable(string reason) => new(reason);

    private Voikko(string problem) => Problem = problem;

    public Voikko()
    {
        try
        {
            _handles.Add(Open());
            Available = true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or InvalidOperationException or BadImageFormatException)
        {
            Problem = e.Message;
        }
    }

    /// <summary>The readings of one lower-case word; empty when Voikko does not know it (or is not installed).</summary>
    public VoikkoReading[] Analyze(string word)
    {
        if (!Available || word.Length is 0 or > 255) return [];
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var readings = WithHandle(h => AnalyzeWith(h, word));
        if (_cache.Count >= MaxCachedWords) _cache.Clear();
        _cache.TryAdd(word, readings);
        return readings;
    }

    /// <summary>Spelling suggestions for a word Voikko does not accept, best first.</summary>
    public IReadOnlyList<string> Suggest(string word)
    {
        if (!Available || word.Length is 0 or > 255) return [];
        return WithHandle(h =>
        {
            var list = Native.voikkoSuggestCstr(h, word);
            if (list == IntPtr.Zero) return (IReadOnlyList<string>)[];
            try
            {
                var result = new List<string>();
                for (var i = 0; ; i++)
                {
                    var p = Marshal.ReadIntPtr(list, i * IntPtr.Size);
                    if (p == IntPtr.Zero) break;
                    result.Add(Marshal.PtrToStringUTF8(p) ?? "");
                }
                return result;
            }
            finally
            {
                Native.voikkoFreeCstrArray(list);
            }
        });
    }

    private static VoikkoReading[] AnalyzeWith(IntPtr handle, string word)
    {
        var analyses = Native.voikkoAnalyzeWordCstr(handle, word);
        if (analyses == IntPtr.Zero) return [];
        try
        {
            var readings = new List<VoikkoReading>();
            for (var i = 0; ; i++)
            {
                var analysis = Marshal.ReadIntPtr(analyses, i * IntPtr.Size);
                if (analysis == IntPtr.Zero) break;
                var baseForm = Value(analysis, "BASEFORM");
                if (string.IsNullOrEmpty(baseForm)) continue;
                readings.Add(new VoikkoReading(baseForm.ToLowerInvariant(), Value(analysis, "STRUCTURE") ?? "", Value(analysis, "WORDBASES") ?? "",
                    Value(analysis, "CLASS") ?? ""));
            }
            return readings.Distinct().ToArray();
        }
        finally
        {
            Native.voikko_free_mor_analysis(analyses);
        }
    }

    private static string? Value(IntPtr analysis, string key)
    {
        var value = Native.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            Native.voikko_free_mor_analysis_value_cstr(value);
        }
    }

    private T WithHandle<T>(Func<IntPtr, T> use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_handles.TryTake(out var handle)) handle = Open();
        try
        {
            return use(handle);
        }
        finally
        {
            _handles.Add(handle);
        }
    }

    private static IntPtr Open()
    {
        var handle = Native.voikkoInit(out var error, "fi", null);
        if (handle == IntPtr.Zero)
            throw new InvalidOperationException("Voikko: " + (Marshal.PtrToStringUTF8(error) ?? "the Finnish dictionary did not load"));
        return handle;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_handles.TryTake(out var handle)) Native.voikkoTerminate(handle);
    }

    private static class Native
    {
        private const string Library = "libvoikko.so.1";

        [DllImport(Library)]
        public static extern IntPtr voikkoInit(out IntPtr error, [MarshalAs(UnmanagedType.LPUTF8Str)] string language, [MarshalAs(UnmanagedType.LPUTF8Str)] string? path);

        [DllImport(Library)]
        public static extern void voikkoTerminate(IntPtr handle);

        [DllImport(Library)]
        public static extern IntPtr voikkoAnalyzeWordCstr(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string word);

        [DllImport(Library)]
        public static extern void voikko_free_mor_analysis(IntPtr analyses);

        [DllImport(Library)]
        public static extern IntPtr voikko_mor_analysis_value_cstr(IntPtr analysis, [MarshalAs(UnmanagedType.LPUTF8Str)] string key);

        [DllImport(Library)]
        public static extern void voikko_free_mor_analysis_value_cstr(IntPtr value);

        [DllImport(Library)]
        public static extern IntPtr voikkoSuggestCstr(IntPtr handle, [MarshalAs(UnmanagedType.LPUTF8Str)] string word);

        [DllImport(Library)]
        public static extern void voikkoFreeCstrArray(IntPtr list);
    }
}
