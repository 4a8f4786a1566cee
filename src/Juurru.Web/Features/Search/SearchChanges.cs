using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Juurru.Features.Search;

/// <summary>
/// What a SaveChanges is about to change that the search index shows: practices and projects themselves, their
/// links (join rows), the names they are found by (organisations, keywords), and themes and networks, whose
/// ids and tree are facet values. Collected before saving,
/// because new entities get their ids only during it.
/// </summary>
public sealed class SearchChanges
{
    private readonly List<Practice> _addedPractices = [];
    private readonly List<Project> _addedProjects = [];

    public HashSet<int> Practices { get; } = [];
    public HashSet<int> Projects { get; } = [];
    public HashSet<int> Organisations { get; } = [];
    public HashSet<int> Themes { get; } = [];
    public HashSet<int> Keywords { get; } = [];
    public HashSet<int> Networks { get; } = [];

    public bool IsEmpty => _addedPractices.Count == 0 && _addedProjects.Count == 0 && Practices.Count == 0 && Projects.Count == 0
        && Organisations.Count == 0 && Themes.Count == 0 && Keywords.Count == 0 && Networks.Count == 0;

    public static SearchChanges Collect(ChangeTracker tracker)
    {
        var changes = new SearchChanges();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            var added = entry.State == EntityState.Added;
            switch (entry.Entity)
            {
                case Practice p when added: changes._addedPractices.Add(p); break;
                case Practice p: changes.Practices.Add(p.Id); break;
                case Project x when added: changes._addedProjects.Add(x); break;
                case Project x: changes.Projects.Add(x.Id); break;
                case ProjectPartner x: changes.Projects.Add(x.ProjectId); break;
                case Organisation o when !added: changes.Organisations.Add(o.Id); break;
                case Theme t when !added: changes.Themes.Add(t.Id); break;
                case Keyword k when !added: changes.Keywords.Add(k.Id); break;
                case Network n when !added: changes.Networks.Add(n.Id); break;
                case Dictionary<string, object>:
                    // A many-to-many link row (PracticeThemes, ProjectRegions …): the practice or project it belongs to.
                    foreach (var fk in entry.Metadata.GetForeignKeys())
                    {
                        if (entry.Property(fk.Properties[0].Name).CurrentValue is not int id || id <= 0) continue;
                        if (fk.PrincipalEntityType.ClrType == typeof(Practice)) changes.Practices.Add(id);
                        else if (fk.PrincipalEntityType.ClrType == typeof(Project)) changes.Projects.Add(id);
                    }
                    break;
            }
        }
        return changes;
    }

    /// <summary>After saving: the ids of the new practices and projects are known now.</summary>
    public void AddSavedIds()
    {
        foreach (var p in _addedPractices) Practices.Add(p.Id);
        foreach (var x in _addedProjects) Projects.Add(x.Id);
    }
}
