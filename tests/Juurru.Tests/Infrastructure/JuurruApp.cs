using Juurru.Data;
using Juurru.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Juurru.Tests.Infrastructure;

/// <summary>
/// The application on its own fresh database, data folder and mail folder; one per test, so tests run in parallel
/// without seeing each other's data.
/// </summary>
public sealed class JuurruApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _demoContent;
    private readonly bool _ownsDatabase;

    private readonly TimeProvider? _clock;

    private readonly IReadOnlyDictionary<string, string> _settings;

    private JuurruApp(TestDatabase database, bool demoContent, bool ownsDatabase = true, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _database = database;
        _demoContent = demoContent;
        _ownsDatabase = ownsDatabase;
        _clock = clock;
        DataPath = Directory.CreateTempSubdirectory("juurru-data-").FullName;
    }

    public string DataPath { get; }

    /// <summary>Errors the application logged while the test ran.</summary>
    public ServerErrors Errors { get; } = new();
    public string MailPath => Path.Combine(DataPath, "mail");
    public Db Kind => _database.Kind;

    /// <param name="clock">The application's clock (a FakeTimeProvider to move time in date tests); the system clock when null.</param>
    /// <param name="settings">Configuration for this test only, e.g. ["Juurru:RequireTwoFactorForStaff"] = "true".</param>
    public static async Task<JuurruApp> StartAsync(Db db, bool demoContent = false, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new JuurruApp(await TestDatabase.CreateAsync(db), demoContent, clock: clock, settings: settings);
        _ = app.Server; // start now: migrations and reference data run before the first request
        return app;
    }

    /// <summary>The application on a database the caller keeps, e.g. to start it a second time on the same data.</summary>
    public static JuurruApp StartOn(TestDatabase database, bool demoContent = false, TimeProvider? clock = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new JuurruApp(database, demoContent, ownsDatabase: false, clock, settings);
        _ = app.Server;
        return app;
    }

    /// <summary>The application on a real Kestrel port, for a real browser.</summary>
    public static async Task<JuurruApp> StartOnPortAsync(Db db, bool demoContent = false)
    {
        var app = new JuurruApp(await TestDatabase.CreateAsync(db), demoContent);
        app.UseKestrel(0);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        app.BaseAddress = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        return app;
    }

    /// <summary>Set by <see cref="StartOnPortAsync"/>: e.g. http://127.0.0.1:41234.</summary>
    public string BaseAddress { get; private set; } = "http://localhost";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Juurru:Database:Provider", _database.Kind.ToString());
        builder.UseSetting("Juurru:Database:ConnectionString", _database.ConnectionString);
        builder.UseSetting("Juurru:DataPath", DataPath);
        builder.UseSetting("Juurru:DemoContent", _demoContent ? "true" : "false");
        builder.UseSetting("Juurru:Attachments:MaxBytes", (1024 * 1024).ToString());
        builder.UseSetting("Juurru:PublicUrl", "http://localhost");
        builder.UseSetting("Juurru:Evaluation:ReminderCheckMinutes", "0"); // tests send reminders themselves
        builder.UseSetting("Juurru:Surveys:ReminderCheckMinutes", "0");
        builder.UseSetting("Juurru:Rooting:CheckMinutes", "0");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureServices(services =>
        {
            // Real hashing is deliberately slow; tests sign in often.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            if (_clock is not null) services.AddSingleton(_clock);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public Browser NewBrowser() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A browser whose cookies the test holds, e.g. to copy a session cookie into another browser.</summary>
    public Browser NewBrowser(System.Net.CookieContainer cookies) =>
        new(CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies)));

    public async Task<T> WithDbAsync<T>(Func<JuurruDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JuurruDbContext>());
    }

    public async Task WithDbAsync(Func<JuurruDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<JuurruDbContext>());
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Creates an account and returns a browser signed in as it, through the login form.</summary>
    public async Task<Browser> SignInAsync(User user)
    {
        var browser = NewBrowser();
        var response = await browser.SubmitAsync("/fi/account/login", "form.form", new()
        {
            ["Form.Email"] = user.Email!,
            ["Form.Password"] = TestData.Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) await _database.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
