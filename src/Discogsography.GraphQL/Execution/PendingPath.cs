using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Execution;

/// <summary>
/// A response path not yet allocated: the parent path and this position's key. Leaves that never fail never allocate one.
/// </summary>
internal readonly struct PendingPath
{
    private readonly ResponsePath? _parent;
    private readonly string? _name;
    private readonly int _index;

    public PendingPath(ResponsePath? parent, string name)
    {
        _parent = parent;
        _name = name;
        _index = -1;
    }

    public PendingPath(ResponsePath parent, int index)
    {
        _parent = parent;
        _name = null;
        _index = index;
    }

    /// <summary>A path already allocated.</summary>
    public PendingPath(ResponsePath built)
    {
        _parent = built;
        _name = null;
        _index = -1;
    }

    public ResponsePath Build() => _name is not null
        ? _parent?.Append(_name) ?? ResponsePath.Root(_name)
        : _index < 0 ? _parent! : _parent!.Append(_index);
}
