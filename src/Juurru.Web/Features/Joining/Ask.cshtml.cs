using Juurru.Identity;
using Juurru.Localization;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Joining;

/// <summary>A signed-in person asks to join a project or an organisation, with a few words on who they are.</summary>
[Authorize]
public sealed class AskModel(JoinRequests requests, CurrentUser user, IStringLocalizer<SharedResource> L) : PageModel
{
    public JoinTarget Target { get; private set; } = null!;
    public bool IsMember { get; private set; }
    public bool HasAsked { get; private set; }

    [BindProperty] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken ct)
    {
        if (await FindAsync(kind, id, ct) is not { } target) return NotFound();
        Target = target;
        IsMember = await requests.IsMemberAsync(target, user.Id!, ct);
        HasAsked = await requests.PendingAsync(target, user.Id!, ct) is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int id, CancellationToken ct)
    {
        if (await FindAsync(kind, id, ct) is not { } target) return NotFound();
        Target = target;
        var message = Message?.Trim() ?? "";
        if (message.Length > JoinRequest.MaxMessageLength)
        {
            ModelState.AddModelError(nameof(Message), L["A text can be at most {0} characters long.", JoinRequest.MaxMessageLength]);
            return Page();
        }
        var (outcome, told) = await requests.AskAsync(target, user.Id!, user.Name, message, ct);
        TempData["Message"] = outcome switch
        {
            JoinRequests.Asked.AlreadyMember => L["You are already a member of {0}.", target.Name].Value,
            JoinRequests.Asked.AlreadyAsked => L["You have already asked to join {0}; the answer comes as a notification.", target.Name].Value,
            _ => L.Plural(told, "Your request was sent to {0} person who can accept it. The answer comes as a notification.",
                "Your request was sent to {0} people who can accept it. The answer comes as a notification."),
        };
        return Redirect($"/{Cultures.Current}/{target.Path}");
    }

    private Task<JoinTarget?> FindAsync(string kind, int id, CancellationToken ct) => kind switch
    {
        "projects" => requests.TargetAsync(JoinKind.Project, id, ct),
        "organisations" => requests.TargetAsync(JoinKind.Organisation, id, ct),
        _ => Task.FromResult<JoinTarget?>(null),
    };
}
