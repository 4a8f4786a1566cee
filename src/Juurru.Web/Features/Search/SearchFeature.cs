using Juurru.Features.Search.Analysis;

namespace Juurru.Features.Search;

public static class SearchFeature
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Voikko>();
        builder.Services.AddSingleton<TextAnalyzer>();
        builder.Services.AddSingleton<SearchVocabulary>();
        builder.Services.AddSingleton<FacetTable>();
        builder.Services.AddSingleton<PhraseCheck>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddSingleton<PracticeSearch>();
        return builder;
    }
}
