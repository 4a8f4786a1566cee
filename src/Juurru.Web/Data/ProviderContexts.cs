using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Juurru.Data;

/// <summary>SQLite, the embedded default; migrations under Data/Migrations/Sqlite.</summary>
public sealed class SqliteJuurruDbContext(DbContextOptions<SqliteJuurruDbContext> options) : JuurruDbContext(options);

/// <summary>PostgreSQL for production; migrations under Data/Migrations/Postgres.</summary>
public sealed class PostgresJuurruDbContext(DbContextOptions<PostgresJuurruDbContext> options) : JuurruDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Sort keys are built for byte order (see TextKeys.SortKey); "C" gives PostgreSQL the byte order SQLite has.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.Name == "SortKey"))
        {
            property.SetCollation("C");
        }
    }
}

// Used by `dotnet ef migrations add` only; the application builds its options in DatabaseSetup.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteJuurruDbContext>
{
    public SqliteJuurruDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteJuurruDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresJuurruDbContext>
{
    public PostgresJuurruDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresJuurruDbContext>().UseNpgsql("Host=localhost;Database=juurru_design").Options);
}
