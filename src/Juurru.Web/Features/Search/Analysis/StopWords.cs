namespace Juurru.Features.Search.Analysis;

/// <summary>Words too common to search for, in the three content languages. They keep their place in the text (phrases) but get no terms.</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Finnish
        "ja", "tai", "on", "ovat", "oli", "olivat", "ole", "ei", "eivät", "se", "ne", "että", "kuin", "myös", "sekä",
        "mutta", "jos", "niin", "kun", "joka", "jotka", "jonka", "joiden", "jota", "joita", "johon", "jossa", "josta",
        "mikä", "mitä", "tämä", "tämän", "nämä", "näiden", "tätä", "siitä", "sen", "niiden", "niitä", "heidän", "he",
        "hän", "me", "te", "sekä", "eli", "vai", "ns", "esim", "mm", "jne", "yms", "ym", "kanssa", "olla", "voi", "voivat",
        // Swedish
        "och", "i", "att", "det", "som", "en", "ett", "på", "är", "för", "med", "av", "till", "den", "de", "om", "har",
        "inte", "vi", "kan", "eller", "så", "var", "vid", "från", "dem", "sig", "sin", "sina", "hos",
        // English
        "the", "and", "of", "to", "in", "a", "an", "for", "is", "are", "on", "with", "as", "by", "at", "or", "be",
        "it", "its", "this", "that", "from", "was", "were", "has", "have", "not",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
