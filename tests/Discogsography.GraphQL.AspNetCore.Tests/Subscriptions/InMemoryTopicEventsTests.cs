using Discogsography.GraphQL.AspNetCore.Subscriptions;

namespace Discogsography.GraphQL.AspNetCore.Tests.Subscriptions;

public sealed class InMemoryTopicEventsTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(15);

    private static InMemoryTopicEvents Create(int capacity = 64, SlowSubscriberMode mode = SlowSubscriberMode.DropOldest) =>
        new(new TopicEventOptions { SubscriberCapacity = capacity, SlowSubscriberMode = mode });

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> stream)
    {
        var items = new List<T>();
        await foreach (T item in stream)
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task Send_TwoSubscribers_BothReceiveEveryMessageInOrder()
    {
        InMemoryTopicEvents topics = Create();
        IAsyncEnumerable<int> first = await topics.SubscribeAsync<int>("t");
        IAsyncEnumerable<int> second = await topics.SubscribeAsync<int>("t");

        await topics.SendAsync("t", 1);
        await topics.SendAsync("t", 2);
        await topics.CompleteAsync("t");

        Assert.Equal([1, 2], await ReadAllAsync(first).WaitAsync(s_wait));
        Assert.Equal([1, 2], await ReadAllAsync(second).WaitAsync(s_wait));
    }

    [Fact]
    public async Task Send_OtherTopic_NotReceived()
    {
        InMemoryTopicEvents topics = Create();
        IAsyncEnumerable<string> stream = await topics.SubscribeAsync<string>("mine");

        await topics.SendAsync("other", "x");
        await topics.SendAsync("mine", "y");
        await topics.CompleteAsync("mine");

        Assert.Equal(["y"], await ReadAllAsync(stream).WaitAsync(s_wait));
    }

    [Fact]
    public async Task Send_NoSubscribers_Completes()
    {
        InMemoryTopicEvents topics = Create();

        await topics.SendAsync("nobody", 1).AsTask().WaitAsync(s_wait);

        Assert.Equal(0, topics.SubscriberCount("nobody"));
    }

    [Fact]
    public async Task DropOldest_FullSubscriber_KeepsNewestAndSenderNeverWaits()
    {
        InMemoryTopicEvents topics = Create(capacity: 2);
        IAsyncEnumerable<int> stream = await topics.SubscribeAsync<int>("t");

        for (int i = 1; i <= 5; i++)
        {
            Assert.True(topics.SendAsync("t", i).IsCompleted);
        }

        await topics.CompleteAsync("t");

        Assert.Equal([4, 5], await ReadAllAsync(stream).WaitAsync(s_wait));
    }

    [Fact]
    public async Task Wait_FullSubscriber_SendWaitsUntilRead()
    {
        InMemoryTopicEvents topics = Create(capacity: 1, mode: SlowSubscriberMode.Wait);
        IAsyncEnumerable<int> stream = await topics.SubscribeAsync<int>("t");
        await using IAsyncEnumerator<int> reader = stream.GetAsyncEnumerator();
        await topics.SendAsync("t", 1);

        ValueTask blocked = topics.SendAsync("t", 2);
        bool completedBeforeRead = blocked.IsCompleted;
        Assert.True(await reader.MoveNextAsync());
        await blocked.AsTask().WaitAsync(s_wait);

        Assert.False(completedBeforeRead);
        Assert.Equal(1, reader.Current);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(2, reader.Current);
    }

    [Fact]
    public async Task DisposeEnumerator_Unsubscribes()
    {
        InMemoryTopicEvents topics = Create();
        IAsyncEnumerable<int> stream = await topics.SubscribeAsync<int>("t");
        IAsyncEnumerator<int> reader = stream.GetAsyncEnumerator();
        await topics.SendAsync("t", 1);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(1, topics.SubscriberCount("t"));

        await reader.DisposeAsync();

        Assert.Equal(0, topics.SubscriberCount("t"));
    }

    [Fact]
    public async Task CancelSubscription_StreamEndsAndUnsubscribes()
    {
        InMemoryTopicEvents topics = Create();
        using var cancellation = new CancellationTokenSource();
        IAsyncEnumerable<int> stream = await topics.SubscribeAsync<int>("t", cancellation.Token);
        Task<List<int>> reading = ReadAllAsync(stream);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(s_wait));
        Assert.Equal(0, topics.SubscriberCount("t"));
    }

    [Fact]
    public async Task Subscribe_BeforeEnumerating_EventsSentMeanwhileAreKept()
    {
        InMemoryTopicEvents topics = Create();
        IAsyncEnumerable<string> stream = await topics.SubscribeAsync<string>("t");

        await topics.SendAsync("t", "early");
        await topics.CompleteAsync("t");

        Assert.Equal(["early"], await ReadAllAsync(stream).WaitAsync(s_wait));
    }

    [Theory]
    [InlineData(0, SlowSubscriberMode.Wait)]
    [InlineData(4, (SlowSubscriberMode)7)]
    public void Options_OutOfRange_Throw(int capacity, SlowSubscriberMode mode)
    {
        var options = new TopicEventOptions { SubscriberCapacity = capacity, SlowSubscriberMode = mode };

        Assert.Throws<InvalidOperationException>(options.EnsureValid);
    }
}
