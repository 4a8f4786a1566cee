using Juurru.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Tests.Data;

public sealed class StartUpTests
{
    [Theory, Databases]
    public async Task Starting_again_on_an_existing_database_keeps_its_data_and_adds_no_second_demo(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);
        (int Practices, int Projects, int Networks, int Themes, int Users) counts;
        await using (var first = JuurruApp.StartOn(database, demoContent: true))
        {
            await first.WithDbAsync(async ctx =>
            {
                var p = await ctx.Practices.FirstAsync();
                p.Summary = "Muokattu ennen uudelleenkäynnistystä.";
                await ctx.SaveChangesAsync();
            });
            counts = await CountsAsync(first);
        }

        await using var second = JuurruApp.StartOn(database, demoContent: true);

        Assert.Equal(counts, await CountsAsync(second));
        Assert.True(await second.WithDbAsync(ctx => ctx.Practices.AnyAsync(p => p.Summary == "Muokattu ennen uudelleenkäynnistystä.")));
        Assert.True(counts.Practices > 0 && counts.Users == 3);
    }

    private static Task<(int, int, int, int, int)> CountsAsync(JuurruApp app) =>
        app.WithDbAsync(async ctx => (await ctx.Practices.CountAsync(), await ctx.Projects.CountAsync(), await ctx.Networks.CountAsync(),
            await ctx.Themes.CountAsync(), await ctx.Users.CountAsync()));
}
