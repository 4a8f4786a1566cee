using System.Text.RegularExpressions;
using Juurru.Data;

namespace Juurru.Features.Import;

/// <summary>
/// The names under which a report may mean one organisation: reports write "Diakonia-ammattikorkeakoulu Oy",
/// "Diakonia-ammattikorkeakoulu (Diak)" and "Diakonia-Ammattikorkeakoulu", or "Länsirannikon Koulutus Oy, WinNova" and
/// "Winnova", or a city's department for the city. Two names are one organisation when they share a key; the keys are
/// deliberately literal (no fuzzy matching), since "Oulun Diakonissalaitoksen Säätiö" and "Diakonissalaitos" are not one.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>Legal forms that do not tell organisations apart.</summary>
    private static readonly HashSet<string> LegalForms = ["oy", "oyj", "ab", "ry", "rf", "osakeyhtio", "aktiebolag"];

    /// <summary>A derived key (an abbreviation, a part) shorter than this is too likely to be shared by chance.</summary>
    private const int ShortestDerivedKey = 4;

    /// <summary>The keys a name is known by, the whole name's first.</summary>
    public static IReadOnlyList<string> Keys(string name)
    {
        var bare = Bracketed().Replace(name, " ");
        var keys = new List<string> { Key(bare) };
        var derived = new List<string>();
        // "(Diak)": what stands in brackets is a name of its own.
        derived.AddRange(Bracketed().Matches(name).Select(m => Key(m.Groups[1].Value)));
        // "Länsirannikon Koulutus Oy, WinNova", "Hengitysliitto ry/Ammattiopisto Luovi": each part names it too.
        var parts = bare.Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1) derived.AddRange(parts.Select(Key));
        // "Turun kaupungin sivistystoimiala" is a department of "Turun kaupunki" (and "-n kunnan …" of "-n kunta").
        if (Department().Match(bare) is { Success: true } m)
            derived.Add(Key($"{m.Groups[1].Value} {(m.Groups[2].Value.Equals("kaupungin", StringComparison.OrdinalIgnoreCase) ? "kaupunki" : "kunta")}"));
        keys.AddRange(derived.Where(k => k.Length >= ShortestDerivedKey));
        var found = keys.Where(k => k.Length > 0).Distinct().ToList();
        return found.Count > 0 ? found : [name.Trim().ToLowerInvariant()]; // a name of punctuation or legal form only

    }

    /// <summary>Whether a name is plain (no brackets, commas or slashes): the better main name when spellings are equally common.</summary>
    public static bool IsPlain(string name) => name.IndexOfAny(['(', ',', '/']) < 0;

    /// <summary>Whether a name is a department of a city or municipality: the city's own name is the better main name.</summary>
    public static bool IsDepartment(string name) => Department().IsMatch(Bracketed().Replace(name, " "));

    private static string Key(string name) =>
        string.Concat(TextKeys.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !LegalForms.Contains(t)));

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\s*(\S+n)\s+(kaupungin|kunnan)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Department();
}

/// <summary>Names joined into organisations: names that share a key are one (union-find over the keys).</summary>
public sealed class OrganisationNameGroups
{
    private readonly Dictionary<string, string> _parent = [];

    /// <summary>Adds names known to be one organisation (an organisation's name and its other names, or one spelling).</summary>
    public void Add(params IEnumerable<string> names)
    {
        string? first = null;
        foreach (var key in names.SelectMany(OrganisationNames.Keys))
        {
            _parent.TryAdd(key, key);
            if (first is null) first = key;
            else Union(first, key);
        }
    }

    /// <summary>The same value for every name of one organisation.</summary>
    public string GroupOf(string name)
    {
        Add(name);
        return Find(OrganisationNames.Keys(name)[0]);
    }

    private string Find(string key)
    {
        while (_parent[key] != key) key = _parent[key] = _parent[_parent[key]];
        return key;
    }

    private void Union(string a, string b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb) _parent[rb] = ra;
    }
}
