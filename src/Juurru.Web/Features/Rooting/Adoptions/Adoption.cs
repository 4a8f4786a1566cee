using System.Security.Cryptography;

namespace Juurru.Features.Rooting.Adoptions;

public enum AdoptionStatus
{
    /// <summary>Being tried out: not yet part of how the organisation works.</summary>
    TryingOut,
    InUse,
    /// <summary>No longer in use; the reason is kept.</summary>
    Stopped,
}

/// <summary>How widely the organisation uses the practice.</summary>
public enum AdoptionScope
{
    /// <summary>One unit, team or campus.</summary>
    Unit,
    WholeOrganisation,
    /// <summary>Across a region, with other organisations.</summary>
    Region,
}

/// <summary>Where a change of an adoption came from.</summary>
public enum AdoptionSource
{
    /// <summary>A member of the organisation (or a coordinator) on the practice page.</summary>
    Member,
    /// <summary>The adoption's contact through the confirmation link.</summary>
    Contact,
    /// <summary>An answer to the rooting follow-up survey.</summary>
    FollowUp,
}

/// <summary>
/// An organisation has taken a practice into use (käyttöönotto): since when, how widely, who to ask, and whether it is
/// still in use. Every change of status, and every confirmation that nothing changed, is kept with its date and source,
/// so "in use, confirmed 5/2026" can always be traced.
/// </summary>
public sealed class Adoption : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public const int DetailMax = 200, ReasonMax = 2_000, NameMax = 200, EmailMax = 256;

    /// <summary>An adoption is due for confirmation this many months after it was last confirmed.</summary>
    public const int ConfirmEveryMonths = 12;

    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practices.Practice? Practice { get; set; }
    public int OrganisationId { get; set; }
    public Organisations.Organisation? Organisation { get; set; }

    /// <summary>The month it was taken into use (kept as the first day of the month).</summary>
    public DateOnly? Since { get; private set; }

    /// <summary>The year it began: of <see cref="Since"/>, or of the record when the month is not known (the dashboard counts by it).</summary>
    public int StartYear { get; private set; }
    public AdoptionScope Scope { get; private set; }

    /// <summary>Which unit or region, in the organisation's own words.</summary>
    public string ScopeDetail { get; private set; } = "";
    public AdoptionStatus Status { get; private set; }
    public string StopReason { get; private set; } = "";

    /// <summary>How the organisation changed the practice to fit (sustained practices are adapted ones).</summary>
    public string Adaptation { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    /// <summary>Best a role address (opinto-ohjaus@…): people move on in the years a follow-up spans.</summary>
    public string ContactEmail { get; private set; } = "";
    public string ContactLanguage { get; private set; } = "fi";

    /// <summary>Whether visitors see the contact on the practice page; otherwise it is used only for confirmations.</summary>
    public bool ContactPublic { get; private set; }

    /// <summary>When the status was last confirmed (by a change, a confirmation or a follow-up answer).</summary>
    public DateTime ConfirmedAt { get; private set; }
    public AdoptionSource ConfirmedBy { get; private set; }

    /// <summary>When the contact was last asked to confirm; a request goes once per confirmation period.</summary>
    public DateTime? ConfirmationRequestedAt { get; set; }

    /// <summary>The unguessable part of the contact's confirmation link.</summary>
    public string Token { get; private set; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public DateTime CreatedAt { get; private set; }
    public List<AdoptionEvent> Events { get; set; } = [];

    public static Adoption Record(int practiceId, int organisationId, AdoptionTerms terms, AdoptionSource source, string userName, DateTime now)
    {
        var adoption = new Adoption { PracticeId = practiceId, OrganisationId = organisationId, CreatedAt = now };
        adoption.Apply(terms, source, userName, now);
        return adoption;
    }

    /// <summary>Sets what the terms say; the status (and stop reason) is also an event of the history.</summary>
    public void Apply(AdoptionTerms terms, AdoptionSource source, string userName, DateTime now)
    {
        if (terms.Check(DateOnly.FromDateTime(now)).Count > 0) throw new InvalidOperationException("Invalid adoption terms cannot be stored.");
        Since = terms.Since is { } s ? new DateOnly(s.Year, s.Month, 1) : null;
        StartYear = Since?.Year ?? CreatedAt.Year;
        (Scope, ScopeDetail, Adaptation) = (terms.Scope, terms.ScopeDetail.Trim(), terms.Adaptation.Trim());
        (ContactName, ContactEmail, ContactLanguage, ContactPublic) = (terms.ContactName.Trim(), terms.ContactEmail.Trim(), terms.ContactLanguage, terms.ContactPublic);
        Report(terms.Status, terms.StopReason, source, userName, now);
    }

    /// <summary>The status as someone reports it now: a confirmation when it did not change, a change otherwise.</summary>
    public void Report(AdoptionStatus status, string stopReason, AdoptionSource source, string userName, DateTime now, string note = "")
    {
        if (status == AdoptionStatus.Stopped && string.IsNullOrWhiteSpace(stopReason)) throw new InvalidOperationException("A stopped adoption needs its reason.");
        // The first report, or another status than before (the events need not be loaded to know).
        var changed = ConfirmedAt == default || status != Status;
        Status = status;
        StopReason = status == AdoptionStatus.Stopped ? stopReason.Trim() : "";
        ConfirmedAt = now;
        ConfirmedBy = source;
        Events.Add(new AdoptionEvent
        {
            At = now, Status = status, Changed = changed, Source = source, UserName = userName,
            Note = status == AdoptionStatus.Stopped ? StopReason : note.Trim(),
        });
    }

    /// <summary>Still in use (or being tried) and not confirmed for <see cref="ConfirmEveryMonths"/> months.</summary>
    public bool IsDueForConfirmation(DateTime now) => Status != AdoptionStatus.Stopped && ConfirmedAt.AddMonths(ConfirmEveryMonths) <= now;

    /// <summary>Due, and the contact has not been asked since the last confirmation.</summary>
    public bool ShouldAskContact(DateTime now) =>
        IsDueForConfirmation(now) && ContactEmail.Length > 0 && (ConfirmationRequestedAt is null || ConfirmationRequestedAt <= ConfirmedAt);
}

/// <summary>What a member types when recording or updating an adoption; <see cref="Check"/> names every problem by field.</summary>
public sealed record AdoptionTerms(DateOnly? Since, AdoptionScope Scope, string ScopeDetail, AdoptionStatus Status, string StopReason,
    string Adaptation, string ContactName, string ContactEmail, string ContactLanguage, bool ContactPublic)
{
    public IReadOnlyList<(string Field, string Message)> Check(DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (Since is { } since && new DateOnly(since.Year, since.Month, 1) > today) errors.Add((nameof(Since), "The start cannot be in the future."));
        if (!Enum.IsDefined(Scope)) errors.Add((nameof(Scope), "Choose one of the choices."));
        if (!Enum.IsDefined(Status)) errors.Add((nameof(Status), "Choose one of the choices."));
        if (Status == AdoptionStatus.Stopped && string.IsNullOrWhiteSpace(StopReason)) errors.Add((nameof(StopReason), "Tell why it is no longer in use."));
        if (ScopeDetail.Trim().Length > Adoption.DetailMax) errors.Add((nameof(ScopeDetail), "A text can be at most 200 characters long."));
        if (StopReason.Trim().Length > Adoption.ReasonMax) errors.Add((nameof(StopReason), "A text can be at most 2,000 characters long."));
        if (Adaptation.Trim().Length > Adoption.ReasonMax) errors.Add((nameof(Adaptation), "A text can be at most 2,000 characters long."));
        if (ContactName.Trim().Length > Adoption.NameMax) errors.Add((nameof(ContactName), "A text can be at most 200 characters long."));
        if (string.IsNullOrWhiteSpace(ContactEmail)) errors.Add((nameof(ContactEmail), "Give an address where the organisation can be asked later whether the practice is still in use."));
        else if (!System.Net.Mail.MailAddress.TryCreate(ContactEmail.Trim(), out var address) || address.Address != ContactEmail.Trim() || ContactEmail.Length > Adoption.EmailMax)
            errors.Add((nameof(ContactEmail), "Give a valid email address."));
        if (!Localization.Cultures.IsSupported(ContactLanguage)) errors.Add((nameof(ContactLanguage), "Choose one of the choices."));
        return errors;
    }
}

/// <summary>One report of an adoption's status: a change, or a confirmation that it still holds.</summary>
public sealed class AdoptionEvent
{
    public int Id { get; set; }
    public int AdoptionId { get; set; }
    public DateTime At { get; set; }
    public AdoptionStatus Status { get; set; }

    /// <summary>False for a confirmation of the status it already had.</summary>
    public bool Changed { get; set; }
    public AdoptionSource Source { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>The reason for stopping, or what the reporter added.</summary>
    public string Note { get; set; } = "";
}
