using Juurru.Data.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Juurru.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="JuurruDbContext"/> on the provider the configuration names. The choice is made when the
    /// context is first resolved, so configuration given by a host (or a test host) after start-up is honoured.
    /// </summary>
    public static WebApplicationBuilder AddJuurruDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JuurruOptions>(builder.Configuration.GetSection(JuurruOptions.Section));
        builder.Services.AddSingleton(sp =>
            JuurruPaths.From(sp.GetRequiredService<IOptions<JuurruOptions>>().Value, sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));

        // Features watch saves through interceptors they register as IInterceptor (e.g. the notification mailer's wake-up).
        // The options are built once (singleton), not for every request: they depend only on configuration.
        builder.Services.AddDbContext<SqliteJuurruDbContext>((sp, o) =>
            o.UseSqlite(ConnectionString(sp), x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator, SqliteMigrationsInOneTransaction>()
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>())
                .AddInterceptors(new SqliteSecureDelete()),
            optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddDbContext<PostgresJuurruDbContext>((sp, o) =>
            o.UseNpgsql(ConnectionString(sp), x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()), optionsLifetime: ServiceLifetime.Singleton);
        builder.Services.AddScoped<JuurruDbContext>(sp =>
            sp.GetRequiredService<IOptions<JuurruOptions>>().Value.Database.Provider == DatabaseProvider.Postgres
                ? sp.GetRequiredService<PostgresJuurruDbContext>()
                : sp.GetRequiredService<SqliteJuurruDbContext>());

        // Keys in the database: cookies stay valid across restarts and across instances sharing PostgreSQL.
        var keys = builder.Services.AddDataProtection().SetApplicationName("Juurru").PersistKeysToDbContext<JuurruDbContext>();
        // With a certificate the keys are stored encrypted: a copy of the database (a backup, a dump) does not carry them usable.
        var protection = builder.Configuration.GetSection($"{JuurruOptions.Section}:KeyProtection").Get<KeyProtectionOptions>() ?? new();
        if (!string.IsNullOrWhiteSpace(protection.CertificatePath))
        {
            var certificates = protection.Load();
            keys.ProtectKeysWithCertificate(certificates[0]).UnprotectKeysWithAnyCertificate(certificates);
        }
        builder.Services.AddSingleton<WalCheckpoints>();
        builder.Services.AddScoped<ReferenceData>();
        builder.Services.AddScoped<DemoContent>();
        return builder;
    }

    private static string ConnectionString(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<JuurruOptions>>().Value;
        var configured = options.Database.ConnectionString;
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (options.Database.Provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("Juurru:Database:ConnectionString is required when the provider is Postgres.");
        var data = sp.GetRequiredService<JuurruPaths>().Data;
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "juurru.db") }.ToString();
    }

    /// <summary>
    /// Creates or upgrades the database, then ships the reference data and, on a first start, the demo content: as one
    /// run that no other process shares (<see cref="DatabaseUpgrade"/>).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool includeDemoContent = true, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseUpgrade));
        var options = scope.ServiceProvider.GetRequiredService<IOptions<JuurruOptions>>().Value;
        await DatabaseUpgrade.RunAloneAsync(db, log, async () =>
        {
            await scope.ServiceProvider.GetRequiredService<ReferenceData>().EnsureAsync(ct);
            if (options.DemoContent && includeDemoContent) await scope.ServiceProvider.GetRequiredService<DemoContent>().EnsureAsync(ct);
            // Built by another analyzer (or never): rebuilt, e.g. after Voikko was installed.
            await scope.ServiceProvider.GetRequiredService<Features.Search.SearchIndexer>().EnsureCurrentAsync(db, ct);
        }, ct);
    }
}
