namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// A position in the response: an immutable linked list of response names and list indices, shared by siblings
/// so that descending one level costs one small allocation.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The enclosing position, or null for a root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A response name (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>How many segments the path has (1 for a root field).</summary>
    public int Depth { get; }

    /// <summary>The path of a root field.</summary>
    public static ResponsePath Root(string responseName) => new(null, responseName, 1);

    /// <summary>The path of a field below this one.</summary>
    public ResponsePath Append(string responseName) => new(this, responseName, Depth + 1);

    /// <summary>The path of a list item below this one.</summary>
    public ResponsePath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The segments from the root down, as an error's <c>path</c> carries them.</summary>
    public IReadOnlyList<object> ToList()
    {
        object[] segments = new object[Depth];
        for (ResponsePath? path = this; path is not null; path = path.Parent)
        {
            segments[path.Depth - 1] = path.Key;
        }

        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', ToList());
}
