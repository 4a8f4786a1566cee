using System.Security.Cryptography;
using Juurru.Features.Evaluation;
using Juurru.Features.Surveys;
using Juurru.Features.Networks;
using Juurru.Features.Organisations;
using Juurru.Features.Practices;
using Juurru.Features.Projects;
using Juurru.Features.Shared;
using Juurru.Features.Vocabulary;
using Juurru.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Data.Seeding;

/// <summary>
/// A small, invented method bank so that a newcomer sees a living site at once: two networks, a handful of
/// organisations and projects, models and good practices (one in Swedish), and three demo accounts whose
/// random passwords are written to the log on the first start. Runs only on a database without projects.
/// </summary>
public sealed class DemoContent(JuurruDbContext db, UserManager<User> users, ILogger<DemoContent> log, TimeProvider clock)
{
    public async Task EnsureAsync(CancellationToken ct = default)
    {
        if (await db.Projects.AnyAsync(ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var regions = await db.Regions.ToDictionaryAsync(r => r.Code, ct);
        var transitions = await db.Networks.SingleAsync(n => n.Slug == ReferenceData.TransitionsNetworkSlug, ct);

        // The demo lives in invented networks of its own, so that a report imported later fills "Sujuvat siirtymät"
        // with exactly what the report holds.
        Network NewNetwork(string slug, string name, string description, params (string Code, string Name)[] themes)
        {
            var network = new Network { Slug = slug, Description = description };
            network.Rename(name);
            network.AddThemes(themes);
            db.Networks.Add(network);
            return network;
        }
        var demo = NewNetwork("polkuverkosto", "Polkuverkosto (demo)",
            "Keksitty esimerkkiverkosto, jonka hankkeet kehittävät ohjausta koulutukseen hakeutumisesta työelämään asti.",
            ("O", "Ohjaus ennen koulutusta"), ("O1", "Hakeutumisen tuki"), ("O2", "Koulutukseen tutustuminen"),
            ("K", "Opintojen aikana"), ("K1", "Keskeyttämisen ehkäisy"), ("K2", "Vertaistuki"),
            ("T", "Työelämään ja jatko-opintoihin"), ("T1", "Uraohjaus"), ("T2", "Väyläopinnot"));
        var wellbeing = NewNetwork("valita", "Välitä! – Visa omtanke!", "Opiskelijoiden hyvinvointia ja yhteisöllisyyttä kehittävien hankkeiden verkosto.",
            ("H", "Hyvinvoiva oppilaitosyhteisö"), ("H1", "Ryhmäytyminen ja yhteisöllisyys"), ("H2", "Mielen hyvinvointi"), ("S", "Osallisuus"));
        Theme T(string code) => demo.Themes.Single(t => t.Code == code);

        Organisation Org(string name, OrganisationType type, string region, string? businessId = null, string? web = null)
        {
            var o = Organisation.Create(name, type);
            o.Region = regions[region];
            o.BusinessId = businessId;
            o.Website = web;
            db.Organisations.Add(o);
            return o;
        }
        var coast = Org("Rannikkoseudun ammattiopisto", OrganisationType.VocationalProvider, "MK17", "0201256-6", "https://example.org/rannikko");
        var lakes = Org("Järviseudun ammattikorkeakoulu", OrganisationType.UniversityOfAppliedSciences, "MK10", web: "https://example.org/jamk");
        var town = Org("Tuulilahden kaupunki", OrganisationType.Municipality, "MK17");
        var youth = Org("Nuorten Reitti ry", OrganisationType.Association, "MK13");
        var institute = Org("Yrkesinstitutet Kustlinjen", OrganisationType.VocationalProvider, "MK15");

        Project Proj(string name, string? acronym, string code, DateOnly start, DateOnly end, Organisation lead, ProjectScope scope, string region,
            string description, string goals, string actions, params Theme[] themes)
        {
            var p = new Project
            {
                Network = demo, Acronym = acronym, Code = code, StartDate = start, EndDate = end, LeadOrganisation = lead,
                Scope = scope, Funder = "Euroopan sosiaalirahasto (ESR) / Pohjois-Pohjanmaan ELY-keskus",
                FundingProgramme = "Osaava ja osallistava Suomi 2021–2027", Description = description, Goals = goals, Actions = actions,
                CreatedAt = now, UpdatedAt = now,
            };
            p.Rename(name);
            p.Regions.Add(regions[region]);
            p.Themes.AddRange(themes);
            db.Projects.Add(p);
            return p;
        }

        var path = Proj("Polku ammattiin – hakeutumisvaiheen ohjaus", "POLKU", "S30101", new(2023, 1, 1), new(2026, 6, 30), coast, ProjectScope.Regional, "MK17",
            "Hanke kokeilee, miten yhdeksäsluokkalaisen ja aikuisen hakijan ohjaus voidaan koota yhden palvelun alle.",
            "- Hakijoiden ohjaus yhdestä paikasta\n- Keskeyttämisten väheneminen ensimmäisenä opiskeluvuonna",
            "- Hakijan palvelupiste kauppakeskukseen\n- Tutustumisjaksojen uudistaminen\n- Opinto-ohjaajien yhteiset työpajat",
            T("O"), T("O1"), T("O2"));
        path.GrantEuros = 420_000m;
        path.SelfFinancingPercent = 10m;
        path.DecisionNumber = "EURA 2021: S30101";
        path.Partners.Add(new ProjectPartner { Organisation = town, Role = PartnerRole.CoImplementer });
        path.Partners.Add(new ProjectPartner { Organisation = youth, Role = PartnerRole.Partner });
        path.Contacts.Add(new ContactPerson { Name = "Aino Esimerkki", Role = "projektipäällikkö", Email = "aino.esimerkki@example.org", Phone = "040 000 0001" });
        path.Team = "Aino Esimerkki (pj), Veikko Malli, Sanna Testinen";
        path.Links.Add(new WebLink { Title = "Hankkeen sivut", Url = "https://example.org/polku" });

        // The ended project ended fourteen months ago, whenever the demo is made, so its 12-month follow-up has been answered (DemoRooting).
        var endedOn = new DateOnly(now.Year, now.Month, 1).AddMonths(-13).AddDays(-1);
        var mentors = Proj("Mentorit mukaan", "MEMU", "S30202", endedOn.AddYears(-3).AddDays(1), endedOn, lakes, ProjectScope.National, "MK10",
            "Valtakunnallinen hanke, jossa korkeakouluopiskelijat mentoroivat toisen asteen opiskelijoita jatko-opintoihin.",
            "- 300 mentorointiparia\n- Väyläopintojen aloittajien määrän kasvu",
            "- Mentorivalmennus\n- Mentorointiparien muodostaminen\n- Väyläopintojen esittelykierros",
            T("T"), T("T1"), T("T2"));
        mentors.Partners.Add(new ProjectPartner { Organisation = coast, Role = PartnerRole.CoImplementer });
        mentors.Contacts.Add(new ContactPerson { Name = "Mikko Mentori", Role = "projektikoordinaattori", Email = "mikko.mentori@example.org" });

        var step = Proj("Steg för steg", null, "S30303", new(2024, 1, 1), new(2027, 12, 31), institute, ProjectScope.Regional, "MK15",
            "Projektet utvecklar stöd för studerande som riskerar att avbryta sina studier inom yrkesutbildningen.",
            "- Färre avbrutna studier\n- Ett fungerande stödteam i varje enhet",
            "- Stödteam\n- Individuell handledning\n- Samarbete med uppsökande ungdomsarbete",
            T("K"), T("K1"));
        step.Contacts.Add(new ContactPerson { Name = "Elin Exempel", Role = "projektledare", Email = "elin.exempel@example.org" });

        var network = Proj("Juurtuva – verkoston koordinaatio", "JUURTUVA", "S30000", new(2023, 1, 1), new(2027, 12, 31), lakes, ProjectScope.National, "MK10",
            "Koordinaatiohanke kokoaa verkoston hankkeiden mallit ja hyvät käytännöt ja arvioi niiden levitettävyyttä.",
            "- Mallien arviointi ja levittäminen", "- Vertaisarvioinnin työpajat\n- Menetelmäpankin ylläpito", T("O"), T("K"), T("T"));
        network.IsCoordination = true;
        path.ParentProject = network;

        var keywordCache = new Dictionary<string, Keyword>();
        var targetGroupCache = new Dictionary<string, TargetGroup>();
        Practice Pr(string title, PracticeKind kind, Project project, Organisation org, string summary, string goal, string content, int year,
            string language, string[] keywords, string[] targetGroups, params Theme[] themes)
        {
            var p = new Practice
            {
                Network = demo, Kind = kind, Summary = summary, GoalAndTargetGroup = goal, ContentAndActions = content,
                Year = year, Language = language, CreatedAt = now, UpdatedAt = now,
            };
            p.Retitle(title);
            p.Projects.Add(project);
            p.Organisations.Add(org);
            p.Themes.AddRange(themes);
            p.Regions.AddRange(project.Regions);
            foreach (var k in keywords) p.Keywords.Add(Cached(keywordCache, k, Keyword.Create));
            foreach (var g in targetGroups) p.TargetGroups.Add(Cached(targetGroupCache, g, TargetGroup.Create));
            p.Contacts.AddRange(project.Contacts.Select(c => new ContactPerson { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone }));
            db.Practices.Add(p);
            return p;
        }

        var servicePoint = Pr("Hakijan palvelupiste kauppakeskuksessa", PracticeKind.Model, path, coast,
            "Koulutukseen hakeutuva saa ohjausta ilman ajanvarausta siellä, missä hän muutenkin liikkuu. Palvelupisteessä päivystävät opinto-ohjaaja ja etsivä nuorisotyöntekijä yhdessä.",
            "Tavoitteena on madaltaa kynnystä kysyä koulutuksesta. Kohderyhmänä ovat peruskoulun päättävät nuoret, alanvaihtajat ja maahan muuttaneet aikuiset.",
            "1. Palvelupiste on auki kahtena iltapäivänä viikossa.\n2. Päivystäjät kirjaavat kävijämäärät ja kysymysten aiheet.\n3. Kuukausittain tiimi käy läpi, mitä kysyttiin ja mitä pitää kehittää.",
            2024, "fi", ["hakeutuminen", "matalan kynnyksen ohjaus", "etsivä nuorisotyö"], ["peruskoulun päättävät", "alanvaihtajat"], T("O"), T("O1"));
        servicePoint.StaffInduction = "Uudet päivystäjät työskentelevät ensin kaksi kertaa kokeneen parin kanssa. Perehdytysopas on liitteenä.";
        servicePoint.Marketing = "Kauppakeskuksen näytöt, koulujen tiedotteet huoltajille ja kaupungin nuorisopalvelujen kanavat.";
        servicePoint.Materials = "Perehdytysopas, kävijälomake ja viikkoaikataulun pohja.";
        servicePoint.Resources = "Kaksi työntekijää kahtena iltapäivänä viikossa, vuokrattu tila ja kannettava tietokone.";
        servicePoint.ResultsAndIndicators = "Kävijöitä 40–60 kuukaudessa; kolmannes ohjautui hakemaan koulutukseen saman kevään aikana.";
        servicePoint.Publish(now);

        var taster = Pr("Kolmen päivän tutustumisjakso ammattiopistoon", PracticeKind.GoodPractice, path, coast,
            "Hakija viettää kolme päivää valitsemansa alan ryhmässä ja saa lopuksi palautteen ja suosituksen.",
            "Tavoite on oikea alavalinta ja vähemmän keskeyttämisiä ensimmäisenä vuonna.",
            "Opinto-ohjaaja sopii jakson opettajan kanssa, tutustuja saa nimetyn opiskelijakummin.",
            2024, "fi", ["tutustumisjakso", "alavalinta"], ["peruskoulun päättävät"], T("O"), T("O2"));
        taster.ApplyModel(servicePoint);
        taster.Publish(now);

        var mentoring = Pr("Vertaismentorointi väyläopintoihin", PracticeKind.Model, mentors, lakes,
            "Ammattikorkeakoulun opiskelija mentoroi ammatillisen perustutkinnon opiskelijaa lukuvuoden ajan väyläopintojen aloittamiseen.",
            "Tavoitteena on, että yhä useampi ammatillisen koulutuksen opiskelija uskaltaa aloittaa korkeakouluopinnot. Kohderyhmä: toisen vuoden opiskelijat.",
            "Mentorit koulutetaan kahden päivän mentorivalmennuksessa. Parit tapaavat kerran kuukaudessa, ja mentorit saavat työnohjausta ryhmässä.",
            2023, "fi", ["mentorointi", "vertaismentorointi", "väyläopinnot"], ["ammatillisen koulutuksen opiskelijat"], T("T"), T("T2"));
        mentoring.StaffInduction = "Mentorivalmennuksen käsikirja ja kaksi valmennuspäivää.";
        mentoring.Materials = "Käsikirja, tapaamisten keskustelurungot ja palautelomake.";
        mentoring.Resources = "Koordinaattori 20 % työajasta, mentoreille opintopisteet.";
        mentoring.ResultsAndIndicators = "Mentoroiduista 38 % aloitti väyläopinnot, vertailuryhmästä 12 %.";
        mentoring.Publish(now);

        var careerDays = Pr("Uraohjauksen teemapäivät työpaikoilla", PracticeKind.GoodPractice, mentors, coast,
            "Opiskelijat vierailevat pienryhmissä alueen työpaikoilla ja haastattelevat alalla työskenteleviä.",
            "Tavoitteena on vahvistaa uraohjausta ja työnhakutaitoja opintojen loppuvaiheessa.",
            "Vierailut valmistellaan tunnilla, haastattelut kootaan yhteiseen uratarinoiden kansioon.",
            2024, "fi", ["uraohjaus", "työelämäyhteistyö"], ["valmistuvat opiskelijat"], T("T"), T("T1"));
        careerDays.ApplyModel(mentoring);
        careerDays.Publish(now);

        var team = Pr("Stödteam för studerande i riskzonen", PracticeKind.GoodPractice, step, institute,
            "Ett mångprofessionellt stödteam träffar studerande som har fått studiepauser eller många frånvaron.",
            "Målet är att studerande ska slutföra sin utbildning. Målgruppen är studerande under första studieåret.",
            "Teamet träffas varje vecka. Studerande kontaktas inom tre dagar efter att läraren har gjort en anmälan.",
            2025, "sv", ["stödteam", "avbrott"], ["studerande i yrkesutbildning"], T("K"), T("K1"));
        team.Publish(now);

        var earlyWarning = Pr("Varhaisen tuen viikkopalaveri", PracticeKind.GoodPractice, step, institute,
            "Ryhmänohjaajat, opinto-ohjaaja ja kuraattori käyvät viikoittain läpi opiskelijat, joiden opinnot ovat pysähtyneet.",
            "Tavoitteena on puuttua ajoissa ennen kuin opiskelija ajattelee keskeyttämistä.",
            "Viikkopalaveri kestää 30 minuuttia; jokaiselle opiskelijalle nimetään vastuuhenkilö ja seuraava askel.",
            2025, "fi", ["varhainen tuki", "keskeyttäminen"], ["ensimmäisen vuoden opiskelijat"], T("K"), T("K1"));
        earlyWarning.Publish(now);

        // One draft and one submitted practice, to show the workflow to the demo accounts (not public).
        var draft = Pr("Huoltajailta yhdeksäsluokkalaisille", PracticeKind.GoodPractice, path, town,
            "Huoltajille järjestettävä ilta, jossa esitellään toisen asteen vaihtoehdot.", "", "", 2025, "fi", ["huoltajat"], [], T("O"), T("O1"));
        var submitted = Pr("Digitaalinen ohjauskalenteri", PracticeKind.GoodPractice, path, coast,
            "Opiskelijan ohjaustapaamiset ja tukitoimet yhdessä kalenterissa.",
            "Tavoitteena on, että opiskelija näkee oman ohjauksensa yhdellä silmäyksellä.",
            "Kalenteri pohjautuu oppilaitoksen nykyiseen järjestelmään; ohjaajat kirjaavat tapaamiset.",
            2025, "fi", ["ohjaus", "digitaalisuus"], ["opiskelijat"], T("K"), T("K2"));
        submitted.Submit();

        foreach (var p in new[] { servicePoint, taster, mentoring, careerDays, team, earlyWarning, draft, submitted })
        {
            p.AddRevision(RevisionAction.Created, null, "Juurru demo", [], now, "Demosisältö");
        }
        await db.SaveChangesAsync(ct);

        await CreateDemoUserAsync("admin@demo.juurru.fi", "Demo Ylläpitäjä", u => users.AddToRoleAsync(u, Roles.Administrator));
        var coordinator = await CreateDemoUserAsync("koordinaattori@demo.juurru.fi", "Demo Koordinaattori", u =>
        {
            // The demo coordinator runs the demo network and "Sujuvat siirtymät", ready for an imported report.
            db.NetworkCoordinators.Add(new NetworkCoordinator { NetworkId = demo.Id, UserId = u.Id });
            db.NetworkCoordinators.Add(new NetworkCoordinator { NetworkId = transitions.Id, UserId = u.Id });
            return Task.CompletedTask;
        });
        await CreateDemoUserAsync("jasen@demo.juurru.fi", "Demo Jäsen", u =>
        {
            db.ProjectMembers.Add(new ProjectMember { ProjectId = path.Id, UserId = u.Id });
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = coast.Id, UserId = u.Id });
            return Task.CompletedTask;
        });
        await db.SaveChangesAsync(ct);
        await EvaluationDemoAsync(demo.Id, coordinator.Id, [mentoring, careerDays, taster], earlyWarning, now, ct);
        await SurveyDemoAsync(demo.Id, now, ct);
        await new DemoEvents(db).AddAsync(demo.Id, now, ct);
        await new DemoRooting(db).AddAsync(demo.Id, mentors, path, mentoring, careerDays, new DemoRooting.Organisations(lakes, coast, institute, town), now, ct);
    }

