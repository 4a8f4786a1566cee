using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Data;

/// <summary>The data-protection keys in the database, encrypted with the configured certificate.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"juurru-keys-{Guid.NewGuid():N}.pfx");
    private const string Password = "testivarmenteen salasana";

    public KeyProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Juurru key protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    private Dictionary<string, string> Settings => new()
    {
        ["Juurru:KeyProtection:CertificatePath"] = _certificate, ["Juurru:KeyProtection:CertificatePassword"] = Password,
    };

    [Theory, Databases]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_sessions_survive_a_restart(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        var cookies = new CookieContainer();
        await using (var first = JuurruApp.StartOn(database, settings: Settings))
        {
            var user = await first.OutsiderAsync();
            using var browser = first.NewBrowser(cookies);
            var login = await browser.SubmitAsync("/fi/account/login", "form.form", new() { ["Form.Email"] = user.Email!, ["Form.Password"] = TestData.Password });
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        await using (var ctx = database.NewContext())
        {
            var keys = await ctx.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });
        }

        // Another instance (or the same one restarted) with the certificate reads the keys: the session still holds.
        await using var second = JuurruApp.StartOn(database, settings: Settings);
        using var again = second.NewBrowser(cookies);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/fi/account")).StatusCode);
    }

    [Theory, Databases]
    public async Task Without_a_certificate_the_keys_are_stored_as_before(Db db)
    {
        await using var app = await JuurruApp.StartAsync(db);
        await app.SignInAsync(await app.OutsiderAsync());

        var keys = await app.WithDbAsync(ctx => ctx.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml));
    }

    public void Dispose() => File.Delete(_certificate);
}
