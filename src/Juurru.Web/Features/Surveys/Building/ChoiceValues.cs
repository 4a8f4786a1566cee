namespace Juurru.Features.Surveys.Building;

/// <summary>
/// The stored values of a question's choice lines after the builder's text box was edited. A line whose Finnish text
/// the question already had keeps that choice's value, wherever it moved, so reordering lines changes neither the
/// meaning of answers, conditions and comparisons that name the value; a new line gets the next number no choice used.
/// </summary>
public static class ChoiceValues
{
    public static IReadOnlyList<string> Assign(IReadOnlyList<Choice> before, IReadOnlyList<string> lines)
    {
        var unclaimed = before.ToList();
        var values = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var same = unclaimed.FirstOrDefault(c => string.Equals(c.Text.Fi.Trim(), lines[i], StringComparison.Ordinal));
            if (same is null) continue;
            values[i] = same.Value;
            unclaimed.Remove(same);
        }
        var used = before.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var next = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (values[i] is not null) continue;
            while (used.Contains(next.ToString())) next++;
            values[i] = next.ToString();
            used.Add(values[i]!);
        }
        return values!;
    }
}
