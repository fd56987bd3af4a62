using System.Collections.Concurrent;
using Discogsography.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Discogsography.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The operations running on one socket by id. Each runs on its own task with its own cancellation; stopping one (client
/// <c>complete</c>/<c>stop</c>) cancels it, which disposes the subscription's source.
/// </summary>
internal sealed class ActiveOperations : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly List<Task> _tasks = [];

    /// <summary>
    /// Starts <paramref name="request"/> unless an operation with <paramref name="id"/> is running (false). A request error
    /// goes to <see cref="IOperationObserver.ErrorAsync"/> alone; otherwise each result goes to <see cref="IOperationObserver.NextAsync"/>
    /// and, unless the operation was stopped, <see cref="IOperationObserver.CompleteAsync"/> follows.
    /// </summary>
    public bool TryStart(string id, GraphQLRequest request, IRequestExecutor executor, HttpContext context, IOperationObserver observer, CancellationToken connectionClosed)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);
        if (!_running.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            return false;
        }

        Task running = RunAsync(id, request, executor, context, observer, cancellation);
        lock (_tasks)
        {
            _tasks.RemoveAll(static task => task.IsCompleted);
            _tasks.Add(running);
        }

        return true;
    }

    /// <summary>Stops the operation with <paramref name="id"/> if it runs; it sends nothing more.</summary>
    public void Stop(string id)
    {
        if (_running.TryRemove(id, out CancellationTokenSource? cancellation))
        {
            cancellation.Cancel();
        }
    }

    /// <summary>Stops every operation and waits for their tasks to end.</summary>
    public async Task StopAllAsync()
    {
        foreach (string id in _running.Keys)
        {
            Stop(id);
        }

        Task[] tasks;
        lock (_tasks)
        {
            tasks = [.. _tasks];
        }

        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task RunAsync(string id, GraphQLRequest request, IRequestExecutor executor, HttpContext context, IOperationObserver observer, CancellationTokenSource cancellation)
    {
        await Task.Yield();
        CancellationToken token = cancellation.Token;
        try
        {
            ExecutionResult result = await executor.ExecuteAsync(request, context.RequestServices, context.User, token).ConfigureAwait(false);
            if (result.IsRequestError)
            {
                await observer.ErrorAsync(id, result.Errors).ConfigureAwait(false);
                return;
            }

            if (result.Stream is null)
            {
                await observer.NextAsync(id, result).ConfigureAwait(false);
            }
            else
            {
                await foreach (ExecutionResult item in result.Stream.WithCancellation(token).ConfigureAwait(false))
                {
                    if (token.IsCancellationRequested)
                    {
                        // Stopped while this event executed: the client asked for nothing more.
                        break;
                    }

                    await observer.NextAsync(id, item).ConfigureAwait(false);
                }
            }

            if (!token.IsCancellationRequested)
            {
                await observer.CompleteAsync(id).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by the client or the connection ended.
        }
        catch (Exception exception)
        {
            await observer.FailAsync(id, exception).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (CancellationTokenSource cancellation in _running.Values)
        {
            cancellation.Cancel();
        }
    }
}
