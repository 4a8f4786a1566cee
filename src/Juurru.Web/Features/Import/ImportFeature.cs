namespace Juurru.Features.Import;

public static class ImportFeature
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportImporter>();
        builder.Services.AddScoped<Vocabulary.KeywordProposer>();
        return builder;
    }
}