    /// <summary>An open survey of the demo network with 40 sent responses, so that the report is alive.</summary>
    private async Task SurveyDemoAsync(int networkId, DateTime now, CancellationToken ct)
    {
        var survey = new Survey { NetworkId = networkId, OpensAt = now.AddDays(-14), ClosesAt = now.AddDays(30), CreatedAt = now.AddDays(-20), UpdatedAt = now };
        survey.Define(DemoSurvey.Definition());
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        // Two invitee groups (main and sub-projects) with their response rates; the rest answered through the open link.
        var main = new RespondentGroup { SurveyId = survey.Id, Name = "Päähankkeet" };
        var sub = new RespondentGroup { SurveyId = survey.Id, Name = "Osahankkeet" };
        db.RespondentGroups.AddRange(main, sub);
        await db.SaveChangesAsync(ct);
        db.SurveyInvitations.AddRange(Enumerable.Range(1, 32).Select(i => new Invitation
        {
            SurveyId = survey.Id, GroupId = i <= 20 ? main.Id : sub.Id, Email = $"vastaaja{i}@example.org",
            SentAt = now.AddDays(-14), Answered = i <= 15 || (i > 20 && i <= 25),
        }));
        db.SurveyResponses.AddRange(DemoSurvey.Responses(40).Select((a, i) => new SurveyResponse
        {
            SurveyId = survey.Id, Key = SurveyResponse.NewKey(), Status = ResponseStatus.Submitted,
            GroupId = i < 15 ? main.Id : i < 20 ? sub.Id : null,
            AnswersJson = a.ToJson(), StartedAt = now.AddDays(-13).AddHours(i), UpdatedAt = now.AddDays(-13).AddHours(i), SubmittedAt = now.AddDays(-13).AddHours(i),
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A closed peer and expert round whose decisions show on the practice pages (workshop groups recorded by the demo
    /// coordinator), and an open round the demo coordinator can invite evaluators to.
    /// </summary>
    private async Task EvaluationDemoAsync(int networkId, string coordinatorId, Practice[] evaluated, Practice open, DateTime now, CancellationToken ct)
    {
        var criteria = DefaultCriteria.For(networkId);
        db.Criteria.AddRange(criteria);
        var round = EvaluationRound.Start(networkId, "Vertaisarvioinnin työpaja, syksy 2025", DateOnly.FromDateTime(now).AddDays(-30),
            "Hankkeet esittelevät mallinsa aamupäivällä; pienryhmät arvioivat iltapäivällä.", criteria, evaluated.Select(p => p.Id), now.AddDays(-60));
        var next = EvaluationRound.Start(networkId, "Vertaisarviointi, kevät 2026", DateOnly.FromDateTime(now).AddDays(30),
            "Arvioi käytäntö kuvauksen ja liitteiden perusteella.", criteria, [open.Id], now);
        db.EvaluationRounds.AddRange(round, next);
        await db.SaveChangesAsync(ct);

        // Scores per practice: three workshop groups on the peer criteria, one expert panel on the expert criteria.
        int[][][] peerScores = [[[4, 5, 4, 5, 4], [5, 4, 4, 4, 3], [4, 4, 5, 5, 4]], [[4, 3, 3, 4, 4], [3, 4, 3, 3, 4], [4, 4, 3, 4, 5]], [[3, 3, 2, 3, 4], [4, 3, 2, 3, 3], [3, 4, 3, 2, 4]]];
        int[][] expertScores = [[5, 4, 4, 4], [3, 3, 3, 3], [2, 3, 2, 3]];
        string[] comments = ["Selkeä kuvaus ja valmiit materiaalit; levitettävissä sellaisenaan.", "Toimiva paikallinen käytäntö, kuvaus hyötyisi tuloksista lukuina.", "Lupaava idea, mutta resurssit ja tulokset jäävät kuvauksessa epäselviksi."];
        for (var i = 0; i < evaluated.Length; i++)
        {
            for (var g = 0; g < 3; g++) Record(round, evaluated[i].Id, EvaluationPhase.Peer, $"Ryhmä {g + 1}", peerScores[i][g], g == 0 ? comments[i] : "");
            Record(round, evaluated[i].Id, EvaluationPhase.Expert, "Asiantuntijapaneeli", expertScores[i], comments[i]);
        }
        (EvaluationDecision Decision, string Statement, bool Publish)[] decisions =
        [
            (EvaluationDecision.Model, "Vertaiset ja asiantuntijat pitivät mallia valmiina valtakunnalliseen käyttöön: kuvaus, materiaalit ja tulokset riittävät käyttöönottoon.", true),
            (EvaluationDecision.GoodPractice, "Hyvä paikallinen sovellus mentorointimallista. Kuvaukseen toivotaan tuloksia lukuina.", true),
            (EvaluationDecision.GoodPractice, "Käytäntö jaetaan hyvänä käytäntönä; kehitettävää on resurssien kuvauksessa.", false),
        ];
        for (var i = 0; i < evaluated.Length; i++)
            round.Practice(evaluated[i].Id).Decide(decisions[i].Decision, decisions[i].Statement, decisions[i].Publish, coordinatorId, now.AddDays(-20));
        round.Close(now.AddDays(-20));
        foreach (var practice in evaluated)
        {
            var decision = round.Practice(practice.Id).Decision!.Value;
            var changes = practice.RecordDecision(decision, round.Id, now.AddDays(-20), evaluated.Any(p => p.ModelId == practice.Id) || practice.Applications.Count > 0);
            practice.AddRevision(RevisionAction.EvaluationDecided, null, "Juurru demo", changes, now.AddDays(-20), round.Name);
        }
        await db.SaveChangesAsync(ct);

        void Record(EvaluationRound r, int practiceId, EvaluationPhase phase, string group, int[] scores, string comment)
        {
            var phaseCriteria = r.CriteriaOf(phase).ToList();
            var form = new Assignment { PracticeId = practiceId, Phase = phase, EvaluatorId = coordinatorId, GroupLabel = group, Round = r };
            form.Record(phaseCriteria, phaseCriteria.Select((c, k) => (c.Id, k)).ToDictionary(x => x.Id, x => new ScoreInput(scores[x.k], null)),
                comment, submit: true, now.AddDays(-40));
            r.Assignments.Add(form);
        }
    }

    private async Task<User> CreateDemoUserAsync(string email, string name, Func<User, Task> grant)
    {
        var password = "Demo-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(9)).Replace('/', 'x').Replace('+', 'y');
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        await grant(user);
        log.LogWarning("Demo account {Email} has password {Password} (shown once; reset it through 'Forgot password').", email, password);
        return user;
    }

    private static T Cached<T>(Dictionary<string, T> cache, string name, Func<string, T> create)
    {
        var key = TextKeys.Normalize(name);
        if (!cache.TryGetValue(key, out var value)) cache[key] = value = create(name);
        return value;
    }
}
