namespace Juurru.Tests.Infrastructure;

/// <summary>The real documents of the field, read from ../shared/seeds (never copied into the repository).</summary>
public static class Seeds
{
    public const string ZoomiReport = "002_f7e6e7ab4c746c8c.txt";
    public const string ValitaSurvey = "004_869c204888e133aa.txt";

    public static string Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("JUURRU_SEEDS");
            if (!string.IsNullOrEmpty(configured)) return configured;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Juurru.slnx"))) dir = dir.Parent;
            return dir is null ? "" : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        }
    }

    public static string PathOf(string name)
    {
        var path = Path.Combine(Folder, name);
        Assert.SkipUnless(File.Exists(path), $"The seed document {name} is not at {Folder}; set JUURRU_SEEDS to the seeds folder.");
        return path;
    }

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
