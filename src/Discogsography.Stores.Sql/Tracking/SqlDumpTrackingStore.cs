using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Tracking;

/// <summary><see cref="IDumpTrackingStore"/> over <c>dump_processing</c> on PostgreSQL or SQLite (plain ADO.NET).</summary>
internal sealed class SqlDumpTrackingStore(SqlDatabase database, TimeProvider timeProvider, ILogger<SqlDumpTrackingStore> logger)
    : IDumpTrackingStore
{
    private const string Columns =
        "year_month, dump_version, status, checksums, statistics, retry_count, last_error, created_at, updated_at, started_at, completed_at";

    private readonly bool _postgres = database.Provider == SqlProvider.Postgres;

    public async Task<DumpProcessingRecord?> FindAsync(string yearMonth, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, yearMonth, cancellationToken);
    }

    public async Task<IReadOnlyList<DumpProcessingRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SelectColumns()} FROM dump_processing ORDER BY year_month DESC";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<DumpProcessingRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    public async Task<DumpProcessingRecord> EnsureAsync(string yearMonth, string dumpVersion, CancellationToken cancellationToken)
    {
        DumpMonthKey.Validate(yearMonth);
        ArgumentException.ThrowIfNullOrWhiteSpace(dumpVersion);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText =
                "INSERT INTO dump_processing (year_month, dump_version, status, created_at, updated_at) " +
                "VALUES (@year_month, @dump_version, 'not_started', @now, @now) ON CONFLICT (year_month) DO NOTHING";
            AddParameter(insert, "year_month", yearMonth);
            AddParameter(insert, "dump_version", dumpVersion);
            AddParameter(insert, "now", timeProvider.GetUtcNow());
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                Log.DumpTracked(logger, yearMonth, dumpVersion);
            }
        }

        return await FindAsync(connection, yearMonth, cancellationToken)
            ?? throw new InvalidOperationException($"Dump {yearMonth} vanished right after it was created.");
    }

    public async Task<DumpProcessingRecord> TransitionAsync(string yearMonth, DumpStatus to, DumpStatusChange? change, CancellationToken cancellationToken)
    {
        DumpMonthKey.Validate(yearMonth);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var current = await FindAsync(connection, yearMonth, cancellationToken)
            ?? throw new KeyNotFoundException($"Dump {yearMonth} is not tracked.");
        if (!DumpStatusTransitions.IsAllowed(current.Status, to))
        {
            throw new InvalidDumpTransitionException(yearMonth, current.Status, to);
        }

        var now = timeProvider.GetUtcNow();
        var startsRun = to == DumpStatus.Downloading || DumpStatusTransitions.IsRetry(current.Status, to);
        var next = current with
        {
            Status = to,
            Checksums = change?.Checksums ?? current.Checksums,
            Statistics = change?.Statistics ?? current.Statistics,
            RetryCount = DumpStatusTransitions.IsRetry(current.Status, to) ? current.RetryCount + 1 : current.RetryCount,
            LastError = to switch
            {
                DumpStatus.Failed => change?.Error ?? "unknown error",
                DumpStatus.Completed => null,
                _ => current.LastError,
            },
            UpdatedAt = now,
            StartedAt = startsRun ? now : current.StartedAt,
            CompletedAt = to == DumpStatus.Completed ? now : startsRun ? null : current.CompletedAt,
        };

        await using var update = connection.CreateCommand();
        update.CommandText =
            $"UPDATE dump_processing SET status = @status, checksums = {Json("@checksums")}, statistics = {Json("@statistics")}, " +
            "retry_count = @retry_count, last_error = @last_error, updated_at = @updated_at, started_at = @started_at, completed_at = @completed_at " +
            "WHERE year_month = @year_month AND status = @expected";
        AddParameter(update, "status", DumpStatusTransitions.ToText(to));
        AddParameter(update, "checksums", JsonSerializer.Serialize(next.Checksums));
        AddParameter(update, "statistics", JsonSerializer.Serialize(next.Statistics));
        AddParameter(update, "retry_count", next.RetryCount);
        AddParameter(update, "last_error", next.LastError);
        AddParameter(update, "updated_at", now);
        AddParameter(update, "started_at", next.StartedAt);
        AddParameter(update, "completed_at", next.CompletedAt);
        AddParameter(update, "year_month", yearMonth);
        AddParameter(update, "expected", DumpStatusTransitions.ToText(current.Status));
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException(
                $"Dump {yearMonth} changed while moving from {DumpStatusTransitions.ToText(current.Status)} to {DumpStatusTransitions.ToText(to)}; reload and retry.");
        }

        Log.DumpStatusChanged(logger, yearMonth, current.Status, to, next.RetryCount);
        return next;
    }

    private async Task<DumpProcessingRecord?> FindAsync(DbConnection connection, string yearMonth, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SelectColumns()} FROM dump_processing WHERE year_month = @year_month";
        AddParameter(command, "year_month", yearMonth);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private string SelectColumns() => _postgres ? Columns.Replace("checksums, statistics", "checksums::text, statistics::text", StringComparison.Ordinal) : Columns;

    private string Json(string parameter) => _postgres ? $"CAST({parameter} AS jsonb)" : parameter;

    private static DumpProcessingRecord Read(DbDataReader reader) => new()
    {
        YearMonth = reader.GetString(0),
        DumpVersion = reader.GetString(1),
        Status = DumpStatusTransitions.Parse(reader.GetString(2)),
        Checksums = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(3)) ?? [],
        Statistics = JsonSerializer.Deserialize<Dictionary<string, long>>(reader.GetString(4)) ?? [],
        RetryCount = reader.GetInt32(5),
        LastError = reader.IsDBNull(6) ? null : reader.GetString(6),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(7),
        UpdatedAt = reader.GetFieldValue<DateTimeOffset>(8),
        StartedAt = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
        CompletedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
    };

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
