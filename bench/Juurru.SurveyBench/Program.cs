using Juurru.SurveyBench;

// setup <database.db> <load questions> <report questions> <responses>   writes the two surveys, prints their addresses
// submit <base url> <link> <questions> [clients,…] [seconds] [server pid]  sends responses over HTTP
// report <base url> <survey id> <report key> [repeats] [server pid]       times the published report
return args switch
{
    ["setup", var database, var loadQuestions, var reportQuestions, var responses] =>
        await Setup.RunAsync(database, int.Parse(loadQuestions), int.Parse(reportQuestions), int.Parse(responses)),
    ["submit", var url, var link, var questions, ..] => await SubmitLoad.RunAsync(url, link, int.Parse(questions),
        (args.Length > 4 ? args[4] : "32").Split(',').Select(int.Parse).ToArray(),
        TimeSpan.FromSeconds(args.Length > 5 ? int.Parse(args[5]) : 30), args.Length > 6 ? int.Parse(args[6]) : null),
    ["report", var url, var id, var key, ..] => await ReportTiming.RunAsync(url, int.Parse(id), key,
        args.Length > 4 ? int.Parse(args[4]) : 20, args.Length > 5 ? int.Parse(args[5]) : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: setup <db> <load questions> <report questions> <responses> | submit <url> <link> <questions> [clients,…] [seconds] [pid] | report <url> <id> <key> [repeats] [pid]");
    return 2;
}
