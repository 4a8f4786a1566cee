namespace Juurru.Features.Search.Analysis;

/// <summary>
/// Abbreviations of the field and what they stand for. A text that spells out the phrase is also found by the
/// abbreviation (HOKS finds "henkilökohtaisen osaamisen kehittämissuunnitelman"), and a text using the abbreviation
/// is found by the phrase's words. Changing this list changes <see cref="TextAnalyzer.Signature"/>, so the index is rebuilt.
/// </summary>
public static class DomainTerms
{
    public static readonly IReadOnlyList<(string Abbreviation, string Phrase)> Entries =
    [
        ("amk", "ammattikorkeakoulu"),
        ("opo", "opinto-ohjaaja"),
        ("hoks", "henkilökohtainen osaamisen kehittämissuunnitelma"),
        ("hops", "henkilökohtainen opiskelusuunnitelma"),
        ("hops", "henkilökohtainen opintosuunnitelma"),
        ("tuva", "tutkintokoulutukseen valmentava koulutus"),
        ("valma", "ammatilliseen koulutukseen valmentava koulutus"),
        ("telma", "työhön ja itsenäiseen elämään valmentava koulutus"),
        ("ahot", "aiemmin hankitun osaamisen tunnistaminen"),
    ];
}
