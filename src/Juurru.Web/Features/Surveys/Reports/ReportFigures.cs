namespace Juurru.Features.Surveys.Reports;

/// <summary>
/// A count of one value and the base it is a share of. Both percentages are worked out from the counts (never one from
/// the other, which would round twice) and rounded half away from zero, as published reports do (62.5 → 63).
/// </summary>
public sealed record ValueCount(string Value, string Label, int Count, int Base)
{
    /// <summary>With one decimal: the data tables, exports and the API.</summary>
    public double Percent => Shared.Percent.OneDecimal(Count, Base);

    /// <summary>Whole percent: the charts, as printed reports show them.</summary>
    public int WholePercent => Shared.Percent.Of(Count, Base) ?? 0;
}

/// <summary>A scale's answers (a Likert question, or one statement of a matrix): "Don't know" counted and shown, never in the mean.</summary>
public sealed record ScaleFigures(string Key, string Label, int N, IReadOnlyList<ValueCount> Values, ValueCount? DontKnow,
    int Valid, double? Mean, double? StandardDeviation);

/// <summary>Net Promoter Score: promoters 9–10, passives 7–8, detractors 0–6; NPS = % promoters − % detractors.</summary>
public sealed record NpsFigures(int Promoters, int Passives, int Detractors, double Score);

public sealed record NumberFigures(double Mean, double Median, double LowerQuartile, double UpperQuartile, double Min, double Max);

/// <summary>
/// One question's figures. <see cref="Seen"/> is how many respondents were shown it (conditions decide), <see cref="N"/>
/// how many answered. Single-choice shares are of those who answered; multiple-choice shares of those who saw the
/// question (so they may sum over 100 %), never of the selections. <see cref="Quotes"/> are the open answers a
/// coordinator picked to feature; unlike <see cref="Texts"/> they are also shown in a published report.
/// </summary>
public sealed record QuestionFigures(string Key, QuestionType Type, string Text, int Seen, int N,
    IReadOnlyList<ValueCount>? Choices = null, IReadOnlyList<ScaleFigures>? Scales = null, NpsFigures? Nps = null,
    NumberFigures? Numbers = null, IReadOnlyList<string>? Texts = null, IReadOnlyList<string>? Quotes = null);

public sealed record SectionFigures(string Key, string Title, IReadOnlyList<QuestionFigures> Questions);

/// <summary>
/// A report, possibly of a filtered group (<see cref="Filter"/>, e.g. "role:lead"). A filtered group smaller than
/// <see cref="SurveyReport.SmallestGroup"/> is <see cref="Suppressed"/>: its figures are not shown, so no one is recognised.
/// </summary>
public sealed record ReportFigures(int SurveyId, string Title, int Responses, IReadOnlyList<SectionFigures> Sections,
    string? Filter = null, bool Suppressed = false);
