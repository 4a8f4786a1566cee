using Juurru.Features.Shared;
using Juurru.Features.Practices;

namespace Juurru.Features.Evaluation;

public enum RoundStatus
{
    Open,
    Closed,
}

/// <summary>The network's verdict on a practice at the end of a round.</summary>
public enum EvaluationDecision
{
    /// <summary>malli: ready to be adopted nationally from its description.</summary>
    Model,
    /// <summary>hyvä käytäntö: worth sharing, a local application.</summary>
    GoodPractice,
    /// <summary>needs more work before the network recommends it.</summary>
    NeedsWork,
}

/// <summary>
/// One evaluation round of a network: the practices it evaluates, the criteria it uses (copied when it starts),
/// its evaluators and their forms, and at the end a decision per practice.
/// </summary>
public sealed class EvaluationRound : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Networks.Network? Network { get; set; }
    public string Name { get; set; } = "";

    /// <summary>What the coordinator tells the evaluators: the workshop's date and place, what to focus on. Markdown.</summary>
    public string Instructions { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public RoundStatus Status { get; private set; } = RoundStatus.Open;
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; private set; }

    public List<RoundCriterion> Criteria { get; set; } = [];
    public List<RoundPractice> Practices { get; set; } = [];
    public List<RoundEvaluator> Evaluators { get; set; } = [];
    public List<Assignment> Assignments { get; set; } = [];

    public bool IsOpen => Status == RoundStatus.Open;

    public static EvaluationRound Start(int networkId, string name, DateOnly deadline, string instructions,
        IEnumerable<Criterion> criteria, IEnumerable<int> practiceIds, DateTime now)
    {
        var round = new EvaluationRound
        {
            NetworkId = networkId, Name = name.Trim(), Deadline = deadline, Instructions = instructions.Trim(), CreatedAt = now,
        };
        round.Criteria.AddRange(criteria.OrderBy(c => c.Phase).ThenBy(c => c.SortOrder).Select(RoundCriterion.CopyOf));
        foreach (var id in practiceIds.Distinct()) round.Practices.Add(new RoundPractice { PracticeId = id, Round = round });
        if (round.Practices.Count == 0) throw new EvaluationRuleException("Choose at least one practice.");
        if (!round.Criteria.Any(c => c.Phase == EvaluationPhase.Peer) && !round.Criteria.Any(c => c.Phase == EvaluationPhase.Expert))
            throw new EvaluationRuleException("The network has no criteria. Add criteria first.");
        return round;
    }

    public IEnumerable<RoundCriterion> CriteriaOf(EvaluationPhase phase) =>
        Criteria.Where(c => c.Phase == phase).OrderBy(c => c.SortOrder);

    public RoundPractice Practice(int practiceId) =>
        Practices.SingleOrDefault(p => p.PracticeId == practiceId) ?? throw new EvaluationRuleException("The practice is not in this round.");

    /// <summary>The round ends when every practice has a decision; the decisions then become public (see <see cref="Practice.RecordDecision"/>).</summary>
    public void Close(DateTime now)
    {
        RequireOpen();
        if (Practices.Any(p => p.Decision is null)) throw new EvaluationRuleException("Give a decision on every practice before closing the round.");
        Status = RoundStatus.Closed;
        ClosedAt = now;
    }

    public void RequireOpen()
    {
        if (!IsOpen) throw new EvaluationRuleException("The round is closed.");
    }
}

/// <summary>A criterion as it was when the round started.</summary>
public sealed class RoundCriterion
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public EvaluationPhase Phase { get; set; }
    public int SortOrder { get; set; }
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public CriterionScale Scale { get; set; } = new();

    public static RoundCriterion CopyOf(Criterion c) => new()
    {
        Phase = c.Phase, SortOrder = c.SortOrder, Name = c.Name.Copy(), Description = c.Description.Copy(), Scale = c.Scale.Copy(),
    };
}

/// <summary>A practice in a round, and the coordinator's decision on it.</summary>
public sealed class RoundPractice
{
    public int RoundId { get; set; }
    public EvaluationRound? Round { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public EvaluationDecision? Decision { get; private set; }

    /// <summary>The coordinator's written statement: why this decision, what to improve. Markdown.</summary>
    public string Statement { get; private set; } = "";

    /// <summary>Whether the statement and the mean scores show on the public practice page (the decision always does).</summary>
    public bool PublishStatement { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedById { get; private set; }

    public void Decide(EvaluationDecision decision, string statement, bool publish, string? userId, DateTime now)
    {
        Round?.RequireOpen();
        if (string.IsNullOrWhiteSpace(statement)) throw new EvaluationRuleException("Write a statement: the project reads it as the reason for the decision.");
        Decision = decision;
        Statement = statement.Trim();
        PublishStatement = publish;
        DecidedAt = now;
        DecidedById = userId;
    }
}

/// <summary>A person invited to evaluate in one phase of a round.</summary>
public sealed class RoundEvaluator
{
    public int RoundId { get; set; }
    public required string UserId { get; set; }
    public EvaluationPhase Phase { get; set; }
    public DateTime InvitedAt { get; set; }

    /// <summary>When the reminder before the deadline went out; set once, so several app instances never send it twice.</summary>
    public DateTime? RemindedAt { get; set; }
}

/// <summary>A rule of the evaluation was broken; the message is an English key for the localizer.</summary>
public sealed class EvaluationRuleException(string message) : InvalidOperationException(message);
