using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Validation.Values;

/// <summary>
/// Tracks, for one value rule, the literal whose shape does not fit its position at all (a list where no list is
/// expected, an object where no input object is expected): that literal is reported once as a whole by
/// Values of Correct Type, and the value rules do not look inside it. Each rule owns its own tracker.
/// </summary>
internal sealed class InvalidValueRegion
{
    private ValueNode? _skipped;

    public bool IsInside => _skipped is not null;

    /// <summary>Enters a value; true when it starts a region of mis-shaped literal (the caller reports it when it should).</summary>
    public bool Enter(ValueNode node, TypeInfo typeInfo)
    {
        if (_skipped is not null)
        {
            return false;
        }

        bool misShaped = node switch
        {
            ListValueNode => TypeRelations.Nullable(typeInfo.ParentInputType) is not ListType,
            ObjectValueNode => typeInfo.InputType?.Named is not InputObjectType,
            _ => false,
        };
        if (misShaped)
        {
            _skipped = node;
        }

        return misShaped;
    }

    public void Leave(ValueNode node)
    {
        if (ReferenceEquals(_skipped, node))
        {
            _skipped = null;
        }
    }
}
