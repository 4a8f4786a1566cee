using Juurru.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Juurru.Identity;

/// <summary>
/// Length and guessability rather than composition rules (NIST SP 800-63B, OWASP ASVS 2.1): at least 12 characters,
/// and not a password that zxcvbn's lists of common and leaked passwords, words, names and keyboard patterns guess
/// easily, nor one built from the account's own name or address.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 200;

    /// <summary>zxcvbn's score: 3 means "safely unguessable" against an online attack with throttling.</summary>
    public const int MinimumScore = 3;

    // Words a Finnish user would reach for that zxcvbn's English lists lack.
    private static readonly string[] SiteWords = ["juurru", "salasana", "salasanani", "lösenord", "kesä", "talvi", "syksy", "kevät", "suomi", "finland",
        "helsinki", "tampere", "turku", "oulu", "kissa", "koira", "hanke", "verkosto", "opettaja", "opiskelija"];

    public static bool IsGuessable(string password, params string?[] personal)
    {
        var inputs = SiteWords.Concat(personal.Where(p => !string.IsNullOrWhiteSpace(p))
            .SelectMany(p => p!.Split(['@', '.', ' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length >= 3)).ToList();
        return global::Zxcvbn.Zxcvbn.MatchPassword(password, inputs).Score < MinimumScore;
    }
}

public sealed class GuessablePasswordValidator(IStringLocalizer<SharedResource> L) : IPasswordValidator<User>
{
    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password) =>
        Task.FromResult(password is not null && PasswordRules.IsGuessable(password, user.Email, user.DisplayName)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordGuessable",
                Description = L["This password is too easy to guess: it is common, a word or name, or a pattern. A few unrelated words in a row make a good password."],
            })
            : IdentityResult.Success);
}
