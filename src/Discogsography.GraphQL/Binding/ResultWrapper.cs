namespace Discogsography.GraphQL.Binding;

/// <summary>How a resolver method hands back its value.</summary>
internal enum ResultWrapper
{
    /// <summary>The value itself.</summary>
    None,

    /// <summary>A <see cref="System.Threading.Tasks.Task{TResult}"/>.</summary>
    Task,

    /// <summary>A <see cref="System.Threading.Tasks.ValueTask{TResult}"/>.</summary>
    ValueTask,
}
