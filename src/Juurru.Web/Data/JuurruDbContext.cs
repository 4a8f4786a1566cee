using Juurru.Features.Evaluation;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Rooting.Adoptions;
using Juurru.Features.Rooting.FollowUps;
using Juurru.Features.Rooting.Indicators;
using Juurru.Features.Search;
using Juurru.Features.Surveys;
using Juurru.Features.Vocabulary;
using Juurru.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Juurru.Data;

/// <summary>
/// The one context of the application. Each provider has a subclass of its own
/// (<see cref="SqliteJuurruDbContext"/>, <see cref="PostgresJuurruDbContext"/>) only so that
/// each keeps its own migrations; everything else is here.
/// </summary>
public abstract class JuurruDbContext(DbContextOptions options) : IdentityDbContext<User>(options), IDataProtectionKeyContext
{
    /// <summary>Cookie and antiforgery keys, shared by every instance that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Network> Networks => Set<Network>();
    public DbSet<NetworkCoordinator> NetworkCoordinators => Set<NetworkCoordinator>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectPartner> ProjectPartners => Set<ProjectPartner>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Keyword> Keywords => Set<Keyword>();
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<EvaluationRound> EvaluationRounds => Set<EvaluationRound>();
    public DbSet<RoundPractice> RoundPractices => Set<RoundPractice>();
    public DbSet<RoundEvaluator> RoundEvaluators => Set<RoundEvaluator>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<RespondentGroup> RespondentGroups => Set<RespondentGroup>();
    public DbSet<Invitation> SurveyInvitations => Set<Invitation>();
    public DbSet<RespondentCodeKey> RespondentCodeKeys => Set<RespondentCodeKey>();
    public DbSet<FeaturedQuote> FeaturedQuotes => Set<FeaturedQuote>();
    public DbSet<SurveyFile> SurveyFiles => Set<SurveyFile>();
    public DbSet<SurveyHistoryEntry> SurveyHistory => Set<SurveyHistoryEntry>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<IndicatorRevision> IndicatorRevisions => Set<IndicatorRevision>();
    public DbSet<CommonIndicator> CommonIndicators => Set<CommonIndicator>();
    public DbSet<Adoption> Adoptions => Set<Adoption>();
    public DbSet<AdoptionEvent> AdoptionEvents => Set<AdoptionEvent>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<FollowUpRecipient> FollowUpRecipients => Set<FollowUpRecipient>();
    public DbSet<FollowUpAnswer> FollowUpAnswers => Set<FollowUpAnswer>();
    public DbSet<Features.Notifications.Notification> Notifications => Set<Features.Notifications.Notification>();
    public DbSet<Features.Notifications.NotificationOptOut> NotificationOptOuts => Set<Features.Notifications.NotificationOptOut>();
    public DbSet<Features.Joining.JoinRequest> JoinRequests => Set<Features.Joining.JoinRequest>();
    public DbSet<Features.About.SiteText> SiteTexts => Set<Features.About.SiteText>();
    public DbSet<KeywordProposal> KeywordProposals => Set<KeywordProposal>();
    public DbSet<Features.Events.Event> Events => Set<Features.Events.Event>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(JuurruDbContext).Assembly);
        Versions.Configure(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Every DateTime is UTC: PostgreSQL's timestamptz insists, SQLite forgets the kind.
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves, and updates the search index for what changed in the same transaction, so the two never disagree.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Versions.Bump(ChangeTracker);
        var indexer = SearchIndexer;
        var changes = indexer is null ? null : SearchChanges.Collect(ChangeTracker);
        if (indexer is null || changes is null || changes.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await indexer.ApplyAsync(this, changes, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The application's indexer when the context comes from its container (not at design time).</summary>
    private SearchIndexer? SearchIndexer =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<SearchIndexer>();

}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
