using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>The field being compiled: its schema element, the CLR member bound to it, and the resolver's context parameter.</summary>
internal sealed record FieldScope(ObjectType Type, OutputField Field, MemberInfo Member, ParameterExpression Context)
{
    /// <summary>The field's schema coordinate: <c>Query.artist</c>.</summary>
    public string Coordinate => $"{Type.Name}.{Field.Name}";

    /// <summary>A property of the resolver context.</summary>
    public Expression Property(string name) => Expression.Property(Context, name);

    /// <summary>The output site of the field for a result of type <paramref name="result"/>.</summary>
    public OutputSite OutputSite(Type result) => new(Coordinate, MemberDiscovery.Display(Member), Field.Type, result);
}
