using Microsoft.Extensions.Logging;

namespace Discogsography.Stores.Sql.Migrations;

/// <summary>Log messages of schema migrations (event ids 4100–4199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Applied {Provider} migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, SqlProvider provider, int version, string name);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "{Provider} schema checked: {Known} migrations known, {Applied} applied now")]
    public static partial void MigrationsChecked(ILogger logger, SqlProvider provider, int known, int applied);
}
