using Juurru.Data;
using Juurru.Features.Search;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Practices;

public sealed class IndexModel(JuurruDbContext db, Identity.CurrentUser user, PracticeSearch search, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<JuurruOptions> options, Microsoft.Extensions.Localization.IStringLocalizer<Localization.SharedResource> L) : PageModel
{
    public bool CanDocument { get; private set; }

    public PracticeFilter Filter { get; private set; } = new();
    public IReadOnlyList<PracticeResultItem> Items { get; private set; } = [];
    public PracticeResults Results { get; private set; } = null!;
    public int Total => Results.Total;

    /// <summary>How many projects the same words find, offered as a link to the project registry.</summary>
    public int ProjectMatches { get; private set; }
    public FilterOptions Options { get; private set; } = null!;
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] PracticeFilter filter, CancellationToken ct)
    {
        Filter = filter;
        Results = await search.SearchAsync(db, filter, ct);
        Items = await PracticeResultItems.LoadAsync(db, search, Results, ct);
        if (!Results.Query.IsEmpty) ProjectMatches = (await search.MatchProjectsAsync(db, Results.CorrectedQuery ?? filter.Q, ct)).Ids.Count;
        Options = await FilterOptions.LoadAsync(db, Results.Facets, filter, ct);
        var scope = await user.GetScopeAsync(ct);
        CanDocument = scope.ProjectIds.Count > 0 || scope.IsCoordinator || scope.IsAdministrator;
        Pager = new Pager(filter.PageNumber, Pager.PageCount(Total, filter.Size), page => UrlFor("page", page.ToString()));
    }

    /// <summary>This list's newest published practices as an Atom feed (see <see cref="PracticeFeed"/>).</summary>
    public async Task<IActionResult> OnGetAtomAsync([FromQuery] PracticeFilter filter, CancellationToken ct)
    {
        Filter = filter;
        var (practices, results) = await PracticeFeed.NewestAsync(db, search, filter, ct);
        Results = results;
        Options = await FilterOptions.LoadAsync(db, results.Facets, filter, ct);
        var chosen = ActiveFilters(L).Select(a => $"{a.Label}: {a.Value}").ToList();
        var title = $"{L["Method bank"]} – Juurru{(chosen.Count > 0 ? " (" + string.Join(", ", chosen) + ")" : "")}";
        var site = options.Value;
        var atom = PracticeFeed.Write(title, site.Absolute(Request.Path + Request.QueryString), site.Absolute(FeedOf(null)), practices,
            id => site.Absolute(Url.Page("/Practices/Details", new { id })!), clock.GetUtcNow().UtcDateTime);
        return File(atom, PracticeFeed.ContentType);
    }

    /// <summary>The Atom feed of this list as it is filtered (any search, network, theme, organisation…); with null, the list itself.</summary>
    public string FeedOf(string? handler)
    {
        var values = Filter.ToQuery();
        values.Remove("page");
        values.Remove("sort");
        values.Remove("pageSize");
        if (handler is not null) values["handler"] = handler;
        return Pager.Link(Request, values!);
    }

    /// <summary>This list's address with one filter value changed (null removes it); paging restarts unless the page is what changes.</summary>
    public string UrlFor(string key, string? value)
    {
        var values = Filter.ToQuery(key, value);
        if (key != "page") values.Remove("page");
        return Pager.Link(Request, values!);
    }

    /// <summary>Active filters as (label, value, address without it), for the removable chips above the list.</summary>
    public IEnumerable<(string Label, string Value, string RemoveUrl)> ActiveFilters(Microsoft.Extensions.Localization.IStringLocalizer L)
    {
        string Name<T>(IEnumerable<Option<T>> options, T value) => options.FirstOrDefault(o => Equals(o.Value, value))?.Name ?? value?.ToString() ?? "";
        string Theme(int id) => Options.Themes.FirstOrDefault(t => t.Id == id)?.Label ?? id.ToString();
        if (!string.IsNullOrWhiteSpace(Filter.Q)) yield return (L["Words"], Filter.Q, UrlFor("q", null));
        if (Filter.Network is { } n) yield return (L["Network"], Name(Options.Networks, n), UrlFor("network", null));
        if (Filter.Theme is { } t) yield return (L["Theme"], Theme(t), UrlFor("theme", null));
        if (Filter.Subtheme is { } s) yield return (L["Subtheme"], Theme(s), UrlFor("subtheme", null));
        if (Filter.Kind is { } k) yield return (L["Kind"], L[k == PracticeKind.Model ? "Model" : "Good practice"], UrlFor("kind", null));
        if (Filter.Project is { } p) yield return (L["Project"], Name(Options.Projects, p), UrlFor("project", null));
        if (Filter.Organisation is { } o) yield return (L["Organisation"], Name(Options.Organisations, o), UrlFor("organisation", null));
        if (Filter.TargetGroup is { } g) yield return (L["Target group"], Name(Options.TargetGroups, g), UrlFor("targetGroup", null));
        if (Filter.Keyword is { } w) yield return (L["Keyword"], Name(Options.Keywords, w), UrlFor("keyword", null));
        if (Filter.Region is { } r) yield return (L["Region"], Name(Options.Regions, r), UrlFor("region", null));
        if (Filter.Year is { } y) yield return (L["Year"], y.ToString(), UrlFor("year", null));
        if (Filter.Language is { } l) yield return (L["Language"], LanguageName(L, l), UrlFor("language", null));
        if (Filter.Decision is { } d)
            yield return (L["Evaluation decision"], L[d switch { Evaluation.EvaluationDecision.Model => "Evaluated: model", Evaluation.EvaluationDecision.GoodPractice => "Evaluated: good practice", _ => "Evaluated: needs work" }], UrlFor("decision", null));
        if (Filter.Rooting is { } u)
            yield return (L["Still in use?"], L[u switch { Rooting.RootingStatus.InUse => "In use", Rooting.RootingStatus.TryingOut => "Being tried out", _ => "No longer in use" }], UrlFor("rooting", null));
    }

    /// <summary>An option's label with the number of results choosing it would give.</summary>
    public string Counted(string facet, string value, string name) => $"{name} ({Results.Facets.Count(facet, value)})";

    /// <summary>Options that would give results, and the chosen one even when it gives none.</summary>
    public bool Offer(string facet, string value, bool selected) => selected || Results.Facets.Count(facet, value) > 0;

    public static string LanguageName(Microsoft.Extensions.Localization.IStringLocalizer L, string code) => code switch
    {
        "fi" => L["Finnish"],
        "sv" => L["Swedish"],
        "en" => L["English"],
        _ => code,
    };
}
