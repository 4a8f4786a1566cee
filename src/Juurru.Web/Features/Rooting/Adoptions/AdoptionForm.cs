using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Rooting.Adoptions;

/// <summary>The adoption form as typed; the month it started is text ("3/2024", "2024-03") until read.</summary>
public sealed class AdoptionInput
{
    public int? OrganisationId { get; set; }
    public AdoptionStatus Status { get; set; } = AdoptionStatus.InUse;
    public string? StopReason { get; set; }
    public string? Since { get; set; }
    public AdoptionScope Scope { get; set; } = AdoptionScope.WholeOrganisation;
    public string? ScopeDetail { get; set; }
    public string? Adaptation { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string ContactLanguage { get; set; } = "fi";
    public bool ContactPublic { get; set; }

    public static AdoptionInput From(Adoption a) => new()
    {
        OrganisationId = a.OrganisationId, Status = a.Status, StopReason = a.StopReason, Since = a.Since?.ToString("M'/'yyyy", CultureInfo.InvariantCulture),
        Scope = a.Scope, ScopeDetail = a.ScopeDetail, Adaptation = a.Adaptation, ContactName = a.ContactName, ContactEmail = a.ContactEmail,
        ContactLanguage = a.ContactLanguage, ContactPublic = a.ContactPublic,
    };

    /// <summary>The terms, or null with every problem in the model state under "Input.{field}".</summary>
    public AdoptionTerms? Read(DateOnly today, ModelStateDictionary state, IStringLocalizer L)
    {
        DateOnly? since = null;
        if (!string.IsNullOrWhiteSpace(Since))
        {
            if (ReadMonth(Since) is { } month) since = month;
            else state.AddModelError("Input.Since", L["Give the month as 3/2024."]);
        }
        var terms = new AdoptionTerms(since, Scope, ScopeDetail ?? "", Status, StopReason ?? "", Adaptation ?? "", ContactName ?? "",
            ContactEmail ?? "", ContactLanguage, ContactPublic);
        foreach (var (field, message) in terms.Check(today))
        {
            var key = $"Input.{field}";
            if (state.GetFieldValidationState(key) != ModelValidationState.Invalid) state.AddModelError(key, L[message]);
        }
        return state.IsValid ? terms : null;
    }

    /// <summary>A month as people write it: 3/2024, 03/2024, 3.2024 or 2024-03.</summary>
    public static DateOnly? ReadMonth(string text)
    {
        var t = text.Trim();
        foreach (var format in new[] { "M/yyyy", "MM/yyyy", "M.yyyy", "MM.yyyy", "yyyy-MM" })
        {
            if (DateOnly.TryParseExact(t, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year >= 1990) return month;
        }
        return null;
    }
}
