using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Tests.Infrastructure;

namespace Juurru.Tests.Features.Practices;

/// <summary>The lifecycle rules of a practice, without a database.</summary>
public sealed class PracticeRulesTests
{
    private static Practice Ready(PracticeKind kind = PracticeKind.GoodPractice)
    {
        var practice = TestData.Complete(kind: kind);
        practice.Projects.Add(new Project());
        practice.Themes.Add(new Juurru.Features.Networks.Theme());
        return practice;
    }

    [Fact]
    public void A_complete_draft_can_be_submitted_and_published()
    {
        var practice = Ready();
        practice.Submit();
        Assert.Equal(PracticeStatus.Submitted, practice.Status);
        var now = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        practice.Publish(now);
        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal(now, practice.PublishedAt);
    }

    [Fact]
    public void Submitting_an_incomplete_template_names_the_missing_fields()
    {
        var practice = new Practice();
        practice.Retitle("Keskeneräinen");
        var e = Assert.Throws<PracticeIncompleteException>(practice.Submit);
        Assert.Equal(
            [PracticeField.Summary, PracticeField.GoalAndTargetGroup, PracticeField.ContentAndActions, PracticeField.Contacts, PracticeField.Projects, PracticeField.Themes],
            e.Missing);
        Assert.Equal(PracticeStatus.Draft, practice.Status);
    }

    [Fact]
    public void A_model_needs_adoption_materials_resources_and_results()
    {
        var model = Ready(PracticeKind.Model);
        model.StaffInduction = "";
        model.Materials = "";
        model.Resources = "";
        model.ResultsAndIndicators = "";
        Assert.Equal([PracticeField.Materials, PracticeField.Resources, PracticeField.ResultsAndIndicators], model.MissingForSubmission());

        var good = Ready(PracticeKind.GoodPractice);
        good.Materials = good.StaffInduction = good.Resources = good.ResultsAndIndicators = "";
        Assert.Empty(good.MissingForSubmission());
    }

    [Fact]
    public void Transitions_follow_the_lifecycle_only()
    {
        var practice = Ready();
        Assert.Throws<PracticeRuleException>(practice.Archive);
        Assert.Throws<PracticeRuleException>(practice.ReturnToDraft);
        Assert.Throws<PracticeRuleException>(practice.Restore);
        practice.Submit();
        Assert.Throws<PracticeRuleException>(practice.Submit);
        practice.ReturnToDraft();
        Assert.Equal(PracticeStatus.Draft, practice.Status);
        practice.Publish(DateTime.UtcNow);
        Assert.Throws<PracticeRuleException>(() => practice.Publish(DateTime.UtcNow));
        practice.Archive();
        Assert.Equal(PracticeStatus.Archived, practice.Status);
        practice.Restore();
        Assert.Equal(PracticeStatus.Published, practice.Status);
    }

    [Fact]
    public void Only_a_good_practice_applies_a_model_and_only_a_model()
    {
        var model = Ready(PracticeKind.Model);
        var good = Ready();
        good.ApplyModel(model);
        Assert.Same(model, good.Model);

        var other = Ready();
        Assert.Throws<PracticeRuleException>(() => good.ApplyModel(other));
        Assert.Throws<PracticeRuleException>(() => model.ApplyModel(Ready(PracticeKind.Model)));
        Assert.Throws<PracticeRuleException>(() => good.ApplyModel(good));
        good.ApplyModel(null);
        Assert.Null(good.Model);
    }

    [Fact]
    public void The_snapshot_diff_lists_exactly_the_changed_fields()
    {
        var practice = Ready();
        var before = PracticeSnapshot.Of(practice);
        practice.Summary = "Uusi kuvaus.";
        practice.Retitle("Uusi nimi");
        var changes = before.ChangesTo(PracticeSnapshot.Of(practice));
        Assert.Equal([PracticeField.Title, PracticeField.Summary], changes.Select(c => c.Field).Order());
        Assert.Equal("Vertaismentorointi", changes.Single(c => c.Field == PracticeField.Title).Old);
        Assert.Equal("Uusi nimi", changes.Single(c => c.Field == PracticeField.Title).New);
    }

    [Fact]
    public void Project_status_follows_its_dates()
    {
        var today = new DateOnly(2026, 11, 22);
        Assert.Equal(ProjectStatus.Unknown, Project.StatusFor(null, null, today));
        Assert.Equal(ProjectStatus.Planned, Project.StatusFor(new(2027, 1, 1), null, today));
        Assert.Equal(ProjectStatus.Ended, Project.StatusFor(new(2020, 1, 1), new(2023, 7, 31), today));
        Assert.Equal(ProjectStatus.Ongoing, Project.StatusFor(new(2025, 1, 1), new(2027, 12, 31), today));
        Assert.Equal(ProjectStatus.Ongoing, Project.StatusFor(null, new(2026, 11, 22), today));
    }
}
