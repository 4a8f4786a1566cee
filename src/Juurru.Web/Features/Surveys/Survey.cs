using System.Security.Cryptography;

namespace Juurru.Features.Surveys;

public enum Anonymity
{
    /// <summary>No link between an invitation and the answers, no address stored.</summary>
    Anonymous,
    /// <summary>A stable respondent code pairs a person's answers across surveys (pre/post, follow-up) without names.</summary>
    Pseudonymous,
    /// <summary>The respondent's name is stored with the answers.</summary>
    Named,
}

/// <summary>A survey of a network (or of one of its projects): its definition, when it takes answers, and its open link.</summary>
public sealed class Survey : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Networks.Network? Network { get; set; }

    /// <summary>Set when the survey is a project's own (its members manage it); otherwise the network's coordinators do.</summary>
    public int? ProjectId { get; set; }
    public Projects.Project? Project { get; set; }

    /// <summary>The Finnish title, kept beside the definition for lists.</summary>
    public string Title { get; private set; } = "";
    public string DefinitionJson { get; private set; } = "";
    public Anonymity Anonymity { get; set; } = Anonymity.Anonymous;

    /// <summary>
    /// Anonymous surveys: a response keeps the respondent group its invitation came from, so the report can be read by
    /// group, but only for groups of at least five invitees (<see cref="ResponseRecord.Group"/>). Off by default.
    /// </summary>
    public bool ReportsByGroup { get; set; }

    /// <summary>The earlier survey this one follows up (pre → post): pseudonymous answers pair by respondent code.</summary>
    public int? PairedSurveyId { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }

    /// <summary>Invitees who have not answered are reminded automatically this many days before closing (null: not).</summary>
    public int? ReminderDaysBefore { get; set; }

    /// <summary>When the automatic reminder went out (it goes once).</summary>
    public DateTime? AutoRemindedAt { get; set; }

    /// <summary>The unguessable part of the open link /s/{key}.</summary>
    public string LinkKey { get; private set; } = NewKey();

    /// <summary>Set while the report is published: the unguessable part of its public address. Open answers are never public.</summary>
    public string? ReportKey { get; private set; }

    public void PublishReport() => ReportKey ??= NewKey();

    public void UnpublishReport() => ReportKey = null;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public SurveyDefinition Definition => _definition ??= SurveyFormat.FromStored(DefinitionJson);
    private SurveyDefinition? _definition;

    public void Define(SurveyDefinition definition)
    {
        var errors = SurveyFormat.Validate(definition);
        if (errors.Count > 0) throw new InvalidOperationException("An invalid definition cannot be stored.");
        DefinitionJson = SurveyFormat.ToJson(definition);
        Title = definition.Title.Fi.Trim();
        _definition = null;
    }

    public SurveyState StateAt(DateTime now) =>
        OpensAt is { } opens && now < opens ? SurveyState.NotYetOpen
        : ClosesAt is { } closes && now >= closes ? SurveyState.Closed
        : OpensAt is null ? SurveyState.Draft
        : SurveyState.Open;

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
