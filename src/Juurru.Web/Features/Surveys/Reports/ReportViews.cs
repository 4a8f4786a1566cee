namespace Juurru.Features.Surveys.Reports;

/// <summary>What the chart partials draw: an element id prefix, a caption, and the figures.</summary>
public sealed record ScaleChart(string Id, string Caption, IReadOnlyList<ScaleFigures> Rows);

public sealed record ChoiceChart(string Id, string Caption, IReadOnlyList<ValueCount> Values);

/// <summary>What the report partial shows: the figures; a public report leaves open answers out; managers get a link per open question to search its answers and pick quotes.</summary>
/// <param name="OpenAnswersLeftOut">A downloaded report for those who manage the survey, without the open answers (they were not asked for).</param>
/// <param name="FileLink">For those who manage the survey: the address of an attached file by its key (with its name from <paramref name="FileNames"/>).</param>
public sealed record ReportBody(ReportFigures Figures, bool Public, Func<string, string>? OpenAnswersLink = null,
    Func<string, string>? FileLink = null, IReadOnlyDictionary<string, string>? FileNames = null, bool OpenAnswersLeftOut = false);
