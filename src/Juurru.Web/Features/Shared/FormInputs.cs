using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Shared;

/// <summary>One row of a contact list in a form; an empty row is ignored.</summary>
public sealed class ContactInput
{
    [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Role")]
    public string? Role { get; set; }

    [EmailAddress(ErrorMessage = "Give a valid email address.")]
    [StringLength(256, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(50, ErrorMessage = "A text can be at most {1} characters long.")]
    [RegularExpression(@"^[+0-9 ()\-]*$", ErrorMessage = "A phone number has only digits, spaces and + ( ) -.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role)
                           && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}

/// <summary>One row of a link list in a form; an empty row is ignored.</summary>
public sealed class LinkInput
{
    [StringLength(200, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Link text")]
    public string? Title { get; set; }

    [StringLength(1_000, ErrorMessage = "A text can be at most {1} characters long.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }
}

/// <summary>Checks and converts the contact and link rows that the practice and project forms share.</summary>
public static class FormRows
{
    public static void Validate(List<ContactInput> contacts, List<LinkInput> links, ModelStateDictionary state, string prefix, IStringLocalizer L)
    {
        for (var i = 0; i < contacts.Count; i++)
        {
            if (!contacts[i].IsEmpty && string.IsNullOrWhiteSpace(contacts[i].Name))
                state.AddModelError($"{prefix}.Contacts[{i}].Name", L["Give the contact person's name."]);
        }
        for (var i = 0; i < links.Count; i++)
        {
            var l = links[i];
            if (string.IsNullOrWhiteSpace(l.Url) && string.IsNullOrWhiteSpace(l.Title)) continue;
            if (!IsWebAddress(l.Url))
                state.AddModelError($"{prefix}.Links[{i}].Url", L["Give a web address that starts with https:// or http://."]);
        }
    }

    /// <summary>Blank rows so that contacts and links can be added without JavaScript.</summary>
    public static void AddBlankRows(List<ContactInput> contacts, List<LinkInput> links)
    {
        while (contacts.Count < 2 || !contacts[^1].IsEmpty) contacts.Add(new ContactInput());
        while (links.Count < 2 || !string.IsNullOrWhiteSpace(links[^1].Url) || !string.IsNullOrWhiteSpace(links[^1].Title)) links.Add(new LinkInput());
    }

    public static List<ContactInput> From(IEnumerable<ContactPerson> contacts) =>
        contacts.Select(c => new ContactInput { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone }).ToList();

    public static List<LinkInput> From(IEnumerable<WebLink> links) =>
        links.Select(l => new LinkInput { Title = l.Title, Url = l.Url }).ToList();

    public static List<ContactPerson> ToContacts(IEnumerable<ContactInput> rows) =>
        rows.Where(c => !c.IsEmpty).Select(c => new ContactPerson
        {
            Name = c.Name!.Trim(), Role = Blank(c.Role), Email = Blank(c.Email), Phone = Blank(c.Phone),
        }).ToList();

    public static List<WebLink> ToLinks(IEnumerable<LinkInput> rows) =>
        rows.Where(l => !string.IsNullOrWhiteSpace(l.Url)).Select(l => new WebLink { Title = l.Title?.Trim() ?? "", Url = l.Url!.Trim() }).ToList();

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>An absolute http or https address: the only kind of link the site shows.</summary>
    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
