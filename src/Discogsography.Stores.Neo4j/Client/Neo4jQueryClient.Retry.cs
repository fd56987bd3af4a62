using Discogsography.Catalog.Ingestion;

namespace Discogsography.Stores.Neo4j.Client;

internal sealed partial class Neo4jQueryClient
{
    /// <summary>Whether <paramref name="exception"/> says the same work may succeed later.</summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jUnavailableException => true,
        Neo4jQueryException query => query.IsTransient || query.Code == "Neo.ClientError.Transaction.TransactionNotFound",
        _ => false,
    };

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based): the initial delay doubled per retry, capped.</summary>
    internal TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.InitialRetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
        return delay;
    }

    private async Task<T> WithRetriesAsync<T>(string operation, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var attempts = _options.MaxRetries + 1;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                if (number >= attempts)
                {
                    Log.RetriesExhausted(_logger, operation, attempts, exception.Message);
                    throw new TransientStoreException($"Neo4j {operation} failed {attempts} times: {exception.Message}", exception);
                }

                var delay = RetryDelay(number);
                Log.TransientFailure(_logger, operation, number, attempts, delay, exception.Message);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    internal void OnRollbackFailed(string transactionId, Exception exception) => Log.RollbackFailed(_logger, transactionId, exception.Message);
}
