using System.Threading.Channels;

namespace Discogsography.Pipeline.Extraction.Publishing;

/// <summary>
/// Saves a file's marker off the publishing loop: the loop posts the newest marker and goes on; a background task
/// writes the newest one it finds (older unsaved ones are superseded). A saved marker never claims more than was
/// confirmed, because only confirmed progress is ever posted.
/// </summary>
internal sealed class MarkerWriter
{
    private readonly Channel<PublishMarker> _pending = Channel.CreateBounded<PublishMarker>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
        SingleWriter = true,
    });

    private readonly Task _saving;

    /// <summary>Starts the background writer.</summary>
    /// <param name="store">Where markers are written.</param>
    /// <param name="path">The marker file.</param>
    public MarkerWriter(MarkerStore store, string path)
    {
        _saving = Task.Run(async () =>
        {
            await foreach (PublishMarker marker in _pending.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                store.Save(path, marker);
            }
        });
    }

    /// <summary>Queues a marker to save, replacing any not yet saved.</summary>
    public void Post(PublishMarker marker) => _pending.Writer.TryWrite(marker);

    /// <summary>Saves what is queued and stops; throws if a save failed.</summary>
    public async Task CompleteAsync()
    {
        _pending.Writer.TryComplete();
        await _saving.ConfigureAwait(false);
    }
}
