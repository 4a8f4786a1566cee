namespace Juurru.Features.Search.Analysis;

/// <summary>
/// Suffix stripping for words Voikko does not know (coinages such as "mentorointi", acronyms such as HOKS,
/// names) and for Swedish and English text. It is deliberately crude: documents and queries pass through the
/// same function, so an inflected form only has to land on the same stem as its base form, not on a real word.
/// Finnish consonant gradation at the end of a stem is evened out (mentoroinnin and mentorointi → mentoroint).
/// </summary>
public static class LightStemmer
{
    private const int MinStem = 3;

    // Clitics and possessive suffixes come off first; then one case or number ending.
    private static readonly string[] FinnishClitics = ["kaan", "kään", "kin", "han", "hän", "pa", "pä", "ko", "kö"];
    private static readonly string[] FinnishPossessives = ["mme", "nne", "nsa", "nsä"];

    private static readonly string[] FinnishEndings = SortedLongestFirst(
        "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä", "ille", "iksi", "itta", "ittä", "ineen",
        "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "tta", "ttä", "na", "nä", "ina", "inä",
        "seen", "siin", "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön", "iin", "den", "tten", "jen", "ien",
        "iden", "itten", "ten", "in", "ja", "jä", "ta", "tä", "a", "ä", "n", "t");

    private static readonly string[] SwedishEndings = SortedLongestFirst(
        "arnas", "ernas", "ornas", "andet", "heten", "heter", "ningen", "ningar", "ingen", "ingar", "arna", "erna",
        "orna", "ande", "ende", "aste", "are", "ast", "het", "ens", "ing", "en", "er", "ar", "or", "et", "as", "es", "a", "e", "s");

    private static readonly string[] EnglishEndings = SortedLongestFirst(
        "ational", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s");

    /// <summary>Stems of a lower-case word in the given content language (fi, sv, en); most words have one.</summary>
    public static IEnumerable<string> Stems(string word, string language) => language switch
    {
        "sv" => [StripOnce(word, SwedishEndings, MinStem)],
        "en" => [StripOnce(word, EnglishEndings, MinStem)],
        _ => Finnish(word),
    };

    public static IEnumerable<string> Finnish(string word)
    {
        if (word.Length <= MinStem || word.All(char.IsDigit)) return [word];
        var w = StripOnce(word, FinnishClitics, 4);
        w = StripOnce(w, FinnishPossessives, 4);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        // -nen nouns take -s- before endings: henkilökohtaistaminen ~ henkilökohtaistamisen.
        if (w.EndsWith("nen", StringComparison.Ordinal) && w.Length - 3 >= MinStem) stems.Add(Even(w[..^3] + "s"));
        var ending = FinnishEndings.FirstOrDefault(e => w.EndsWith(e, StringComparison.Ordinal) && w.Length - e.Length >= MinStem);
        stems.Add(Even(ending is null ? w : w[..^ending.Length]));
        // -sta is the elative of most nouns but the partitive of -s and -nen nouns: keep both readings.
        if (ending is "sta" or "stä" or "ista" or "istä") stems.Add(Even(w[..^2]));
        return stems;
    }

    /// <summary>The part of a -ointi/-oida or -llistää coinage that its relatives share: mentorointi → mentor, pelillistäminen → peli.</summary>
    public static string? DerivationRoot(string stem)
    {
        foreach (var suffix in (string[])["llistämis", "llistäm", "llistä", "llist", "oint", "oid", "oit"])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 4) return stem[..^suffix.Length];
        }
        return null;
    }

    /// <summary>Drops a final vowel and evens out gradation at the end (nn→nt, kk→k …) and -ks- nouns (ohjauksen → ohjaus).</summary>
    private static string Even(string stem)
    {
        if (stem.Length > MinStem && IsVowel(stem[^1])) stem = stem[..^1];
        if (stem.Length > MinStem + 1 && stem.EndsWith("ks", StringComparison.Ordinal)) stem = stem[..^2] + "s";
        if (stem.Length > MinStem + 1 && stem[^1] == stem[^2])
        {
            stem = stem[^1] switch
            {
                'n' => stem[..^1] + "t",
                'm' => stem[..^1] + "p",
                'l' => stem[..^1] + "t",
                'r' => stem[..^1] + "t",
                'k' or 'p' or 't' => stem[..^1],
                _ => stem,
            };
        }
        return stem;
    }

    private static string StripOnce(string word, string[] endings, int keep)
    {
        var ending = endings.FirstOrDefault(e => word.EndsWith(e, StringComparison.Ordinal) && word.Length - e.Length >= keep);
        return ending is null ? word : word[..^ending.Length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'ä' or 'ö' or 'å';

    private static string[] SortedLongestFirst(params string[] endings) =>
        endings.Distinct().OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal).ToArray();
}
