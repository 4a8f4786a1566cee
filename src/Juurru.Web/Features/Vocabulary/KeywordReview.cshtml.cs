using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Practices;
using Juurru.Localization;
using Juurru.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Juurru.Features.Vocabulary;

/// <summary>
/// A coordinator reviews the keywords proposed for the network's practices, a page of practices at a time: ticked
/// proposals become the practice's keywords, unticked ones are dropped, and the practice leaves the list.
/// </summary>
[Authorize]
public sealed class KeywordReviewModel(JuurruDbContext db, KeywordProposer proposer, IAuthorizationService auth,
    IStringLocalizer<SharedResource> L) : PageModel
{
    public const int PageSize = 15;

    public sealed record Item(int PracticeId, string Title, IReadOnlyList<string> Words);

    public Network Network { get; private set; } = null!;
    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int Waiting { get; private set; }
    public bool CanPropose => proposer.Available;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await RefusedAsync(slug, ct) ?? await ShowAsync(ct);

    /// <summary>Proposals for the practices of the network that have neither keywords nor proposals.</summary>
    public async Task<IActionResult> OnPostProposeAsync(string slug, CancellationToken ct)
    {
        if (await RefusedAsync(slug, ct) is { } refused) return refused;
        var count = await proposer.ProposeAsync(Network.Id, ct);
        TempData["Message"] = L.Plural(count, "Keywords were proposed for {0} practice.", "Keywords were proposed for {0} practices.").Value;
        return RedirectToPage(new { slug });
    }

    /// <param name="practiceIds">The practices the page showed: all their proposals are settled.</param>
    /// <param name="accept">"practiceId:word" of every ticked proposal.</param>
    public async Task<IActionResult> OnPostApplyAsync(string slug, List<int> practiceIds, List<string> accept, CancellationToken ct)
    {
        if (await RefusedAsync(slug, ct) is { } refused) return refused;
        // Only the network's own practices, whatever the form says.
        var practices = await db.Practices.Include(p => p.Keywords)
            .Where(p => practiceIds.Contains(p.Id) && p.NetworkId == Network.Id).ToListAsync(ct);
        var ids = practices.Select(p => p.Id).ToList();
        var proposals = await db.KeywordProposals.Where(k => ids.Contains(k.PracticeId)).ToListAsync(ct);
        var chosen = accept.Select(a => a.Split(':', 2)).Where(a => a.Length == 2 && int.TryParse(a[0], out _))
            .Select(a => (PracticeId: int.Parse(a[0]), Word: a[1])).ToHashSet();
        var words = proposals.Where(p => chosen.Contains((p.PracticeId, p.Word))).Select(p => p.Word).Distinct().ToList();
        var normalized = words.ToDictionary(w => w, TextKeys.Normalize);
        var keys = normalized.Values.ToList();
        var keywords = await db.Keywords.Where(k => keys.Contains(k.NormalizedName)).ToDictionaryAsync(k => k.NormalizedName, ct);
        var added = 0;
        foreach (var proposal in proposals.Where(p => chosen.Contains((p.PracticeId, p.Word))))
        {
            var key = normalized[proposal.Word];
            if (!keywords.TryGetValue(key, out var keyword)) db.Keywords.Add(keywords[key] = keyword = Keyword.Create(proposal.Word));
            var practice = practices.Single(p => p.Id == proposal.PracticeId);
            if (practice.Keywords.Contains(keyword)) continue;
            practice.Keywords.Add(keyword);
            added++;
        }
        db.KeywordProposals.RemoveRange(proposals);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = L.Plural(added, "{0} keyword was added; the rest of the proposals were dropped.", "{0} keywords were added; the rest of the proposals were dropped.").Value;
        return RedirectToPage(new { slug });
    }

    private async Task<IActionResult?> RefusedAsync(string slug, CancellationToken ct)
    {
        var network = await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, ct);
        if (network is null) return NotFound();
        Network = network;
        return await this.RefuseUnlessAsync(auth, new NetworkAccess(network.Id), NetworkOperations.ManageThemes);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var waiting = db.KeywordProposals.Where(k => db.Practices.Any(p => p.Id == k.PracticeId && p.NetworkId == Network.Id));
        Waiting = await waiting.Select(k => k.PracticeId).Distinct().CountAsync(ct);
        var page = await waiting.Select(k => k.PracticeId).Distinct().OrderBy(id => id).Take(PageSize).ToListAsync(ct);
        var proposals = await db.KeywordProposals.AsNoTracking().Where(k => page.Contains(k.PracticeId)).ToListAsync(ct);
        var titles = await db.Practices.Where(p => page.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        Items = page.Select(id => new Item(id, titles[id],
            proposals.Where(k => k.PracticeId == id).OrderByDescending(k => k.Score).ThenBy(k => k.Word, StringComparer.Ordinal).Select(k => k.Word).ToList())).ToList();
        return Page();
    }
}
