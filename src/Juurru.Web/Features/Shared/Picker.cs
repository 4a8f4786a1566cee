namespace Juurru.Features.Shared;

/// <summary>One choice of a <see cref="Picker"/>: its value, its label, and words it is also found by (status, project, theme).</summary>
public sealed record PickerOption(string Value, string Label, string? Detail = null);

/// <summary>
/// Choosing several from a long list (organisations, projects, practices): checkboxes, the chosen ones first, so that one
/// click never wipes earlier choices as in a Ctrl-click list. Works without JavaScript; with it (js/picker.js) a text
/// box filters the list as one types.
/// </summary>
public sealed record Picker(string Name, string Legend, IReadOnlyList<PickerOption> Options, IReadOnlySet<string> Chosen,
    string? Hint = null, bool Required = false, string? Error = null)
{
    /// <summary>The fieldset's id, as ASP.NET Core names a field's element ("Form.ProjectIds" → "Form_ProjectIds"): error summaries link to it.</summary>
    public string Id => Name.Replace('.', '_');

    public IEnumerable<PickerOption> Ordered => Options.Where(o => Chosen.Contains(o.Value)).Concat(Options.Where(o => !Chosen.Contains(o.Value)));

    public static Picker Of<T>(string name, string legend, IEnumerable<(T Value, string Label)> options, IEnumerable<T> chosen,
        string? hint = null, bool required = false) =>
        new(name, legend, options.Select(o => new PickerOption(o.Value!.ToString()!, o.Label)).ToList(),
            chosen.Select(c => c!.ToString()!).ToHashSet(), hint, required);
}
