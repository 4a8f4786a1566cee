namespace Juurru.Features.Rooting.Adoptions;

/// <summary>English keys of the words for adoption statuses, scopes and sources.</summary>
public static class AdoptionLabels
{
    public static string Status(AdoptionStatus status) => status switch
    {
        AdoptionStatus.TryingOut => "being tried out",
        AdoptionStatus.InUse => "in use",
        _ => "no longer in use",
    };

    public static string Scope(AdoptionScope scope) => scope switch
    {
        AdoptionScope.Unit => "in one unit",
        AdoptionScope.WholeOrganisation => "in the whole organisation",
        _ => "across the region",
    };

    public static string Source(AdoptionSource source) => source switch
    {
        AdoptionSource.Member => "reported by a member",
        AdoptionSource.Contact => "confirmed by the contact",
        _ => "answer to the follow-up",
    };
}
