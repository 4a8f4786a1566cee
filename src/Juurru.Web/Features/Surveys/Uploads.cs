using Juurru.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Surveys;

/// <summary>
/// The text files the survey pages take (definitions, invitee lists, responses): given, within the size limit and of the
/// expected kind by name. What is in them is then read strictly by the file's own reader.
/// </summary>
public static class Uploads
{
    public static void Check(ModelStateDictionary state, IStringLocalizer<SharedResource> L, string field, IFormFile? file, long maxBytes,
        string choose, params string[] extensions)
    {
        if (file is null || file.Length == 0) state.AddModelError(field, L[choose]);
        else if (file.Length > maxBytes) state.AddModelError(field, L["The file is too large: at most {0} MB.", maxBytes / 1024 / 1024]);
        else if (!extensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            state.AddModelError(field, L["The file must be of the type {0}.", string.Join(", ", extensions)]);
    }
}
