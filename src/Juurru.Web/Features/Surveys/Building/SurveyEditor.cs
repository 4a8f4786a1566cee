using Juurru.Features.Shared;

namespace Juurru.Features.Surveys.Building;

/// <summary>
/// The builder's changes to a definition: each works on a copy and is kept only if the result is still a valid survey
/// (an empty section may wait for its questions: respondents never see a page without questions). Questions and sections get keys of their own
/// (q1, q2 …, s1, s2 …); choices are numbered in their order.
/// </summary>
public sealed class SurveyEditor(SurveyDefinition original)
{
    /// <summary>A deep copy: a refused change leaves the stored definition as it was.</summary>
    public SurveyDefinition Definition { get; } =
        System.Text.Json.JsonSerializer.Deserialize<SurveyDefinition>(System.Text.Json.JsonSerializer.Serialize(original))!;

    public IReadOnlyList<DefinitionError> Check()
    {
        var errors = SurveyFormat.Validate(Definition);
        // The builder may not grow a definition past what an import or the database column takes.
        if (System.Text.Encoding.UTF8.GetByteCount(SurveyFormat.ToJson(Definition)) > SurveyFormat.MaxBytes)
            errors.Add(new("The survey has grown too large: at most {0} MB of questions and texts.", SurveyFormat.MaxBytes / 1024 / 1024));
        return errors;
    }

    public SectionDefinition AddSection(LocalizedText title)
    {
        var section = new SectionDefinition { Key = NextKey("s", Definition.Sections.Select(s => s.Key)), Title = title };
        Definition.Sections.Add(section);
        return section;
    }

    public SectionDefinition Section(string key) =>
        Definition.Sections.SingleOrDefault(s => s.Key == key) ?? throw new KeyNotFoundException(key);

    public void RemoveSection(string key) => Definition.Sections.Remove(Section(key));

    public void MoveSection(string key, int by) => Move(Definition.Sections, Section(key), by);

    /// <summary>Adds the question to the section, or replaces the question with the same key wherever it is.</summary>
    public void SaveQuestion(string sectionKey, QuestionDefinition question)
    {
        var section = Section(sectionKey);
        if (string.IsNullOrEmpty(question.Key))
        {
            question.Key = NextKey("q", Definition.Questions.Select(q => q.Key));
            section.Questions.Add(question);
            return;
        }
        var owner = Owner(question.Key);
        var index = owner.Questions.FindIndex(q => q.Key == question.Key);
        owner.Questions[index] = question;
    }

    public void RemoveQuestion(string key)
    {
        foreach (var s in Definition.Sections) s.Questions.RemoveAll(q => q.Key == key);
    }

    public void MoveQuestion(string key, int by)
    {
        var section = Owner(key);
        Move(section.Questions, section.Questions.Single(q => q.Key == key), by);
    }

    private SectionDefinition Owner(string questionKey) =>
        Definition.Sections.SingleOrDefault(s => s.Questions.Any(q => q.Key == questionKey)) ?? throw new KeyNotFoundException(questionKey);

    private static void Move<T>(List<T> list, T item, int by)
    {
        var from = list.IndexOf(item);
        var to = (int)Math.Clamp((long)from + by, 0, list.Count - 1);
        list.RemoveAt(from);
        list.Insert(to, item);
    }

    private static string NextKey(string prefix, IEnumerable<string> used)
    {
        var taken = used.ToHashSet(StringComparer.Ordinal);
        var n = taken.Count + 1;
        while (taken.Contains(prefix + n)) n++;
        return prefix + n;
    }
}
