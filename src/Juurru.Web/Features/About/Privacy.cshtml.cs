using Juurru.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Juurru.Features.About;

/// <summary>The privacy notice (GDPR articles 13 and 14): Juurru's own part in the translations, the controller's part by the administrator.</summary>
public sealed class PrivacyModel(SiteTexts texts, IOptions<Notifications.NotificationOptions> notifications) : PageModel
{
    public SiteTexts.Loaded Texts { get; private set; } = null!;
    public int NotificationDays => notifications.Value.KeepDays;

    public async Task OnGetAsync(CancellationToken ct) => Texts = await texts.LoadAsync(Cultures.Current, ct);
}
