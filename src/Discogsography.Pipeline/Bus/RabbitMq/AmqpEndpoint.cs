namespace Discogsography.Pipeline.Bus.RabbitMq;

/// <summary>Renders an AMQP URI for logs: scheme, host, port and virtual host, never the user or password.</summary>
public static class AmqpEndpoint
{
    /// <summary>The URI without its credentials, e.g. <c>amqp://127.0.0.1:5672/</c>.</summary>
    /// <param name="uri">An AMQP URI, possibly holding a user and password.</param>
    public static string Redact(Uri uri) => $"{uri.Scheme}://{uri.Host}:{(uri.IsDefaultPort ? 5672 : uri.Port)}{uri.AbsolutePath}";
}
