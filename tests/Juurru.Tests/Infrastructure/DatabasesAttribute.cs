using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Juurru.Tests.Infrastructure;

/// <summary>
/// Runs a theory once per database provider, as every data test must (SQLite and PostgreSQL).
/// Where PostgreSQL is not configured its run is reported as skipped, with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        var postgres = new TheoryDataRow<Db>(Db.Postgres);
        // CI sets JUURRU_REQUIRE_POSTGRES: there a missing server fails the test instead of skipping it.
        if (TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("JUURRU_REQUIRE_POSTGRES") != "1")
            postgres.Skip = TestDatabase.PostgresSkipReason;
        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>([new TheoryDataRow<Db>(Db.Sqlite), postgres]);
    }

    public override bool SupportsDiscoveryEnumeration() => true;
}
