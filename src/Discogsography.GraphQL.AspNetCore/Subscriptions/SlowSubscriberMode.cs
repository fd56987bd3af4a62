namespace Discogsography.GraphQL.AspNetCore.Subscriptions;

/// <summary>What a send does when a subscriber's buffer is full.</summary>
public enum SlowSubscriberMode
{
    /// <summary>Drop that subscriber's oldest buffered event to make room; the sender never waits.</summary>
    DropOldest,

    /// <summary>Wait until the subscriber has room; a slow subscriber slows the sender.</summary>
    Wait,
}
