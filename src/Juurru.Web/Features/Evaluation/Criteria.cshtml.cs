using System.ComponentModel.DataAnnotations;
using Juurru.Data;
using Juurru.Features.Shared;
using Juurru.Identity;
using Juurru.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Evaluation;

/// <summary>A network's coordinators keep its two criteria sets (peer and expert). Rounds already started keep their own copy.</summary>
[Authorize]
public sealed class CriteriaModel(JuurruDbContext db, IAuthorizationService auth, RoundWork rounds, IStringLocalizer<SharedResource> L) : PageModel
{
    public Networks.Network Network { get; private set; } = null!;
    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    [BindProperty] public CriterionInput Input { get; set; } = new();

    public sealed class CriterionInput
    {
        public int? Id { get; set; }
        public EvaluationPhase Phase { get; set; }

        [Range(0, 1000, ErrorMessage = "Give a number between {1} and {2}.")]
        public int? SortOrder { get; set; }

        [Required(ErrorMessage = "Enter a name.")]
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
        [Display(Name = "Name in Finnish")]
        public string NameFi { get; set; } = "";
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
        public string? NameSv { get; set; }
        [StringLength(200, ErrorMessage = "The name can be at most {1} characters long.")]
        public string? NameEn { get; set; }

        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")]
        public string? DescriptionFi { get; set; }
        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")]
        public string? DescriptionSv { get; set; }
        [StringLength(2000, ErrorMessage = "A text can be at most {1} characters long.")]
        public string? DescriptionEn { get; set; }

        [Range(CriterionScale.Lowest, CriterionScale.Highest, ErrorMessage = "Give a number between {1} and {2}.")]
        public int Min { get; set; } = 1;
        [Range(CriterionScale.Lowest, CriterionScale.Highest, ErrorMessage = "Give a number between {1} and {2}.")]
        public int Max { get; set; } = 5;

        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MinLabelFi { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MinLabelSv { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MinLabelEn { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MaxLabelFi { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MaxLabelSv { get; set; }
        [StringLength(100, ErrorMessage = "A label can be at most {1} characters long.")]
        public string? MaxLabelEn { get; set; }

        public static CriterionInput From(Criterion c) => new()
        {
            Id = c.Id, Phase = c.Phase, SortOrder = c.SortOrder,
            NameFi = c.Name.Fi, NameSv = c.Name.Sv, NameEn = c.Name.En,
            DescriptionFi = c.Description.Fi, DescriptionSv = c.Description.Sv, DescriptionEn = c.Description.En,
            Min = c.Scale.Min, Max = c.Scale.Max,
            MinLabelFi = c.Scale.MinLabel.Fi, MinLabelSv = c.Scale.MinLabel.Sv, MinLabelEn = c.Scale.MinLabel.En,
            MaxLabelFi = c.Scale.MaxLabel.Fi, MaxLabelSv = c.Scale.MaxLabel.Sv, MaxLabelEn = c.Scale.MaxLabel.En,
        };

        public void ApplyTo(Criterion c)
        {
            c.Phase = Phase;
            c.Name = LocalizedText.Of(NameFi, NameSv ?? "", NameEn ?? "");
            c.Description = LocalizedText.Of(DescriptionFi ?? "", DescriptionSv ?? "", DescriptionEn ?? "");
            c.Scale = new CriterionScale
            {
                Min = Min, Max = Max,
                MinLabel = LocalizedText.Of(MinLabelFi ?? "", MinLabelSv ?? "", MinLabelEn ?? ""),
                MaxLabel = LocalizedText.Of(MaxLabelFi ?? "", MaxLabelSv ?? "", MaxLabelEn ?? ""),
            };
        }
    }

    public async Task<IActionResult> OnGetAsync(string slug, int? edit, EvaluationPhase? phase, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var criteria = await rounds.CriteriaAsync(Network.Id, ct);
        if (edit is { } id)
        {
            var criterion = criteria.SingleOrDefault(c => c.Id == id);
            if (criterion is null) return NotFound();
            Input = CriterionInput.From(criterion);
        }
        else
        {
            var scale = DefaultCriteria.DefaultScale();
            Input = CriterionInput.From(new Criterion { Phase = phase ?? EvaluationPhase.Peer, Scale = scale });
            Input.Id = null;
        }
        Criteria = criteria;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var criteria = await rounds.CriteriaAsync(Network.Id, ct);
        var criterion = Input.Id is { } id ? criteria.SingleOrDefault(c => c.Id == id) : null;
        if (Input.Id is not null && criterion is null) return NotFound();
        if (Input.Max - Input.Min < 1) ModelState.AddModelError("Input.Max", L["The highest value must be above the lowest."]);
        if (!ModelState.IsValid)
        {
            Criteria = criteria;
            return Page();
        }
        if (criterion is null)
        {
            criterion = new Criterion { NetworkId = Network.Id };
            db.Criteria.Add(criterion);
        }
        Input.ApplyTo(criterion);
        criterion.SortOrder = Input.SortOrder ?? (criteria.Where(c => c.Phase == Input.Phase).Select(c => c.SortOrder).DefaultIfEmpty(0).Max() + 1);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L["The criterion {0} was saved. Rounds started from now on use it.", criterion.Name.Fi].Value;
        return RedirectToPage(new { slug });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int id, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is { } refused) return refused;
        var deleted = await db.Criteria.Where(c => c.Id == id && c.NetworkId == Network.Id).ExecuteDeleteAsync(ct);
        if (deleted == 0) return NotFound();
        TempData["Message"] = L["The criterion was removed. Rounds already started keep their forms."].Value;
        return RedirectToPage(new { slug });
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        if (await this.RefuseUnlessAsync(auth, new Networks.NetworkAccess(network.Id), Networks.NetworkOperations.ManageEvaluation) is { } refused) return refused;
        Network = network;
        return null;
    }
}
