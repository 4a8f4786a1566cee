using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Practices;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Organisations;

public sealed class OrganisationForm
{
    public const int OtherNamesMaxLength = 1000;

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(300, ErrorMessage = "The name can be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(OtherNamesMaxLength, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Other names")]
    public string? OtherNames { get; set; }

    [Display(Name = "Type")]
    public OrganisationType Type { get; set; }

    [Display(Name = "Region")]
    public string? RegionCode { get; set; }

    [Display(Name = "Business ID")]
    public string? BusinessId { get; set; }

    [StringLength(500, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    /// <summary>The organisation's content when the form was opened (<see cref="Fingerprint"/>): a save over someone else's newer save is stopped.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Opened { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string Fingerprint => ContentFingerprint.Of(System.Text.Json.JsonSerializer.Serialize(this));

    public static OrganisationForm From(Organisation o)
    {
        var form = new OrganisationForm { Name = o.Name, OtherNames = o.OtherNames, Type = o.Type, RegionCode = o.Region?.Code, BusinessId = o.BusinessId, Website = o.Website };
        form.Opened = form.Fingerprint;
        return form;
    }

    /// <summary>Where two versions differ, field by field, as people read them.</summary>
    public static IReadOnlyList<ConflictRow> Differences(OrganisationForm saved, OrganisationForm yours, IReadOnlyList<Option<string>> regions, IStringLocalizer L)
    {
        (string, Func<OrganisationForm, string>)[] fields =
        [
            ("Name", f => f.Name.Trim()),
            ("Other names", f => f.OtherNames?.Trim() ?? ""),
            ("Type", f => L[OrganisationLabels.Type(f.Type)]),
            ("Region", f => regions.FirstOrDefault(r => r.Value == f.RegionCode)?.Name ?? ""),
            ("Business ID", f => f.BusinessId?.Trim() ?? ""),
            ("Website", f => f.Website?.Trim() ?? ""),
        ];
        return ConflictRow.Where(saved, yours, fields);
    }

    /// <summary>Checks the form against the rules and the register; applies it only when everything holds.</summary>
    public async Task<bool> TryApplyAsync(Organisation o, JuurruDbContext db, ModelStateDictionary state, IStringLocalizer L, CancellationToken ct)
    {
        var businessId = FormRows.Blank(BusinessId);
        if (businessId is not null && !Organisations.BusinessId.IsValid(businessId))
            state.AddModelError("Form.BusinessId", L["The business ID is not valid. It has the form 1234567-8."]);
        var website = FormRows.Blank(Website);
        if (website is not null && !FormRows.IsWebAddress(website))
            state.AddModelError("Form.Website", L["Give a web address that starts with https:// or http://."]);
        var normalized = TextKeys.Normalize(Name);
        if (await db.Organisations.AnyAsync(x => x.NormalizedName == normalized && x.Id != o.Id, ct))
            state.AddModelError("Form.Name", L["An organisation with this name already exists."]);
        var region = RegionCode is null ? null : await db.Regions.SingleOrDefaultAsync(r => r.Code == RegionCode, ct);
        if (RegionCode is not null && region is null) state.AddModelError("Form.RegionCode", L["Choose the region from the list."]);
        if (!Enum.IsDefined(Type)) state.AddModelError("Form.Type", L["Choose the type from the list."]);
        if (!state.IsValid) return false;

        o.Rename(Name, (OtherNames ?? "").Split('\n'));
        o.Type = Type;
        o.Region = region;
        o.RegionId = region?.Id;
        o.BusinessId = businessId;
        o.Website = website;
        return true;
    }
}
