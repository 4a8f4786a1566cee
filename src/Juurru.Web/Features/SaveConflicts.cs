using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Juurru.Features;

/// <summary>
/// Two people saving the same thing at the same moment is not a server error: when the database refuses the second
/// save (a concurrency token changed, or a unique name or code was taken in between), the second person gets 409 and a
/// page that says so in their language. Nothing of the refused save was written: SaveChanges rolled it back.
/// </summary>
public sealed class SaveConflicts : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (!IsConflict(context.Exception)) return;
        context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        context.ExceptionHandled = true;
    }

    public static bool IsConflict(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: Microsoft.Data.Sqlite.SqliteException sqlite } => sqlite.SqliteExtendedErrorCode is 2067 or 1555, // UNIQUE, PRIMARY KEY
        DbUpdateException { InnerException: Npgsql.PostgresException postgres } => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
