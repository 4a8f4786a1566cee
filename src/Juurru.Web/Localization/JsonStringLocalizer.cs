using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Juurru.Localization;

/// <summary>
/// UI strings keyed by their English sentence, translated in Localization/fi.json, sv.json and en.json
/// (embedded in the assembly). One table serves the whole application; a test checks that every key
/// used in code has a Finnish, Swedish and English entry.
/// </summary>
public sealed class JsonStringLocalizerFactory(Translations translations) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(translations);

    public IStringLocalizer Create(Type resourceSource) => _localizer;
    public IStringLocalizer Create(string baseName, string location) => _localizer;
}

public sealed class JsonStringLocalizer(Translations translations) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var culture = Cultures.Current;
            var found = translations.TryGet(culture, name, out var value);
            if (!found) translations.Missing.TryAdd($"{culture}: {name}", 0);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        translations.All(Cultures.Current).Select(kv => new LocalizedString(kv.Key, kv.Value));
}

/// <summary>The translation tables, one per culture.</summary>
public sealed class Translations
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    private Translations(FrozenDictionary<string, FrozenDictionary<string, string>> byCulture) => _byCulture = byCulture;

    public static Translations Load()
    {
        var assembly = typeof(Translations).Assembly;
        var tables = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var culture in Cultures.Supported)
        {
            using var stream = assembly.GetManifestResourceStream($"Juurru.Localization.{culture}.json")
                ?? throw new InvalidOperationException($"Translations for '{culture}' are not embedded.");
            var table = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
            tables[culture] = table.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new Translations(tables.ToFrozenDictionary());
    }

    /// <summary>The translation of <paramref name="key"/>; in English the key is the text unless en.json overrides it.</summary>
    public bool TryGet(string culture, string key, out string value)
    {
        if (_byCulture.TryGetValue(culture, out var table) && table.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }
        value = key;
        return culture == "en";
    }

    public IReadOnlyDictionary<string, string> All(string culture) => _byCulture[culture];

    /// <summary>Keys asked for but not translated, as "culture: key"; tests fail on any.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte> Missing { get; } = new();
}
