namespace Discogsography.GraphQL.AspNetCore.WebSockets.LegacyWs;

/// <summary>Client → server: <c>{ id, type: "stop" }</c>: stop the operation (its source is cancelled); nothing more is sent for it.</summary>
internal static class StopMessage
{
    public const string Type = "stop";
}
