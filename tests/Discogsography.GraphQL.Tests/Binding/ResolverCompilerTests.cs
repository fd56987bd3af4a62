using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Binding;

namespace Discogsography.GraphQL.Tests.Binding;

/// <summary>The shape of what binding stores: compiled lambdas that call members directly, never through reflection.</summary>
public sealed class ResolverCompilerTests
{
    private static readonly SchemaBinding _binding = SampleCatalog.Bind();

    public static TheoryData<string, string> BoundFields()
    {
        var fields = new TheoryData<string, string>();
        foreach (BoundField field in _binding.Fields)
        {
            fields.Add(field.TypeName, field.FieldName);
        }

        return fields;
    }

    [Theory]
    [MemberData(nameof(BoundFields))]
    public void Compile_EveryField_StoresADelegateCompiledToIL(string type, string field)
    {
        BoundField bound = _binding.Find(type, field)!;
        Delegate resolver = (Delegate?)bound.Resolver ?? bound.PureResolver!;

        Assert.Null(resolver.Method.DeclaringType);
        Assert.Equal("System.Runtime.CompilerServices.Closure", resolver.Target?.GetType().FullName);
        Assert.All(DelegateConstants(bound.ResolverExpression), d => Assert.Equal("System.Runtime.CompilerServices.Closure", d.Target?.GetType().FullName));
    }

    [Theory]
    [MemberData(nameof(BoundFields))]
    public void Compile_EveryField_CallsNoReflectionInvoke(string type, string field)
    {
        BoundField bound = _binding.Find(type, field)!;

        IReadOnlyList<MethodInfo> called = CalledMethods(bound.ResolverExpression);

        Assert.DoesNotContain(called, m => typeof(MemberInfo).IsAssignableFrom(m.DeclaringType) || m.DeclaringType == typeof(Delegate)
            || m.DeclaringType == typeof(Activator) || m.Name is "Invoke" && m.DeclaringType == typeof(MethodBase));
    }

    [Fact]
    public void Compile_MethodResolver_CallsTheBoundMethodDirectly()
    {
        BoundField artist = _binding.Find("Query", "artist")!;

        IReadOnlyList<MethodInfo> called = CalledMethods(artist.ResolverExpression);

        Assert.Contains(typeof(QueryResolvers).GetMethod(nameof(QueryResolvers.Artist)), called);
    }

    [Fact]
    public void Compile_ResolverClassThatIsNoService_IsTheSharedInstanceWithoutALookupPerCall()
    {
        SchemaBinding unchecked_ = SampleCatalog.Bind();
        SchemaBinding checked_ = SampleCatalog.Builder().UseServiceCheck(type => type == typeof(IArtistStore)).Bind();
        MethodInfo lookup = typeof(ResolverInstances).GetMethod(nameof(ResolverInstances.Resolvers))!.MakeGenericMethod(typeof(QueryResolvers));

        Assert.Contains(lookup, CalledMethods(unchecked_.Find("Query", "greeting")!.ResolverExpression));
        Assert.DoesNotContain(lookup, CalledMethods(checked_.Find("Query", "greeting")!.ResolverExpression));
    }

    [Fact]
    public void Compile_ParentProperty_IsAPureReadOfTheProperty()
    {
        BoundField name = _binding.Find("Artist", "name")!;
        var properties = new List<PropertyInfo>();
        new Visitor(node =>
        {
            if (node is MemberExpression { Member: PropertyInfo property })
            {
                properties.Add(property);
            }
        }).Visit(name.ResolverExpression);

        Assert.Null(name.Resolver);
        Assert.Equal([typeof(ArtistRecord).GetProperty(nameof(ArtistRecord.Name))!], properties);
    }

    [Fact]
    public void Compile_SubscriptionField_StoresACompiledSourceStream()
    {
        BoundField ticks = _binding.Find("Subscription", "ticks")!;

        Assert.NotNull(ticks.Subscribe);
        Assert.Null(ticks.Subscribe!.Method.DeclaringType);
        Assert.Contains(typeof(SubscriptionResolvers).GetMethod(nameof(SubscriptionResolvers.Ticks)), CalledMethods(ticks.SubscribeExpression!));
    }

    private static List<MethodInfo> CalledMethods(Expression expression)
    {
        var called = new List<MethodInfo>();
        new Visitor(node =>
        {
            if (node is MethodCallExpression call)
            {
                called.Add(call.Method);
            }
        }).Visit(expression);
        return called;
    }

    private static List<Delegate> DelegateConstants(Expression expression)
    {
        var delegates = new List<Delegate>();
        new Visitor(node =>
        {
            if (node is ConstantExpression { Value: Delegate value })
            {
                delegates.Add(value);
            }
        }).Visit(expression);
        return delegates;
    }

    private sealed class Visitor(Action<Expression> onNode) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is not null)
            {
                onNode(node);
            }

            return base.Visit(node);
        }
    }
}
