namespace Juurru.Features.Rooting.Indicators;

/// <summary>What an indicator's values are: they decide how a value is read, checked and shown.</summary>
public enum IndicatorKind
{
    /// <summary>A whole number of something (students, events, practices).</summary>
    Count,
    /// <summary>0–100, e.g. a completion or drop-out rate.</summary>
    Percentage,
    /// <summary>Done or not (1 or 0), e.g. "the model is in the curriculum".</summary>
    YesNo,
    /// <summary>Money in euros, with cents.</summary>
    Euro,
}

public enum IndicatorDirection
{
    /// <summary>More is better (participants, completion rate).</summary>
    Increase,
    /// <summary>Less is better (drop-out rate, waiting time).</summary>
    Decrease,
}

/// <summary>
/// What a project promised to measure (mittari): its unit and kind, where it starts (baseline), where it should be by
/// when (target and its date), which way is better, and where the figures come from. A network's common indicator lends
/// a project indicator its name, unit, kind and direction, so that the projects' figures add up.
/// </summary>
public sealed class Indicator : Data.IVersioned
{
    /// <summary>Concurrency token: see <see cref="Data.IVersioned"/>.</summary>
    public int Version { get; set; }

    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }

    /// <summary>Set when the project reports the network's common indicator; its definition then comes from there.</summary>
    public int? CommonIndicatorId { get; private set; }
    public CommonIndicator? Common { get; private set; }

    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public IndicatorKind Kind { get; private set; }
    public IndicatorDirection Direction { get; private set; }
    public decimal? Baseline { get; private set; }
    public DateOnly? BaselineDate { get; private set; }
    public decimal? Target { get; private set; }
    public DateOnly? TargetDate { get; private set; }
    public string DataSource { get; private set; } = "";
    public int SortOrder { get; set; }

    /// <summary>The newest measurement (by date), kept here so that lists and sums need not read every measurement.</summary>
    public decimal? LatestValue { get; private set; }
    public DateOnly? LatestDate { get; private set; }

    public List<Measurement> Measurements { get; set; } = [];
    public List<IndicatorRevision> Revisions { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Indicator ForProject(int projectId, CommonIndicator? common) => new()
    {
        ProjectId = projectId,
        CommonIndicatorId = common?.Id,
        Common = common,
    };

    /// <summary>Sets the definition after <see cref="IndicatorTerms.Check"/> found nothing wrong; returns the changes for the history.</summary>
    public IReadOnlyList<ValueChange> Define(IndicatorTerms terms)
    {
        if (terms.Check(Common is not null).Count > 0) throw new InvalidOperationException("Invalid indicator terms cannot be stored.");
        var kind = Common?.Kind ?? terms.Kind;
        if (Measurements.Count > 0 && kind != Kind) throw new InvalidOperationException("The kind cannot change once there are measurements.");
        var before = Id == 0 ? new Dictionary<string, string>() : Describe();
        if (Common is { } common)
        {
            // The common definition, in Finnish, for lists that need no join; pages show it in the reader's language.
            (Name, Unit, Kind, Direction) = (common.Name.Fi, common.Unit.Fi, common.Kind, common.Direction);
        }
        else
        {
            (Name, Unit, Kind, Direction) = (terms.Name.Trim(), terms.Unit.Trim(), terms.Kind, terms.Direction);
        }
        (Baseline, BaselineDate, Target, TargetDate, DataSource) = (terms.Baseline, terms.BaselineDate, terms.Target, terms.TargetDate, terms.DataSource.Trim());
        return ValueChange.Between(before, Describe());
    }

    /// <summary>Adds a measurement whose value has been checked against the kind.</summary>
    public Measurement Measure(DateOnly date, decimal value, string source, string comment)
    {
        RequireValue(value);
        var measurement = new Measurement { Date = date, Value = value, Source = source.Trim(), Comment = comment.Trim() };
        Measurements.Add(measurement);
        RefreshLatest();
        return measurement;
    }

    public IReadOnlyList<ValueChange> Correct(Measurement measurement, DateOnly date, decimal value, string source, string comment)
    {
        RequireValue(value);
        var before = measurement.Describe();
        (measurement.Date, measurement.Value, measurement.Source, measurement.Comment) = (date, value, source.Trim(), comment.Trim());
        RefreshLatest();
        return ValueChange.Between(before, measurement.Describe());
    }

    public void Remove(Measurement measurement)
    {
        Measurements.Remove(measurement);
        RefreshLatest();
    }

    public IndicatorProgress Progress => IndicatorProgress.Of(Kind, Direction, Baseline, Target, LatestValue);

    public void AddRevision(IndicatorAction action, string? userId, string userName, IReadOnlyList<ValueChange> changes, DateTime at) =>
        Revisions.Add(new IndicatorRevision { Action = action, UserId = userId, UserName = userName, Changes = [.. changes], At = at });

    /// <summary>The definition as field → shown value, for the history.</summary>
    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["Name"] = Name, ["Unit"] = Unit, ["Kind"] = IndicatorLabels.Kind(Kind), ["Direction"] = IndicatorLabels.Direction(Direction),
        ["Baseline"] = IndicatorValues.Invariant(Baseline), ["Baseline date"] = IndicatorValues.Invariant(BaselineDate),
        ["Target"] = IndicatorValues.Invariant(Target), ["Target date"] = IndicatorValues.Invariant(TargetDate), ["Data source"] = DataSource,
    };

    private void RequireValue(decimal value)
    {
        if (IndicatorValues.Check(Kind, value) is { } problem) throw new InvalidOperationException(problem);
    }

    private void RefreshLatest()
    {
        var latest = Measurements.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id == 0 ? int.MaxValue : m.Id).FirstOrDefault();
        (LatestValue, LatestDate) = (latest?.Value, latest?.Date);
    }
}

