using System.Globalization;
using System.Text.RegularExpressions;
using Juurru.Features.Practices;
using Juurru.Features.Projects;

namespace Juurru.Features.Import;

/// <summary>
/// Reads a coordination report of the shape of the ZOOMI report (text exported from its PDF):
/// themes "A. …" with subtheme headings, practices as list items "- Title (Project)" followed by their description,
/// models as headings "### Title (Project)" (optionally marked MALLI), period headings "… kootut hyvät käytännöt (d.m.yyyy–d.m.yyyy)",
/// and two appendix tables: projects described per theme, and the project listing with lead organisations and end months.
/// </summary>
public static partial class ReportParser
{
    [GeneratedRegex(@"^([A-Z])\.\s+(\S.*)$")]
    private static partial Regex ThemeHeading();

    [GeneratedRegex(@"\d{1,2}\.\d{1,2}\.\d{4}\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}")]
    private static partial Regex DateRange();

    [GeneratedRegex(@"^(\d{1,2})/(\d{4})$")]
    private static partial Regex EndMonth();

    public static ParsedReport Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var title = lines.Select(l => Clean(l)).FirstOrDefault(l => l.Length > 0) ?? "";
        var appendixStart = Array.FindIndex(lines, l => IsHeading(l) && Clean(l).Contains("LIITE", StringComparison.Ordinal));
        var body = new BodyReader();
        for (var i = 0; i < (appendixStart < 0 ? lines.Length : appendixStart); i++) body.Read(lines[i], i + 1);
        body.Finish();

        if (body.Themes.Count == 0)
            throw new ReportFormatException("The file has no theme headings such as \"A. …\": it does not look like a coordination report.");
        if (body.Practices.Count == 0)
            throw new ReportFormatException("The file has themes but no practices in the form \"Title (Project)\".");

        var projects = appendixStart < 0 ? [] : ReadAppendix(lines, appendixStart);
        if (projects.Count == 0)
            throw new ReportFormatException("The file has no project appendix (tables of projects with their lead organisations).");

