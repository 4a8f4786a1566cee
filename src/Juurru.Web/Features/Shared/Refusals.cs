using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juurru.Features.Shared;

/// <summary>The one way a page turns a rights check into an answer.</summary>
public static class Refusals
{
    /// <summary>
    /// Null when the user may do <paramref name="operation"/> with <paramref name="resource"/>. Otherwise 403 if they may
    /// at least see it (<paramref name="visibleWith"/>; without it, seeing is not secret), or 404 if they may not even
    /// learn that it exists.
    /// </summary>
    public static async Task<IActionResult?> RefuseUnlessAsync(this PageModel page, IAuthorizationService auth, object resource,
        OperationAuthorizationRequirement operation, OperationAuthorizationRequirement? visibleWith = null)
    {
        if ((await auth.AuthorizeAsync(page.User, resource, operation)).Succeeded) return null;
        if (visibleWith is null || (await auth.AuthorizeAsync(page.User, resource, visibleWith)).Succeeded) return page.Forbid();
        return page.NotFound();
    }
}
