using Juurru.RootingBench;

// generate <database.db> <practices> <projects> <measurements>   writes a network's rooting data directly with EF Core
// time <base url> <slug> [repeats] [database.db]                  times the dashboard over HTTP (and in-process for coordinators)
// compute <database.db> <slug> [repeats]                         times the figures in-process only (public and coordinators')
return args switch
{
    ["generate", var database, var practices, var projects, var measurements] =>
        await Generator.RunAsync(database, int.Parse(practices), int.Parse(projects), int.Parse(measurements)),
    ["compute", var database, var slug, ..] => await Timing.ComputeAsync(database, slug, args.Length > 3 ? int.Parse(args[3]) : 30),
    ["time", var url, var slug, ..] => await Timing.RunAsync(url, slug, args.Length > 3 ? int.Parse(args[3]) : 30, args.Length > 4 ? args[4] : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate <db> <practices> <projects> <measurements> | time <url> <slug> [repeats] [db]");
    return 2;
}
