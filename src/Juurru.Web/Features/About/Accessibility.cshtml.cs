using Juurru.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.About;

/// <summary>
/// The accessibility statement in the parts the Act on the Provision of Digital Services (306/2019) asks for:
/// compliance status, content that is not accessible, how it was assessed, feedback, and the supervisory authority.
/// </summary>
public sealed class AccessibilityModel(SiteTexts texts) : PageModel
{
    public SiteTexts.Loaded Texts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Texts = await texts.LoadAsync(Cultures.Current, ct);
}
