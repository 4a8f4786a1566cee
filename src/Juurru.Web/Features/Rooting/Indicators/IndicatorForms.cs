using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using System.Security.Claims;

namespace Juurru.Features.Rooting.Indicators;

/// <summary>The project an indicator page is about, and whether the user may report its indicators.</summary>
public sealed record IndicatorProject(int Id, int NetworkId, string Name, bool CanReport)
{
    public ProjectAccess Access => new(Id, NetworkId);

    /// <summary>The project, or the refusal: 404 for no such project; when reporting is required and not allowed, sign-in for a visitor, else 403.</summary>
    public static async Task<(IndicatorProject? Project, IActionResult? Refusal)> LoadAsync(JuurruDbContext db, IAuthorizationService auth,
        ClaimsPrincipal user, int id, bool mustReport, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.NetworkId, p.Name }).SingleOrDefaultAsync(ct);
        if (project is null) return (null, new NotFoundResult());
        var canReport = (await auth.AuthorizeAsync(user, new ProjectAccess(project.Id, project.NetworkId), ProjectOperations.ReportIndicators)).Succeeded;
        if (mustReport && !canReport) return (null, user.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult());
        return (new IndicatorProject(project.Id, project.NetworkId, project.Name, canReport), null);
    }
}

/// <summary>The indicator form as typed: numbers stay text until the kind says how to read them.</summary>
public sealed class IndicatorInput
{
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public IndicatorKind Kind { get; set; }
    public IndicatorDirection Direction { get; set; }
    public string? Baseline { get; set; }
    [Display(Name = "Baseline date")]
    public DateOnly? BaselineDate { get; set; }
    public string? Target { get; set; }
    [Display(Name = "Target date")]
    public DateOnly? TargetDate { get; set; }
    public string? DataSource { get; set; }

    public static IndicatorInput From(Indicator i) => new()
    {
        Name = i.Name, Unit = i.Unit, Kind = i.Kind, Direction = i.Direction,
        Baseline = IndicatorValues.Input(i.Kind, i.Baseline), BaselineDate = i.BaselineDate,
        Target = IndicatorValues.Input(i.Kind, i.Target), TargetDate = i.TargetDate, DataSource = i.DataSource,
    };

    /// <summary>The terms, or null with every problem in the model state under "Input.{field}".</summary>
    public IndicatorTerms? Read(CommonIndicator? common, ModelStateDictionary state, IStringLocalizer L)
    {
        var kind = common?.Kind ?? Kind;
        var baseline = Number(kind, Baseline, nameof(Baseline), state, L);
        var target = Number(kind, Target, nameof(Target), state, L);
        var terms = new IndicatorTerms(Name ?? "", Unit ?? "", kind, common?.Direction ?? Direction, baseline, BaselineDate, target, TargetDate, DataSource ?? "");
        foreach (var (field, message) in terms.Check(common is not null))
        {
            var key = $"Input.{field}";
            if (state.GetFieldValidationState(key) != ModelValidationState.Invalid) state.AddModelError(key, L[message]);
        }
        return state.IsValid ? terms : null;
    }

    internal static decimal? Number(IndicatorKind kind, string? text, string field, ModelStateDictionary state, IStringLocalizer L, string prefix = "Input")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (IndicatorValues.TryParse(kind, text, out var value, out var problem)) return value;
        state.AddModelError($"{prefix}.{field}", L[problem!]);
        return null;
    }
}

/// <summary>The measurement form as typed.</summary>
public sealed class MeasurementInput
{
    public DateOnly? Date { get; set; }
    public string? Value { get; set; }
    public string? Source { get; set; }
    public string? Comment { get; set; }

    public static MeasurementInput From(Measurement m, IndicatorKind kind) => new()
    {
        Date = m.Date, Value = IndicatorValues.Input(kind, m.Value), Source = m.Source, Comment = m.Comment,
    };

    /// <summary>The checked values, or null with every problem in the model state under "Measure.{field}".</summary>
    public (DateOnly Date, decimal Value)? Read(IndicatorKind kind, DateOnly today, ModelStateDictionary state, IStringLocalizer L)
    {
        const string prefix = "Measure";
        if (Date is null && state.GetFieldValidationState($"{prefix}.Date") != ModelValidationState.Invalid)
            state.AddModelError($"{prefix}.Date", L["Give the date of the measurement."]);
        else if (Date > today) state.AddModelError($"{prefix}.Date", L["A measurement cannot be dated in the future."]);
        decimal? value = null;
        if (string.IsNullOrWhiteSpace(Value)) state.AddModelError($"{prefix}.Value", L["Give the value."]);
        else value = IndicatorInput.Number(kind, Value, nameof(Value), state, L, prefix);
        if ((Source ?? "").Trim().Length > Measurement.SourceMax) state.AddModelError($"{prefix}.Source", L["The source can be at most 500 characters long."]);
        if ((Comment ?? "").Trim().Length > Measurement.CommentMax) state.AddModelError($"{prefix}.Comment", L["The comment can be at most 2,000 characters long."]);
        return state.IsValid && value is { } v && Date is { } d ? (d, v) : null;
    }
}
