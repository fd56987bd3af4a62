using System.Collections.Frozen;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// Enter and leave callbacks per node kind, for one <see cref="SyntaxWalker"/> walk. Callbacks registered
/// for an abstract node type (<see cref="SelectionNode"/>, <see cref="ValueNode"/>...) run for every kind
/// under it. Several visitors can share one walk, each skipping or stopping on its own, which is how
/// validation rules contribute to a single traversal while keeping their own state.
/// </summary>
public sealed class SyntaxVisitor
{
    private static readonly int _kindCount = Enum.GetValues<SyntaxKind>().Length;
    private static readonly FrozenDictionary<SyntaxKind, Type> _nodeTypes = MapNodeTypes();

    private readonly List<Func<SyntaxNode, SyntaxWalkContext, VisitAction>>?[] _enter = new List<Func<SyntaxNode, SyntaxWalkContext, VisitAction>>?[_kindCount];
    private readonly List<Action<SyntaxNode, SyntaxWalkContext>>?[] _leave = new List<Action<SyntaxNode, SyntaxWalkContext>>?[_kindCount];

    /// <summary>Adds a callback run when the walk enters a node of type <typeparamref name="TNode"/>.</summary>
    /// <typeparam name="TNode">A node type, sealed or abstract.</typeparam>
    /// <param name="callback">Decides whether the walk goes on into the node's children.</param>
    /// <returns>This visitor, for chaining.</returns>
    public SyntaxVisitor Enter<TNode>(Func<TNode, SyntaxWalkContext, VisitAction> callback)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(callback);
        foreach (var kind in KindsOf(typeof(TNode)))
        {
            (_enter[(int)kind] ??= []).Add((node, context) => callback((TNode)node, context));
        }

        return this;
    }

    /// <summary>Adds a callback run when the walk enters a node of type <typeparamref name="TNode"/>; the walk continues.</summary>
    /// <typeparam name="TNode">A node type, sealed or abstract.</typeparam>
    /// <param name="callback">The callback.</param>
    /// <returns>This visitor, for chaining.</returns>
    public SyntaxVisitor Enter<TNode>(Action<TNode, SyntaxWalkContext> callback)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Enter<TNode>((node, context) =>
        {
            callback(node, context);
            return VisitAction.Continue;
        });
    }

    /// <summary>Adds a callback run when the walk leaves a node of type <typeparamref name="TNode"/>, after its children.</summary>
    /// <typeparam name="TNode">A node type, sealed or abstract.</typeparam>
    /// <param name="callback">The callback.</param>
    /// <returns>This visitor, for chaining.</returns>
    public SyntaxVisitor Leave<TNode>(Action<TNode, SyntaxWalkContext> callback)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(callback);
        foreach (var kind in KindsOf(typeof(TNode)))
        {
            (_leave[(int)kind] ??= []).Add((node, context) => callback((TNode)node, context));
        }

        return this;
    }

    /// <summary>Runs the enter callbacks for a node; the strongest action asked for wins (Stop, then SkipChildren).</summary>
    internal VisitAction OnEnter(SyntaxNode node, SyntaxWalkContext context)
    {
        var callbacks = _enter[(int)node.Kind];
        if (callbacks is null)
        {
            return VisitAction.Continue;
        }

        var action = VisitAction.Continue;
        foreach (var callback in callbacks)
        {
            var result = callback(node, context);
            if (result > action)
            {
                action = result;
            }
        }

        return action;
    }

    /// <summary>Runs the leave callbacks for a node.</summary>
    internal void OnLeave(SyntaxNode node, SyntaxWalkContext context)
    {
        var callbacks = _leave[(int)node.Kind];
        if (callbacks is null)
        {
            return;
        }

        foreach (var callback in callbacks)
        {
            callback(node, context);
        }
    }

    /// <summary>The sealed node type of each kind (kind <c>Field</c> is <see cref="FieldNode"/>).</summary>
    internal static Type NodeTypeOf(SyntaxKind kind) => _nodeTypes[kind];

    private static IEnumerable<SyntaxKind> KindsOf(Type nodeType)
    {
        foreach (var (kind, type) in _nodeTypes)
        {
            if (nodeType.IsAssignableFrom(type))
            {
                yield return kind;
            }
        }
    }

    private static FrozenDictionary<SyntaxKind, Type> MapNodeTypes()
    {
        var assembly = typeof(SyntaxNode).Assembly;
        var types = new Dictionary<SyntaxKind, Type>();
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            var name = $"{typeof(SyntaxNode).Namespace}.{kind}Node";
            types[kind] = assembly.GetType(name) ?? throw new InvalidOperationException($"No node type {name} for kind {kind}.");
        }

        return types.ToFrozenDictionary();
    }
}
