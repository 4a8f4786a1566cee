using Juurru.Data;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Projects;
using Juurru.Features.Rooting;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;

namespace Juurru.Features.Practices;

public enum PracticeKind
{
    /// <summary>malli: piloted and documented well enough to be adopted nationally from its description.</summary>
    Model,
    /// <summary>hyvä käytäntö: a local application, possibly of a model.</summary>
    GoodPractice,
}

public enum PracticeStatus
{
    Draft,
    Submitted,
    Published,
    Archived,
}

/// <summary>The fields of the method bank's template; used in rule messages and revision history.</summary>
public enum PracticeField
{
    Title,
    Summary,
    GoalAndTargetGroup,
    ContentAndActions,
    StaffInduction,
    Marketing,
    Materials,
    Resources,
    ResultsAndIndicators,
    Contacts,
    Links,
    Projects,
    Themes,
    Organisations,
    Keywords,
    TargetGroups,
    Regions,
    Language,
    Kind,
    Model,
    Year,
}

/// <summary>A model or good practice of the method bank, with its lifecycle and history.</summary>
public sealed class Practice : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public const int SummaryMaxLength = 1_000;

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public PracticeKind Kind { get; set; } = PracticeKind.GoodPractice;
    public PracticeStatus Status { get; private set; } = PracticeStatus.Draft;

    public string Title { get; private set; } = "";
    public string SortKey { get; private set; } = "";

    /// <summary>A few sentences shown in lists; plain text.</summary>
    public string Summary { get; set; } = "";

    // The template's long texts, Markdown.
    public string GoalAndTargetGroup { get; set; } = "";
    public string ContentAndActions { get; set; } = "";
    public string StaffInduction { get; set; } = "";
    public string Marketing { get; set; } = "";
    public string Materials { get; set; } = "";
    public string Resources { get; set; } = "";
    public string ResultsAndIndicators { get; set; } = "";
    public List<ContactPerson> Contacts { get; set; } = [];
    public List<WebLink> Links { get; set; } = [];

    /// <summary>Content language: fi, sv or en.</summary>
    public string Language { get; set; } = "fi";

    /// <summary>The year the practice came out of its project.</summary>
    public int? Year { get; set; }

    /// <summary>The coordination period in which a network collected it, e.g. "Zoomi 1.5.2019–31.12.2021".</summary>
    public string? CollectionPeriod { get; set; }

    /// <summary>For a good practice: the model it applies.</summary>
    public int? ModelId { get; private set; }
    public Practice? Model { get; private set; }
    public List<Practice> Applications { get; set; } = [];

    public List<Project> Projects { get; set; } = [];
    public List<Organisation> Organisations { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];
    public List<Keyword> Keywords { get; set; } = [];
    public List<TargetGroup> TargetGroups { get; set; } = [];
    public List<Region> Regions { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
    public List<PracticeRevision> Revisions { get; set; } = [];

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? PublishedAt { get; private set; }

    /// <summary>The network's latest evaluation decision (see Features/Evaluation); null until a round has decided.</summary>
    public Evaluation.EvaluationDecision? Decision { get; private set; }
    public int? DecisionRoundId { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    /// <summary>Whether it is still in use, summed up from its adoptions (see Features/Rooting); kept here for lists, facets and the API.</summary>
    public RootingStatus Rooting { get; private set; }
    public int RootingOrganisations { get; private set; }
    public DateTime? RootingConfirmedAt { get; private set; }

    /// <summary>Set on practices created by an import, so that a second run finds them again.</summary>
    public string? ImportKey { get; set; }

    /// <summary>Fingerprint of the content as last imported; an import only overwrites content nobody has edited since.</summary>
    public string? ImportHash { get; set; }

    public void Retitle(string title)
    {
        Title = title.Trim();
        SortKey = TextKeys.SortKey(Title);
    }

    /// <summary>Template fields still empty; a submission needs them all.</summary>
    public IReadOnlyList<PracticeField> MissingForSubmission()
    {
        var missing = new List<PracticeField>();
        if (string.IsNullOrWhiteSpace(Title)) missing.Add(PracticeField.Title);
        if (string.IsNullOrWhiteSpace(Summary)) missing.Add(PracticeField.Summary);
        if (string.IsNullOrWhiteSpace(GoalAndTargetGroup)) missing.Add(PracticeField.GoalAndTargetGroup);
        if (string.IsNullOrWhiteSpace(ContentAndActions)) missing.Add(PracticeField.ContentAndActions);
        if (Kind == PracticeKind.Model)
        {
            // A model must be adoptable from its description alone (the report's definition).
            if (string.IsNullOrWhiteSpace(StaffInduction) && string.IsNullOrWhiteSpace(Materials)) missing.Add(PracticeField.Materials);
            if (string.IsNullOrWhiteSpace(Resources)) missing.Add(PracticeField.Resources);
            if (string.IsNullOrWhiteSpace(ResultsAndIndicators)) missing.Add(PracticeField.ResultsAndIndicators);
        }
        if (Contacts.Count == 0) missing.Add(PracticeField.Contacts);
        if (Projects.Count == 0) missing.Add(PracticeField.Projects);
        if (Themes.Count == 0) missing.Add(PracticeField.Themes);
        return missing;
    }

    public void Submit()
    {
        Require(Status == PracticeStatus.Draft, "Only a draft can be submitted.");
        RequireComplete();
        Status = PracticeStatus.Submitted;
    }

    /// <summary>A coordinator publishes a submitted practice, or a draft they have completed themselves.</summary>
    public void Publish(DateTime now)
    {
        Require(Status is PracticeStatus.Draft or PracticeStatus.Submitted, "Only a draft or a submitted practice can be published.");
        RequireComplete();
        Status = PracticeStatus.Published;
        PublishedAt ??= now;
    }

    /// <summary>Imported practices come from a published report: they carry only what the report gives.</summary>
    public void PublishImported(DateTime now)
    {
        Require(Projects.Count > 0, "A practice needs a project.");
        Status = PracticeStatus.Published;
        PublishedAt ??= now;
    }

    public void ReturnToDraft()
    {
        Require(Status == PracticeStatus.Submitted, "Only a submitted practice can be returned.");
        Status = PracticeStatus.Draft;
    }

    public void Archive()
    {
        Require(Status == PracticeStatus.Published, "Only a published practice can be archived.");
        Status = PracticeStatus.Archived;
    }

    public void Restore()
    {
        Require(Status == PracticeStatus.Archived, "Only an archived practice can be restored.");
        Status = PracticeStatus.Published;
    }

    /// <summary>Links a good practice to the model it applies, or clears the link.</summary>
    public void ApplyModel(Practice? model)
    {
        if (model is null)
        {
            ModelId = null;
            Model = null;
            return;
        }
        Require(Kind == PracticeKind.GoodPractice, "Only a good practice can apply a model.");
        Require(model.Kind == PracticeKind.Model, "The practice applied must be a model.");
        Require(!ReferenceEquals(model, this) && (Id == 0 || model.Id != Id), "A practice cannot apply itself.");
        Model = model;
        if (model.Id != 0) ModelId = model.Id; // a model not saved yet gets its key through the navigation
    }

    /// <summary>
    /// A closed evaluation round's decision. A practice judged a model becomes one (a model applies no other model);
    /// one judged a good practice stops being a model unless other practices already apply it.
    /// Returns the field changes, for the history.
    /// </summary>
    public IReadOnlyList<FieldChange> RecordDecision(Evaluation.EvaluationDecision decision, int roundId, DateTime now, bool hasApplications)
    {
        var changes = new List<FieldChange>();
        var kind = decision switch
        {
            Evaluation.EvaluationDecision.Model => PracticeKind.Model,
            Evaluation.EvaluationDecision.GoodPractice when !hasApplications => PracticeKind.GoodPractice,
            _ => Kind,
        };
        if (kind != Kind)
        {
            changes.Add(new FieldChange(PracticeField.Kind, Kind.ToString(), kind.ToString()));
            Kind = kind;
        }
        if (Kind == PracticeKind.Model && (ModelId is not null || Model is not null))
        {
            changes.Add(new FieldChange(PracticeField.Model, Model?.Title ?? ModelId?.ToString() ?? "", ""));
            ApplyModel(null);
        }
        Decision = decision;
        DecisionRoundId = roundId;
        DecidedAt = now;
        return changes;
    }

    /// <summary>The summary of the adoptions as they now stand; true when it changed.</summary>
    public bool RecordRooting(RootingSummary summary)
    {
        if (summary == new RootingSummary(Rooting, RootingOrganisations, RootingConfirmedAt)) return false;
        (Rooting, RootingOrganisations, RootingConfirmedAt) = (summary.Status, summary.Organisations, summary.ConfirmedAt);
        return true;
    }

    public void AddRevision(RevisionAction action, string? userId, string userName, IReadOnlyList<FieldChange> changes, DateTime now, string? note = null) =>
        Revisions.Add(PracticeRevision.Create(this, action, userId, userName, changes, now, note));

    private void RequireComplete()
    {
        var missing = MissingForSubmission();
        if (missing.Count > 0) throw new PracticeIncompleteException(missing);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new PracticeRuleException(message);
    }
}

/// <summary>A rule of the practice lifecycle was broken; the message is an English key for the localizer.</summary>
public class PracticeRuleException(string message) : InvalidOperationException(message);

public sealed class PracticeIncompleteException(IReadOnlyList<PracticeField> missing)
    : PracticeRuleException("Fill in the template before submitting.")
{
    public IReadOnlyList<PracticeField> Missing { get; } = missing;
}
