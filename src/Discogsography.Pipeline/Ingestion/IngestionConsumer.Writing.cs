using Discogsography.Catalog.Dumps;
using Discogsography.Catalog.Ingestion;
using Discogsography.Pipeline.Bus;
using Discogsography.Pipeline.Bus.Messages;

namespace Discogsography.Pipeline.Ingestion;

/// <summary>Writing a batch: transient failures retried, a refused batch split until the poison record stands alone.</summary>
internal sealed partial class IngestionConsumer
{
    /// <summary>Writes the gathered records, then acknowledges their deliveries; on an unexpected failure they go back to the queue.</summary>
    private async Task FlushAsync(CancellationToken stopping)
    {
        if (_batch.IsEmpty)
        {
            return;
        }

        try
        {
            var tally = new BatchTally();
            await WriteOrIsolateAsync(_batch.Records, tally, stopping).ConfigureAwait(false);
            await AcknowledgeAsync(_batch.Deliveries).ConfigureAwait(false);
            Log.BatchWritten(_logger, Queue, tally.Written, tally.Unchanged, tally.DeadLettered, _batch.Records.Count, _batch.Deliveries.Count);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            // E.g. the dead-letter queue could not be reached: nothing is acknowledged, the messages come again.
            Log.BatchFailed(_logger, Queue, _batch.Deliveries.Count, exception);
            await RequeueAsync(_batch.Deliveries).ConfigureAwait(false);
            await _backoff.WaitAsync(1, stopping).ConfigureAwait(false);
        }
        finally
        {
            _batch.Clear();
        }
    }

    /// <summary>
    /// Writes <paramref name="records"/>; when the store refuses them, splits them (around the record the store named,
    /// else in halves) and writes each part, until a refused part is one record, which goes to the dead-letter queue.
    /// </summary>
    private async Task WriteOrIsolateAsync(IReadOnlyList<IngestRecord> records, BatchTally tally, CancellationToken stopping)
    {
        Exception refusal;
        try
        {
            tally.Add(await WriteRetryingAsync(records, stopping).ConfigureAwait(false));
            return;
        }
        catch (Exception exception) when (IsRefusal(exception, stopping))
        {
            refusal = exception;
        }

        if (records.Count == 1)
        {
            await DeadLetterRecordAsync(records[0], refusal, stopping).ConfigureAwait(false);
            tally.AddDeadLetter();
            return;
        }

        (IReadOnlyList<IngestRecord> first, IReadOnlyList<IngestRecord> second) = Split(records, refusal);
        await WriteOrIsolateAsync(first, tally, stopping).ConfigureAwait(false);
        await WriteOrIsolateAsync(second, tally, stopping).ConfigureAwait(false);
    }

    /// <summary>The records other than the one the store named, then that one; halves when it named none of them.</summary>
    private static (IReadOnlyList<IngestRecord> First, IReadOnlyList<IngestRecord> Second) Split(IReadOnlyList<IngestRecord> records, Exception refusal)
    {
        if (refusal is InvalidRecordException { RecordId: long id })
        {
            IngestRecord[] suspects = [.. records.Where(r => r.Id == id)];
            if (suspects.Length > 0 && suspects.Length < records.Count)
            {
                return ([.. records.Where(r => r.Id != id)], suspects);
            }
        }

        int half = records.Count / 2;
        return ([.. records.Take(half)], [.. records.Skip(half)]);
    }

    /// <summary>A failure that says the data is at fault (not the store's availability, not our own shutdown).</summary>
    private static bool IsRefusal(Exception exception, CancellationToken stopping) =>
        exception is not (TransientStoreException or OutOfMemoryException)
        && !(exception is OperationCanceledException && stopping.IsCancellationRequested);

    /// <summary>Writes, backing off and trying again for as long as the store reports itself unavailable.</summary>
    private async Task<WriteBatchResult> WriteRetryingAsync(IReadOnlyList<IngestRecord> records, CancellationToken stopping)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await _writer.WriteAsync(Type, records, stopping).ConfigureAwait(false);
            }
            catch (TransientStoreException exception) when (!stopping.IsCancellationRequested)
            {
                Log.TransientFailure(_logger, Queue, attempt, _backoff.DelayFor(attempt), exception);
                await _backoff.WaitAsync(attempt, stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task DeadLetterRecordAsync(IngestRecord record, Exception refusal, CancellationToken stopping)
    {
        string reason = Describe(refusal);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DeadLetterHeaders.Reason] = reason,
            [DeadLetterHeaders.RecordId] = record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DeadLetterHeaders.Store] = _writer.StoreName,
            [DeadLetterHeaders.DataType] = Type.FileToken(),
        };
        await _bus.PublishDeadLetterAsync(Queue, DeadLetterBody.Data(Type, record), headers, stopping).ConfigureAwait(false);
        _postImport.NoteDeadLetter();
        Log.RecordDeadLettered(_logger, Queue, record.Id, reason);
    }

    /// <summary>
    /// A message that is not data of this queue's type: <c>file_complete</c> is logged, <c>extraction_complete</c> goes to
    /// the post-import coordinator, anything unreadable to the dead-letter queue; then it is acknowledged.
    /// </summary>
    private async Task HandleOtherAsync(BusDelivery delivery, BusMessage? message, string problem, CancellationToken stopping)
    {
        try
        {
            switch (message)
            {
                case FileCompleteMessage file when file.DataType == Type:
                    Log.FileComplete(_logger, Queue, file.File, file.TotalRecords);
                    break;
                case ExtractionCompleteMessage complete:
                    await _postImport.ReportAsync(Type, complete, stopping).ConfigureAwait(false);
                    break;
                default:
                    var headers = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [DeadLetterHeaders.Reason] = problem,
                        [DeadLetterHeaders.Store] = _writer.StoreName,
                        [DeadLetterHeaders.DataType] = Type.FileToken(),
                    };
                    await _bus.PublishDeadLetterAsync(Queue, delivery.Body, headers, stopping).ConfigureAwait(false);
                    _postImport.NoteDeadLetter();
                    Log.MessageDeadLettered(_logger, Queue, problem);
                    break;
            }

            await AcknowledgeAsync([delivery]).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stopping.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            Log.BatchFailed(_logger, Queue, 1, exception);
            await RequeueAsync([delivery]).ConfigureAwait(false);
            await _backoff.WaitAsync(1, stopping).ConfigureAwait(false);
        }
    }

    /// <summary>Acknowledges after the commit; a failed ack (a closed channel) only means the message comes again and is skipped.</summary>
    private async Task AcknowledgeAsync(IReadOnlyList<BusDelivery> deliveries)
    {
        foreach (BusDelivery delivery in deliveries)
        {
            try
            {
                await delivery.AckAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.AckFailed(_logger, Queue, exception);
            }
        }
    }

    private async Task RequeueAsync(IReadOnlyList<BusDelivery> deliveries)
    {
        foreach (BusDelivery delivery in deliveries)
        {
            try
            {
                await delivery.NackAsync(requeue: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.AckFailed(_logger, Queue, exception);
            }
        }
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.GetType().Name}: {exception.Message} ({inner.Message})" : $"{exception.GetType().Name}: {exception.Message}";
}