        return new ParsedReport(title,
            body.Themes.Select(t => new ParsedTheme(t.Code, t.Name, t.Subthemes)).ToList(),
            body.Practices.Select(p => p.ToParsed()).ToList(),
            projects);
    }

    /// <summary>Heading text without Markdown: "### **[Title](#)** (Project)" → "Title (Project)".</summary>
    public static string Clean(string line)
    {
        var s = HeadingMarker().Replace(line.Trim(), "");
        s = s.Replace("](#)", "").Replace("**", "").Replace("<b>", "").Replace("</b>", "")
            .Replace("\\(", "(").Replace("\\)", ")").Replace("[", "");
        return Regex.Replace(s, @"\s+", " ").Trim();
    }

    /// <summary>Splits "Title (Project (ACR))" into the title and the last balanced parenthesised part.</summary>
    public static (string Title, string Inner)? SplitTrailingParentheses(string s)
    {
        s = s.TrimEnd();
        if (!s.EndsWith(')')) return null;
        var depth = 0;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (s[i] == ')') depth++;
            else if (s[i] == '(' && --depth == 0)
            {
                var title = s[..i].Trim();
                var inner = s[(i + 1)..^1].Trim();
                return title.Length == 0 || inner.Length == 0 ? null : (title, inner);
            }
        }
        return null;
    }

    // "#ICTknowhow" is a name, "### Title" a heading: a heading's hashes are followed by a space.
    private static bool IsHeading(string line) => HeadingMarker().IsMatch(line.TrimStart());

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    /// <summary>Reads the body line by line, keeping track of the theme, subtheme and period in force.</summary>
    private sealed class BodyReader
    {
        public readonly List<ThemeState> Themes = [];
        public readonly List<PracticeState> Practices = [];
        private ThemeState? _theme;
        private string? _subtheme;
        private string? _period;
        private readonly List<string> _periods = [];
        private PracticeState? _open;

        public void Read(string raw, int lineNumber)
        {
            var line = raw.Trim();
            if (IsHeading(line))
            {
                _open = null;
                ReadHeading(Clean(line), lineNumber);
                return;
            }
            if (_theme is null) return;
            if (line.StartsWith("- ") || line.StartsWith("* "))
            {
                _open = ReadPractice(Clean(line[2..]), heading: false, lineNumber);
                return;
            }
            if (_open is null || line.Length == 0) return;
            if (_open.Heading && _open.Description.Count > 0 && !ContinuesSentence(_open.Description[^1], line))
            {
                // After a model's own paragraph the report's narrative resumes.
                _open = null;
                return;
            }
            _open.Description.Add(line);
        }

        public void Finish()
        {
            // Models stand as headings before the period lists; they were documented in the newest period.
            var newest = _periods.LastOrDefault();
            foreach (var p in Practices.Where(p => p.Heading)) p.Period ??= newest;
        }

        private void ReadHeading(string text, int lineNumber)
        {
            var theme = ThemeHeading().Match(text);
            if (theme.Success)
            {
                var code = theme.Groups[1].Value;
                _theme = Themes.FirstOrDefault(t => t.Code == code) ?? Add(new ThemeState(code, theme.Groups[2].Value.Trim()));
                _subtheme = null;
                _period = null;
                return;
            }
            if (_theme is null) return;
            var dates = DateRange().Match(text);
            if (dates.Success)
            {
                _period = PeriodLabel(text, dates);
                if (!_periods.Contains(_period)) _periods.Add(_period);
                return;
            }
            if (ReadPractice(text, heading: true, lineNumber) is { } model)
            {
                _open = model;
                return;
            }
            _subtheme = text;
            _period = null;
            if (!_theme.Subthemes.Contains(text)) _theme.Subthemes.Add(text);
        }

        private PracticeState? ReadPractice(string text, bool heading, int lineNumber)
        {
            var markedModel = text.EndsWith(" MALLI", StringComparison.Ordinal);
            if (markedModel) text = text[..^" MALLI".Length].TrimEnd();
            if (SplitTrailingParentheses(text) is not { } split) return null;
            var (title, project) = split;
            if (DateRange().IsMatch(project)) return null;
            // The report lists good practices; models are its headings, and "MALLI" marks one anywhere.
            var kind = heading || markedModel ? PracticeKind.Model : PracticeKind.GoodPractice;
            var practice = new PracticeState(title.TrimEnd(' ', '-', '–'), project, kind, _theme!.Code, _subtheme, heading ? null : _period, heading, lineNumber);
            Practices.Add(practice);
            return practice;
        }

        private ThemeState Add(ThemeState theme)
        {
            Themes.Add(theme);
            return theme;
        }

        private static bool ContinuesSentence(string previous, string next) =>
            !previous.TrimEnd().EndsWith('.') && !previous.TrimEnd().EndsWith('!') && !previous.TrimEnd().EndsWith('?')
            && next.Length > 0 && char.IsLower(next[0]);

        private static string PeriodLabel(string heading, Match dates)
        {
            var range = Regex.Replace(dates.Value, @"\s*[-–]\s*", "–");
            var cut = heading.IndexOf("-koordina", StringComparison.OrdinalIgnoreCase);
            var name = cut > 0 ? heading[..cut].Trim() : "";
            return name.Length == 0 ? range : $"{name.Replace(" - ", " – ")} {range}";
        }
    }

    private sealed record ThemeState(string Code, string Name)
    {
        public List<string> Subthemes { get; } = [];
    }

    private sealed class PracticeState(string title, string project, PracticeKind kind, string theme, string? subtheme, string? period, bool heading, int line)
    {
        public readonly List<string> Description = [];
        public bool Heading { get; } = heading;
        public string? Period { get; set; } = period;

        public ParsedPractice ToParsed() =>
            new(title, project, kind, string.Join("\n\n", Description), theme, subtheme, Period, line);
    }

    private static List<ParsedProject> ReadAppendix(string[] lines, int start)
    {
        var projects = new List<ParsedProject>();
        var table = ProjectTable.Descriptions;
        string? theme = null;
        ProjectScope? scope = null;
        var columns = 3;
        var rows = new List<(string[] Cells, int Line)>();

        void Flush()
        {
            foreach (var (cells, line) in rows) projects.Add(ToProject(cells, line, table, theme, scope));
            rows.Clear();
        }

        for (var i = start; i < lines.Length; i++)
        {
            var raw = lines[i];
            var text = Clean(raw);
            if (IsHeading(raw))
            {
                Flush();
                if (text.Contains("Hankelistaus", StringComparison.OrdinalIgnoreCase)) { table = ProjectTable.Listing; theme = null; scope = null; continue; }
                if (text.Contains("Hankekuvaukset", StringComparison.OrdinalIgnoreCase)) { table = ProjectTable.Descriptions; continue; }
                if (ThemeHeading().Match(text) is { Success: true } m) { theme = m.Groups[1].Value; continue; }
                scope = ScopeOf(text);
                continue;
            }
            if (text.Length == 0 || !raw.Contains('\t')) continue;
            var cells = raw.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.All(c => c.Length == 0 || c.Trim('-').Length == 0)) continue;
            if (cells[0].Equals("Hankkeen nimi", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Length >= 2 && cells[1].Equals("Päätoteuttaja", StringComparison.OrdinalIgnoreCase))
            {
                // The listing's column header names the scope: "Valtakunnalliset hankkeet | Päätoteuttaja | Päätymisaika".
                Flush();
                scope = ScopeOf(cells[0]);
                columns = cells.Length;
                continue;
            }
            if (cells[0].Length == 0)
            {
                // A description continued on the next line (a page break in the PDF).
                if (rows.Count > 0)
                {
                    var last = rows[^1].Cells;
                    var extra = string.Join(" ", cells.Where(c => c.Length > 0));
                    last[^1] = (last[^1] + " " + extra).Trim();
                }
                continue;
            }
            var padded = new string[Math.Max(cells.Length, Math.Max(columns, 3))];
            for (var c = 0; c < padded.Length; c++) padded[c] = c < cells.Length ? cells[c] : "";
            rows.Add((padded, i + 1));
        }
        Flush();
        return projects;
    }

    private static ProjectScope? ScopeOf(string text) =>
        text.Contains("Valtakunnalli", StringComparison.OrdinalIgnoreCase) ? ProjectScope.National
        : text.Contains("Alueelli", StringComparison.OrdinalIgnoreCase) ? ProjectScope.Regional
        : null;

    private static ParsedProject ToProject(string[] cells, int line, ProjectTable table, string? theme, ProjectScope? scope)
    {
        var name = Clean(cells[0]);
        var lead = Clean(cells[1]);
        if (table == ProjectTable.Descriptions)
        {
            return new ParsedProject(name, NullIfEmpty(lead), NullIfEmpty(StripHtml(string.Join(" ", cells.Skip(2)))), scope,
                theme is null ? [] : [theme], null, table, line);
        }
        var end = ParseEndMonth(cells[2]);
        var description = cells.Length > 3 ? NullIfEmpty(StripHtml(string.Join(" ", cells.Skip(3)))) : null;
        return new ParsedProject(name, NullIfEmpty(lead), description, scope, [], end, table, line);
    }

    /// <summary>"12/2017" → the last day of December 2017.</summary>
    public static DateOnly? ParseEndMonth(string text)
    {
        var m = EndMonth().Match(text.Trim());
        if (!m.Success) return null;
        var month = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static string StripHtml(string text)
    {
        var noTags = Regex.Replace(text, "<[^>]+>", "");
        return Regex.Replace(noTags, @"\s+", " ").Trim();
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
