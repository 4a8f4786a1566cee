using System.Text.RegularExpressions;
using Juurru.Localization;

namespace Juurru.Tests.Localization;

/// <summary>Finnish first, Swedish and English complete: every key the code uses has all three.</summary>
public sealed partial class TranslationTests
{
    [GeneratedRegex("""\bL\[\s*"((?:[^"\\]|\\.)*)"|Display\(\s*Name\s*=\s*"((?:[^"\\]|\\.)*)"|ErrorMessage\s*=\s*"((?:[^"\\]|\\.)*)"|\bPlural\([^;"]*?,\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"|AddModelError\([^;]*?,\s*"((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex KeyPattern();

    [Fact]
    public void Every_literal_key_in_the_code_is_translated_into_finnish_and_swedish()
    {
        var translations = Translations.Load();
        var source = FindSource();
        var keys = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("Migrations"))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)))
            // A plural phrase gives two keys (one, other); every other match one.
            .SelectMany(m => m.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => g.Value.Replace("\\\"", "\"").Replace("\\n", "\n")))
            .Where(k => k.Length > 0)
            .ToHashSet();
        Assert.NotEmpty(keys);
        foreach (var culture in new[] { "fi", "sv" })
        {
            var missing = keys.Where(k => !translations.TryGet(culture, k, out _)).Order().ToList();
            Assert.True(missing.Count == 0, $"Missing in {culture}.json: {string.Join(" | ", missing)}");
        }
    }

    /// <summary>A key used through L[…] (not through Plural) with a number followed by a plural noun: "{0} practices".</summary>
    [GeneratedRegex("""\bL\[\s*"((?:[^"\\]|\\.)*\{\d\} (?:[a-z]+ )?(?!does\b)[a-z]{3,}s\b(?:[^"\\]|\\.)*)"\s*,""")]
    private static partial Regex CountedWithoutPluralPattern();

    /// <summary>Counts that are never one, so that one form is enough: limits and thresholds set in code.</summary>
    private static readonly HashSet<string> NeverOne =
    [
        "A text can be at most {0} characters long.", "The name can be at most {0} characters long.",
        "Give the group a name (at most {0} characters).", "At least {0} characters. A few unrelated words in a row make a good password.",
        "The group has fewer than {0} respondents; its figures are not shown, so that nobody can be recognised.", // at least 5
        "Only for groups of at least {0} invitees; an answer through a smaller group or the open link has no group. Without this, anonymous answers keep no group.", // at least 5
        "Over {0} practices", // the search's counting limit
        "The words are in a large part of the method bank: the numbers in the filters are counted from the first {0} results. Add a word or a filter to narrow the list.",
    ];

    /// <summary>
    /// "1 käytäntöä" reads wrong: a phrase with a count needs its singular ("1 käytäntö", "1 praxis", "1 practice"),
    /// which <see cref="Juurru.Features.Shared.Plurals.Plural"/> chooses. This finds every counted phrase that still
    /// goes through L[…] with the plural alone.
    /// </summary>
    [Fact]
    public void Every_counted_phrase_goes_through_plural_forms()
    {
        var source = FindSource();
        var lacking = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("Migrations"))
            .SelectMany(f => CountedWithoutPluralPattern().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Groups[1].Value}"))
            .Where(found => !NeverOne.Contains(found[(found.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Order().ToList();
        Assert.True(lacking.Count == 0, $"Counted phrases without their singular ({lacking.Count}):\n{string.Join("\n", lacking)}");
    }

    [Fact]
    public void Finnish_and_swedish_have_the_same_keys_and_no_empty_texts()
    {
        var translations = Translations.Load();
        var fi = translations.All("fi");
        var sv = translations.All("sv");
        Assert.Equal(fi.Keys.Order(), sv.Keys.Order());
        Assert.All(fi.Concat(sv), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        // Placeholders survive translation.
        Assert.All(fi, kv => Assert.Equal(Placeholders(kv.Key), Placeholders(kv.Value)));
        Assert.All(sv, kv => Assert.Equal(Placeholders(kv.Key), Placeholders(kv.Value)));
    }

    [Fact]
    public void English_is_the_key_itself_and_finnish_is_the_default()
    {
        var translations = Translations.Load();
        Assert.True(translations.TryGet("en", "Method bank", out var en));
        Assert.Equal("Method bank", en);
        Assert.True(translations.TryGet("fi", "Method bank", out var fi));
        Assert.Equal("Menetelmäpankki", fi);
        Assert.Equal("fi", Cultures.Default);
    }

    /// <summary>docs/GLOSSARY.md is the word list of the field; the translations use its words and avoid the ruled-out ones.</summary>
    [Fact]
    public void The_translations_follow_the_glossary()
    {
        var translations = Translations.Load();
        var glossary = File.ReadAllLines(Path.Combine(FindSource(), "..", "..", "docs", "GLOSSARY.md"))
            .Where(l => l.StartsWith("| ") && !l.StartsWith("| English") && !l.StartsWith("|---"))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var checkedRows = 0;
        var wrong = new List<string>();
        foreach (var row in glossary)
        {
            var (key, terms) = (row[0], new Dictionary<string, string> { ["fi"] = row[1], ["sv"] = row[2] });
            foreach (var (culture, term) in terms)
            {
                if (!translations.TryGet(culture, key, out var actual)) continue;
                checkedRows++;
                if (actual != term) wrong.Add($"{culture} \"{key}\": \"{actual}\", the glossary says \"{term}\"");
            }
            foreach (var rule in row[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var culture = rule[..2];
                foreach (var word in rule[3..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    wrong.AddRange(translations.All(culture).Where(kv => Regex.IsMatch(kv.Value, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase))
                        .Select(kv => $"{culture} \"{kv.Key}\" uses \"{word}\" (glossary: {terms.GetValueOrDefault(culture)})"));
            }
        }
        Assert.True(checkedRows >= 60, $"Only {checkedRows} glossary words were found among the UI keys: is the table still read right?");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string[] Placeholders(string text) => Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order().ToArray();

    private static string FindSource()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Juurru.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Juurru.Web");
    }
}
