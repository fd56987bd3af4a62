namespace Discogsography.Pipeline.Bus.Messages;

/// <summary>A decoded extraction message (see <c>MESSAGES.md</c>); read one with <see cref="BusMessageReader"/>.</summary>
/// <param name="Type">Which message it is.</param>
public abstract record BusMessage(BusMessageType Type);
