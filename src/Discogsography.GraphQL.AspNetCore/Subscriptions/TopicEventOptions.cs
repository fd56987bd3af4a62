namespace Discogsography.GraphQL.AspNetCore.Subscriptions;

/// <summary>Settings of the in-memory topic events (section <c>GraphQL:Subscriptions</c>).</summary>
public sealed class TopicEventOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "GraphQL:Subscriptions";

    /// <summary>Events buffered per subscriber.</summary>
    public int SubscriberCapacity { get; set; } = 64;

    /// <summary>What a send does when a subscriber's buffer is full.</summary>
    public SlowSubscriberMode SlowSubscriberMode { get; set; } = SlowSubscriberMode.DropOldest;

    /// <summary>Throws when a setting is out of range.</summary>
    public void EnsureValid()
    {
        if (SubscriberCapacity < 1)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(SubscriberCapacity)} must be at least 1 (was {SubscriberCapacity}).");
        }

        if (!Enum.IsDefined(SlowSubscriberMode))
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(SlowSubscriberMode)} is not a known mode ({SlowSubscriberMode}).");
        }
    }
}
