using Juurru.Identity;

namespace Juurru.Tests.Features.Account;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("123456789012")]
    [InlineData("password1234")]
    [InlineData("salasana1234")]
    [InlineData("qwertyuiopas")]
    [InlineData("Juurru2026!!")]
    public void Common_words_repeats_and_patterns_are_guessable(string password) => Assert.True(PasswordRules.IsGuessable(password));

    [Theory]
    [InlineData("kolme outoa sanaa")]
    [InlineData("pitkä salasana tähän")]
    [InlineData("hauki lentää pilven yli")]
    [InlineData("Vihreä tuoli ui järvessä")]
    public void A_few_unrelated_words_are_not(string password) => Assert.False(PasswordRules.IsGuessable(password));

    [Fact]
    public void The_accounts_own_name_and_address_count_against_it() =>
        Assert.True(PasswordRules.IsGuessable("maija.meikalainen", "maija.meikalainen@example.org", "Maija Meikäläinen"));
}
