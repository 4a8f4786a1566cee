using Juurru.Features.Shared;

namespace Juurru.Features.Rooting.Dashboard;

/// <summary>
/// The dashboard's figures as one long table (table, breakdown, group, measure, value) for CSV and XLSX: every figure a
/// row, so a spreadsheet's pivot table can lay them out any way. Group names are in the reader's language.
/// </summary>
public static class RootingFigureTable
{
    /// <param name="label">The word for a group of a breakdown ("kind", "decision") by its key.</param>
    public static IEnumerable<IReadOnlyList<TableCell>> Rows(RootingFigures f, Func<string, string, string> label)
    {
        yield return ["table", "breakdown", "group", "measure", "value"];
        yield return Row("practices", "", "", "of_ended_projects", f.PracticesOfEndedProjects);
        foreach (var h in f.Horizons)
        {
            var horizon = $"{h.Months} months";
            yield return Row("still_in_use", horizon, "", "asked", h.Asked);
            foreach (var (breakdown, rows) in new[] { ("all", (IReadOnlyList<ShareRow>)[h.Total]), ("theme", h.ByTheme), ("kind", h.ByKind), ("decision", h.ByDecision) })
            {
                foreach (var r in rows)
                {
                    var group = breakdown switch { "all" => "", "theme" => r.Label, _ => label(breakdown, r.Key) };
                    yield return Row("still_in_use", $"{horizon}, {breakdown}", group, "in_use", r.InUse);
                    yield return Row("still_in_use", $"{horizon}, {breakdown}", group, "stopped", r.Stopped);
                    yield return Row("still_in_use", $"{horizon}, {breakdown}", group, "share_percent", r.SharePercent);
                }
            }
        }
        foreach (var y in f.AdoptionsByYear)
        {
            yield return Row("adoptions_by_start_year", "", y.Year.ToString(), "in_use", y.InUse);
            yield return Row("adoptions_by_start_year", "", y.Year.ToString(), "trying_out", y.TryingOut);
            yield return Row("adoptions_by_start_year", "", y.Year.ToString(), "stopped", y.Stopped);
        }
        foreach (var c in f.CommonIndicators)
        {
            yield return Row("common_indicators", "", c.Name, "reporting_projects", c.Reporting);
            yield return Row("common_indicators", "", c.Name, "projects", c.Projects);
            yield return Row("common_indicators", "", c.Name, "sum", c.Sum);
            yield return Row("common_indicators", "", c.Name, "target_sum", c.TargetSum);
            yield return Row("common_indicators", "", c.Name, "progress_percent", c.ProgressPercent);
        }
        foreach (var c in f.FollowUps ?? [])
        {
            var horizon = $"{c.Months} months";
            foreach (var (measure, value) in new[] { ("upcoming", c.Upcoming), ("sent", c.Sent), ("answered", c.Answered), ("overdue", c.Overdue),
                         ("nothing_to_ask", c.NothingToAsk), ("invited", c.Invited), ("responses", c.Responses) })
                yield return Row("follow_ups", horizon, "", measure, value);
        }
    }

    private static IReadOnlyList<TableCell> Row(string table, string breakdown, string group, string measure, decimal? value) =>
        [table, breakdown, group, measure, TableCell.Number(value)];
}
