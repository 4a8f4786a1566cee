namespace Juurru.Features.Organisations;

public static class OrganisationLabels
{
    /// <summary>English key of an organisation type for the localizer.</summary>
    public static string Type(OrganisationType type) => type switch
    {
        OrganisationType.VocationalProvider => "Vocational education provider",
        OrganisationType.UniversityOfAppliedSciences => "University of applied sciences",
        OrganisationType.University => "University",
        OrganisationType.Municipality => "Municipality",
        OrganisationType.Association => "Association",
        OrganisationType.Foundation => "Foundation",
        OrganisationType.Company => "Company",
        OrganisationType.Agency => "Public agency",
        _ => type.ToString(),
    };
}
