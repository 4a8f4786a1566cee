using Juurru.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Reports;

/// <summary>One open question's answers, narrowed by a text filter; the survey's managers pick the quotes the report features.</summary>
[Authorize]
public sealed class OpenAnswersModel(JuurruDbContext db, IAuthorizationService auth, TimeProvider clock) : PageModel
{
    public const int MaxShown = 500;

    public sealed record Row(long ResponseId, string Text, bool Featured);

    public Survey Survey { get; private set; } = null!;
    public QuestionDefinition Question { get; private set; } = null!;
    public string? Filter { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Matching { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string question, string? q, CancellationToken ct)
    {
        if (await LoadAsync(id, question, ct) is { } refused) return refused;
        Filter = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var featured = (await db.FeaturedQuotes.Where(f => f.SurveyId == id && f.QuestionKey == question).Select(f => f.ResponseId).ToListAsync(ct)).ToHashSet();
        var reader = new Answers.Reader();
        var rows = new List<Row>();
        await foreach (var r in db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id && r.Status == ResponseStatus.Submitted)
                           .OrderBy(r => r.Id).Select(r => new { r.Id, r.AnswersJson }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var text = reader.Read(r.AnswersJson).Single(question);
            if (string.IsNullOrWhiteSpace(text) || (Filter is not null && !text.Contains(Filter, StringComparison.CurrentCultureIgnoreCase))) continue;
            Matching++;
            if (rows.Count < MaxShown) rows.Add(new Row(r.Id, text, featured.Contains(r.Id)));
        }
        Rows = rows;
        return Page();
    }

    public async Task<IActionResult> OnPostFeatureAsync(int id, string question, long response, bool feature, string? q, CancellationToken ct)
    {
        if (await LoadAsync(id, question, ct) is { } refused) return refused;
        var answer = await db.SurveyResponses.AsNoTracking().Where(r => r.Id == response && r.SurveyId == id && r.Status == ResponseStatus.Submitted)
            .Select(r => r.AnswersJson).SingleOrDefaultAsync(ct);
        if (answer is null || string.IsNullOrWhiteSpace(Answers.FromJson(answer).Single(question))) return NotFound();
        var existing = await db.FeaturedQuotes.SingleOrDefaultAsync(f => f.SurveyId == id && f.ResponseId == response && f.QuestionKey == question, ct);
        if (feature && existing is null)
            db.FeaturedQuotes.Add(new FeaturedQuote { SurveyId = id, ResponseId = response, QuestionKey = question, CreatedAt = clock.GetUtcNow().UtcDateTime });
        if (!feature && existing is not null) db.FeaturedQuotes.Remove(existing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (feature)
        {
            // Picked twice at once: it is featured either way.
        }
        return Redirect(Url.Page("/Surveys/Reports/OpenAnswers", new { id, question, q })! + $"#r{response}");
    }

    private async Task<IActionResult?> LoadAsync(int id, string question, CancellationToken ct)
    {
        var (survey, refusal) = await this.FindAsync(db, auth, id, SurveyOperations.ViewResponses, ct);
        if (survey is null) return refusal;
        if (survey.Definition.Question(question) is not { Type: QuestionType.ShortText or QuestionType.LongText } q) return NotFound();
        Survey = survey;
        Question = q;
        return null;
    }
}
