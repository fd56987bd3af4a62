using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in source order, calling the enter and leave callbacks of one or more
/// <see cref="SyntaxVisitor"/>s. Visitors run side by side: each one's <see cref="VisitAction"/> affects
/// only itself, and the walk goes no deeper where no visitor is listening. The walk uses its own stack,
/// so the depth of a tree built in code cannot overflow the call stack.
/// </summary>
public static class SyntaxWalker
{
    /// <summary>Walks a tree with one visitor.</summary>
    /// <param name="root">The node to start from.</param>
    /// <param name="visitor">The callbacks.</param>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        Walk(root, [visitor]);
    }

    /// <summary>Walks a tree once for several visitors, in the order given at each node.</summary>
    /// <param name="root">The node to start from.</param>
    /// <param name="visitors">The visitors; each skips or stops on its own.</param>
    public static void Walk(SyntaxNode root, IReadOnlyList<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitors);
        var context = new SyntaxWalkContext();

        // Per visitor: null while active, the node whose subtree it skips, or Stopped.
        var skipping = new SyntaxNode?[visitors.Count];

        // Pending work, last first: a node to enter, or (Leaving) a node whose children are all done.
        var pending = new Stack<(SyntaxNode Node, bool Leaving)>();
        var children = new List<SyntaxNode>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (leaving)
            {
                context.Pop();
                Leave(node, visitors, skipping, context);
                continue;
            }

            if (!Enter(node, visitors, skipping, context))
            {
                Leave(node, visitors, skipping, context);
                continue;
            }

            pending.Push((node, true));
            context.Push(node);
            children.Clear();
            node.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }
    }

    /// <summary>Enters a node for every active visitor; true when any visitor wants its children.</summary>
    private static bool Enter(SyntaxNode node, IReadOnlyList<SyntaxVisitor> visitors, SyntaxNode?[] skipping, SyntaxWalkContext context)
    {
        var anyActive = false;
        for (var i = 0; i < visitors.Count; i++)
        {
            if (skipping[i] is not null)
            {
                continue;
            }

            switch (visitors[i].OnEnter(node, context))
            {
                case VisitAction.Stop:
                    skipping[i] = Stopped.Instance;
                    break;
                case VisitAction.SkipChildren:
                    skipping[i] = node;
                    break;
                default:
                    anyActive = true;
                    break;
            }
        }

        return anyActive;
    }

    /// <summary>Leaves a node for every visitor that entered it and did not skip it.</summary>
    private static void Leave(SyntaxNode node, IReadOnlyList<SyntaxVisitor> visitors, SyntaxNode?[] skipping, SyntaxWalkContext context)
    {
        for (var i = 0; i < visitors.Count; i++)
        {
            if (skipping[i] is null)
            {
                visitors[i].OnLeave(node, context);
            }
            else if (ReferenceEquals(skipping[i], node))
            {
                skipping[i] = null;
            }
        }
    }

    /// <summary>Marks a visitor that asked to stop; never part of a tree.</summary>
    private sealed class Stopped : SyntaxNode
    {
        public static readonly Stopped Instance = new();

        public override SyntaxKind Kind => SyntaxKind.Document;

        public override IEnumerable<SyntaxNode> GetChildren() => [];

        internal override void AddChildren(List<SyntaxNode> children)
        {
        }
    }
}
