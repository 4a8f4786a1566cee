namespace Juurru.Features.Practices;

/// <summary>
/// The editable content of a practice flattened to text, taken before and after an edit:
/// the difference is what the revision history shows.
/// </summary>
public sealed class PracticeSnapshot
{
    private readonly Dictionary<PracticeField, string> _values;

    private PracticeSnapshot(Dictionary<PracticeField, string> values) => _values = values;

    public static PracticeSnapshot Of(Practice p) => new(new()
    {
        [PracticeField.Title] = p.Title,
        [PracticeField.Kind] = p.Kind.ToString(),
        [PracticeField.Summary] = p.Summary,
        [PracticeField.GoalAndTargetGroup] = p.GoalAndTargetGroup,
        [PracticeField.ContentAndActions] = p.ContentAndActions,
        [PracticeField.StaffInduction] = p.StaffInduction,
        [PracticeField.Marketing] = p.Marketing,
        [PracticeField.Materials] = p.Materials,
        [PracticeField.Resources] = p.Resources,
        [PracticeField.ResultsAndIndicators] = p.ResultsAndIndicators,
        [PracticeField.Contacts] = string.Join("\n", p.Contacts.Select(c =>
            string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone }.Where(s => !string.IsNullOrWhiteSpace(s))))),
        [PracticeField.Links] = string.Join("\n", p.Links.Select(l => $"{l.Title} <{l.Url}>")),
        [PracticeField.Projects] = Names(p.Projects.Select(x => x.Name)),
        [PracticeField.Organisations] = Names(p.Organisations.Select(x => x.Name)),
        [PracticeField.Themes] = Names(p.Themes.Select(x => x.Label)),
        [PracticeField.Keywords] = Names(p.Keywords.Select(x => x.Name)),
        [PracticeField.TargetGroups] = Names(p.TargetGroups.Select(x => x.Name)),
        [PracticeField.Regions] = Names(p.Regions.Select(x => x.NameFi)),
        [PracticeField.Language] = p.Language,
        [PracticeField.Model] = p.Model?.Title ?? "",
        [PracticeField.Year] = p.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
    });

    /// <summary>Identifies this content; an edit form carries it to tell whether the practice changed under it.</summary>
    public string Fingerprint => Shared.ContentFingerprint.Of(_values.OrderBy(kv => kv.Key));

    public IReadOnlyList<FieldChange> ChangesTo(PracticeSnapshot after) =>
        _values
            .Where(kv => after._values[kv.Key] != kv.Value)
            .Select(kv => new FieldChange(kv.Key, kv.Value, after._values[kv.Key]))
            .ToList();

    private static string Names(IEnumerable<string> names) =>
        string.Join(", ", names.Order(StringComparer.Ordinal));
}