/// <summary>What a member types when defining an indicator; <see cref="Check"/> names every problem by field.</summary>
public sealed record IndicatorTerms(string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction,
    decimal? Baseline, DateOnly? BaselineDate, decimal? Target, DateOnly? TargetDate, string DataSource)
{
    public const int NameMax = 200, UnitMax = 100, SourceMax = 500;

    /// <summary>Field name → English message key. A common indicator's name, unit, kind and direction are not the project's to give.</summary>
    public IReadOnlyList<(string Field, string Message)> Check(bool common)
    {
        var errors = new List<(string, string)>();
        if (!common)
        {
            if (string.IsNullOrWhiteSpace(Name)) errors.Add((nameof(Name), "Give the indicator a name."));
            else if (Name.Trim().Length > NameMax) errors.Add((nameof(Name), "The name can be at most 200 characters long."));
            if (Unit.Trim().Length > UnitMax) errors.Add((nameof(Unit), "The unit can be at most 100 characters long."));
            if (!Enum.IsDefined(Kind)) errors.Add((nameof(Kind), "Choose one of the choices."));
            if (!Enum.IsDefined(Direction)) errors.Add((nameof(Direction), "Choose one of the choices."));
        }
        if (DataSource.Trim().Length > SourceMax) errors.Add((nameof(DataSource), "The data source can be at most 500 characters long."));
        if (Baseline is { } b && IndicatorValues.Check(Kind, b) is { } baselineProblem) errors.Add((nameof(Baseline), baselineProblem));
        if (Target is { } t && IndicatorValues.Check(Kind, t) is { } targetProblem) errors.Add((nameof(Target), targetProblem));
        if (Target is not null && TargetDate is null) errors.Add((nameof(TargetDate), "A target needs the date by which it should be reached."));
        if (Target is null && TargetDate is not null) errors.Add((nameof(Target), "Give the target value for the target date."));
        if (BaselineDate is { } from && TargetDate is { } to && to <= from) errors.Add((nameof(TargetDate), "The target date must come after the baseline date."));
        if (Baseline is { } start && Target is { } goal && Kind != IndicatorKind.YesNo)
        {
            if (Direction == IndicatorDirection.Increase && goal <= start) errors.Add((nameof(Target), "When more is better, the target must be above the baseline."));
            if (Direction == IndicatorDirection.Decrease && goal >= start) errors.Add((nameof(Target), "When less is better, the target must be below the baseline."));
        }
        return errors;
    }
}

/// <summary>One reading of an indicator: the value on a date, where it came from, and a comment.</summary>
public sealed class Measurement
{
    public const int SourceMax = 500, CommentMax = 2_000;

    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Value { get; set; }
    public string Source { get; set; } = "";
    public string Comment { get; set; } = "";

    public IReadOnlyDictionary<string, string> Describe() => new Dictionary<string, string>
    {
        ["Date"] = IndicatorValues.Invariant(Date), ["Value"] = IndicatorValues.Invariant(Value), ["Source"] = Source, ["Comment"] = Comment,
    };
}

public enum IndicatorAction
{
    Created,
    Changed,
    MeasurementAdded,
    MeasurementCorrected,
    MeasurementRemoved,
}

/// <summary>A field's value before and after a change, as the history shows it.</summary>
public sealed record ValueChange(string Field, string Before, string After)
{
    public static IReadOnlyList<ValueChange> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Where(kv => before.GetValueOrDefault(kv.Key, "") != kv.Value)
            .Select(kv => new ValueChange(kv.Key, before.GetValueOrDefault(kv.Key, ""), kv.Value)).ToList();

    /// <summary>Every non-empty field of something added or removed.</summary>
    public static IReadOnlyList<ValueChange> All(IReadOnlyDictionary<string, string> values, bool removed = false) =>
        values.Where(kv => kv.Value.Length > 0).Select(kv => removed ? new ValueChange(kv.Key, kv.Value, "") : new ValueChange(kv.Key, "", kv.Value)).ToList();
}

/// <summary>Who changed an indicator or its measurements, when, and field by field what.</summary>
public sealed class IndicatorRevision
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateTime At { get; set; }
    public IndicatorAction Action { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public List<ValueChange> Changes { get; set; } = [];
}
