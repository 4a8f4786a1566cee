using Juurru.Data;
using Juurru.Features.Surveys.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Juurru.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys;

/// <summary>A survey's definition and its report's figures as JSON, for those who manage the survey (the figures also for everyone once published).</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/surveys").WithTags("Surveys");
        group.MapGet("/{id:int}", GetAsync).WithName("GetSurvey")
            .WithSummary("The survey's definition (the import and export format), for those who manage it.");
        group.MapGet("/{id:int}/report", ReportAsync).WithName("GetSurveyReport")
            .WithSummary("The report's figures (n per question, counts and percentages, scale distributions with mean and deviation, NPS, number statistics, open answers), optionally of one group (filter=question:value or filter=group:{id}; groups under 5 suppressed; to the public only when no group of that division is under 5, and never by a multiple-choice answer); picked quotes under their questions. Public once the report is published, without the other open answers.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(int id, JuurruDbContext db, IAuthorizationService auth, HttpContext http, CancellationToken ct) =>
        await AllowedAsync(id, SurveyOperations.Read, db, auth, http, ct) is { } survey ? TypedResults.Content(survey.DefinitionJson, "application/json") : TypedResults.NotFound();

    /// <summary>For managers; for everyone once the report is published, then without the open answers.</summary>
    private static async Task<Results<Ok<ReportFigures>, NotFound>> ReportAsync(int id, string? filter, JuurruDbContext db, IAuthorizationService auth, HttpContext http, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (survey is null) return TypedResults.NotFound();
        var manages = (await auth.AuthorizeAsync(http.User, SurveyAccess.Of(survey), SurveyOperations.ViewReport)).Succeeded;
        if (!manages && survey.ReportKey is null) return TypedResults.NotFound();
        if (!manages && !string.IsNullOrEmpty(filter) && !await ReportQuery.PublicFilterAllowedAsync(db, survey, filter, ct))
            return TypedResults.Ok(new ReportFigures(survey.Id, survey.Definition.Title.In(Cultures.Current), 0, [], filter, Suppressed: true));
        var figures = await ReportQuery.LoadAsync(db, survey, Cultures.Current, ct, filter);
        if (!manages)
            figures = figures with { Sections = figures.Sections.Select(s => s with { Questions = s.Questions.Select(q => q with { Texts = null }).ToList() }).ToList() };
        return TypedResults.Ok(figures);
    }

    /// <summary>A survey the caller may not manage does not exist for them (404), as with drafts.</summary>
    private static async Task<Survey?> AllowedAsync(int id, OperationAuthorizationRequirement operation, JuurruDbContext db,
        IAuthorizationService auth, HttpContext http, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        return survey is not null && (await auth.AuthorizeAsync(http.User, SurveyAccess.Of(survey), operation)).Succeeded ? survey : null;
    }
}
