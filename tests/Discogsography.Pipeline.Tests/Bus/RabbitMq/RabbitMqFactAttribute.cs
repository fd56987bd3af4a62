namespace Discogsography.Pipeline.Tests.Bus.RabbitMq;

/// <summary>A fact that needs a RabbitMQ server: skipped (reported as not run) when <c>AMQP_CONNECTION</c> is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public RabbitMqFactAttribute()
    {
        if (string.IsNullOrEmpty(Connection))
        {
            Skip = "AMQP_CONNECTION is not set: RabbitMQ integration test not run.";
        }
    }

    public static string? Connection => Environment.GetEnvironmentVariable("AMQP_CONNECTION");
}
