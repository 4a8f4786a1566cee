using Juurru.Features.Shared;
using Juurru.Features.Surveys.Reports;

namespace Juurru.Features.Surveys;

/// <summary>
/// What a response keeps of where and when it came from, by the survey's anonymity. An anonymous response must not
/// single out an invitee even to someone holding the invitation list, the coordinator's pages, the exports and a copy of
/// the database: it keeps no language, no invitation once sent, its times only as the day, and its respondent group only
/// when the survey reports by group and the group has at least <see cref="SurveyReport.SmallestGroup"/> invitees.
/// Pseudonymous and named responses keep all of it (their point is to be linked).
/// </summary>
public static class ResponseRecord
{
    public static DateTime Time(Anonymity anonymity, DateTime utc) => anonymity == Anonymity.Anonymous ? Day(utc) : utc;

    /// <summary>The start of the day (Helsinki time) as UTC: the date survives, the hour and minute do not.</summary>
    public static DateTime Day(DateTime utc) => Dates.FromHelsinki(Dates.ToHelsinki(utc).Date);

    public static string Language(Anonymity anonymity, string language) => anonymity == Anonymity.Anonymous ? "" : language;

    public static int? Group(Anonymity anonymity, bool reportsByGroup, int? groupId, int groupInvitees) =>
        anonymity != Anonymity.Anonymous || (reportsByGroup && groupInvitees >= SurveyReport.SmallestGroup) ? groupId : null;

    /// <summary>Only a named survey keeps the invitation on a sent response; the others keep it while answering, for the personal link to resume.</summary>
    public static bool KeepsInvitation(Anonymity anonymity) => anonymity == Anonymity.Named;
}
