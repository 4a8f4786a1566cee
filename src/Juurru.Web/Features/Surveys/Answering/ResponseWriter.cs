using System.Threading.Channels;
using Juurru.Data;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features.Surveys.Answering;

/// <summary>What an answer page asks to be stored: a response's answers under its key, sent or still in progress.</summary>
public sealed record ResponseWrite(int SurveyId, string Key, string Language, string AnswersJson, bool Submit, DateTime At)
{
    /// <summary>Where a new response comes from (invitation, group, respondent code or name); stored when the row is made.</summary>
    public ResponseOrigin? Origin { get; init; }

    /// <summary>Decides what the response keeps of its language, time, group and invitation (<see cref="ResponseRecord"/>); the most private unless said.</summary>
    public Anonymity Anonymity { get; init; } = Anonymity.Anonymous;
}

public sealed record ResponseOrigin(int? GroupId, int? InvitationId, string? RespondentCode, string? RespondentName);

/// <summary>
/// Told about responses as they are sent, before they are saved: what a handler adds to the context (the rooting
/// follow-up's adoptions) is saved in the same transaction as the responses, so it commits with them or not at all.
/// </summary>
public interface ISubmissionHandler
{
    Task HandleAsync(JuurruDbContext db, IReadOnlyList<SurveyResponse> sent, CancellationToken ct);
}

public enum WriteOutcome
{
    Stored,
    /// <summary>The response had already been sent: nothing was changed (a double submit or a retry).</summary>
    AlreadySent,
}

/// <summary>
/// Stores respondents' answers through one writer that commits whatever has queued up in one transaction (group
/// commit). Each page waits until the transaction holding its answers has committed, so "thank you" is shown only for
/// answers that are in the database, while many respondents sending at once cost one commit instead of many writers
/// queueing for SQLite's single write lock. On shutdown the queue is drained before the host stops.
/// </summary>
public sealed class ResponseWriter(IServiceScopeFactory scopes, WalCheckpoints checkpoints, ILogger<ResponseWriter> logger, Telemetry.JuurruTelemetry telemetry)
    : BackgroundService
{
    private const int MaxBatch = 256;

    private sealed record Pending(ResponseWrite Write, TaskCompletionSource<WriteOutcome> Done);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Completes once the answers are committed (or were already sent); faults if they could not be stored.</summary>
    public Task<WriteOutcome> WriteAsync(ResponseWrite write)
    {
        var pending = new Pending(write, new TaskCompletionSource<WriteOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The site is shutting down; the answers were not stored.");
        return pending.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        // Not stoppingToken: stopping completes the queue, and what is in it is still written.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await WriteAsync(batch);
            batch.Clear();
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<Pending> batch, bool again = false)
    {
        try
        {
            WriteOutcome[] outcomes;
            using (Telemetry.JuurruTelemetry.Activities.StartActivity("store survey responses"))
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                outcomes = await StoreAsync(batch.Select(p => p.Write).ToList());
                telemetry.SurveyWrites.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
            }
            for (var i = 0; i < batch.Count; i++)
            {
                telemetry.SurveyResponses.Add(1, new KeyValuePair<string, object?>("outcome", outcomes[i] == WriteOutcome.Stored ? "stored" : "already_sent"));
                batch[i].Done.TrySetResult(outcomes[i]);
            }
        }
        catch (DbUpdateConcurrencyException) when (batch.Count == 1 && !again)
        {
            // A follow-up answer updates an adoption or a practice's rooting summary; someone saving that very row in
            // the same moment makes this write read it again, once.
            await WriteAsync(batch, again: true);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One write that cannot be stored must not fail the others: each is tried on its own.
            logger.LogWarning(e, "A group of {Count} survey responses could not be stored together; storing them one by one.", batch.Count);
            foreach (var pending in batch) await WriteAsync([pending]);
        }
        catch (Exception e)
        {
            logger.LogError(e, "A survey response could not be stored.");
            telemetry.SurveyResponses.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            batch[0].Done.TrySetException(e);
        }
    }

    private async Task<WriteOutcome[]> StoreAsync(IReadOnlyList<ResponseWrite> writes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JuurruDbContext>();
        var sent = new List<SurveyResponse>();
        var keys = writes.Select(w => w.Key).Distinct().ToList();
        var responses = await db.SurveyResponses.Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, StringComparer.Ordinal);
        var outcomes = new WriteOutcome[writes.Count];
        var unlinked = false;
        for (var i = 0; i < writes.Count; i++)
        {
            var w = writes[i];
            if (responses.TryGetValue(w.Key, out var response) && response.SurveyId != w.SurveyId)
                throw new InvalidOperationException("A response key belongs to another survey.");
            if (response?.Status == ResponseStatus.Submitted)
            {
                outcomes[i] = WriteOutcome.AlreadySent;
                continue;
            }
            if (response is null)
            {
                response = new SurveyResponse
                {
                    Key = w.Key, SurveyId = w.SurveyId, StartedAt = ResponseRecord.Time(w.Anonymity, w.At),
                    Language = ResponseRecord.Language(w.Anonymity, w.Language), GroupId = w.Origin?.GroupId,
                    InvitationId = w.Origin?.InvitationId, RespondentCode = w.Origin?.RespondentCode, RespondentName = w.Origin?.RespondentName,
                };
                db.SurveyResponses.Add(response);
                responses[w.Key] = response;
            }
            // One answer per invitation: a second response begun on the same personal link (two tabs) is not sent.
            var invitation = w.Submit && response.InvitationId is { } invitationId ? await db.SurveyInvitations.FindAsync(invitationId) : null;
            if (invitation?.Answered == true)
            {
                outcomes[i] = WriteOutcome.AlreadySent;
                continue;
            }
            response.AnswersJson = w.AnswersJson;
            response.UpdatedAt = ResponseRecord.Time(w.Anonymity, w.At);
            if (w.Submit)
            {
                response.Status = ResponseStatus.Submitted;
                response.SubmittedAt = ResponseRecord.Time(w.Anonymity, w.At);
                sent.Add(response);
                if (invitation is not null)
                {
                    // A flag without a time, saved in the same transaction: in an anonymous survey nothing links the
                    // invitation to this response once the response forgets it.
                    invitation.Answered = true;
                    if (!ResponseRecord.KeepsInvitation(w.Anonymity))
                    {
                        response.InvitationId = null;
                        unlinked = true;
                    }
                }
            }
            outcomes[i] = WriteOutcome.Stored;
        }
        if (sent.Count > 0)
        {
            foreach (var handler in scope.ServiceProvider.GetServices<ISubmissionHandler>()) await handler.HandleAsync(db, sent, CancellationToken.None);
        }
        await db.SaveChangesAsync();
        // The rows that linked these responses to their invitations must not stay in the write-ahead log either.
        if (unlinked) checkpoints.Request();
        return outcomes;
    }
}
