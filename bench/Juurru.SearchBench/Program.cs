using Juurru.SearchBench;

// generate <database.db> <practices>      fills a migrated SQLite database with synthetic practices
// load <base url> [clients,…] [seconds] [server pid]   runs searches over HTTP and prints latencies
var seeds = Environment.GetEnvironmentVariable("JUURRU_SEEDS") ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/seeds"));
var (all, content) = Vocabulary.FromSeeds(seeds);
// 300 topics of content words: each practice is about two, each search about one (see Vocabulary.Topics).
var topics = content.Topics(300);
return args switch
{
    ["generate", var database, var count] => await Generator.RunAsync(database, int.Parse(count), all, topics, seed: 2026),
    ["load", var url, ..] => await LoadRun.RunAsync(url,
        (args.Length > 2 ? args[2] : "1,16").Split(',').Select(int.Parse).ToArray(),
        TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3]) : 20), topics, seed: 11,
        args.Length > 4 ? int.Parse(args[4]) : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate <database.db> <practices> | load <base url> [clients,…] [seconds] [server pid]");
    return 2;
}
