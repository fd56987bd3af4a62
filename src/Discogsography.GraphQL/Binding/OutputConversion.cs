using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Checks that a resolver's CLR result can stand for a GraphQL output type (leaf types by scalar, lists against lists,
/// objects against the CLR type bound to the object type) and builds the conversion to what the executor completes:
/// the value boxed, with CLR enum members turned into GraphQL value names (also inside lists).
/// </summary>
internal sealed class OutputConversion
{
    private readonly List<BindingProblem> _problems;
    private readonly IReadOnlyDictionary<string, Type> _runtimeTypes;

    public OutputConversion(List<BindingProblem> problems, IReadOnlyDictionary<string, Type> runtimeTypes)
    {
        _problems = problems;
        _runtimeTypes = runtimeTypes;
    }

    /// <summary>A compiled <c>Func&lt;T, object?&gt;</c> for the result type of <paramref name="site"/>, or null after reporting why it cannot bind.</summary>
    public Delegate? BuildDelegate(OutputSite site) => BuildDelegate(site.GraphQLType, site.Result, site);

    /// <summary>An expression turning <paramref name="value"/> (evaluated more than once) into the object the executor completes, or null.</summary>
    public Expression? Convert(Expression value, OutputSite site) => Convert(value, site.GraphQLType, site);

    private Delegate? BuildDelegate(GraphQLType type, Type result, OutputSite site)
    {
        ParameterExpression value = Expression.Parameter(result, "value");
        Expression? body = Convert(value, type, site);
        return body is null ? null : Expression.Lambda(typeof(Func<,>).MakeGenericType(result, typeof(object)), body, value).Compile();
    }

    private Expression? Convert(Expression value, GraphQLType type, OutputSite site)
    {
        Type clr = value.Type;
        if (clr == typeof(object))
        {
            return value;
        }

        GraphQLType inner = type is NonNullType nonNull ? nonNull.OfType : type;
        Type? item = ClrTypes.GetListItem(clr);
        Type stripped = ClrTypes.StripNullable(clr);
        switch (inner)
        {
            case ListType when item is null:
                return Report(site, $"the GraphQL type {site.GraphQLType} is a list but {ClrTypes.Display(site.Result)} is not.",
                    $"return {ClrTypeSuggestion.For(site.GraphQLType)}.");
            case ListType list:
                return ConvertList(value, list.OfType, item, site);
            case var _ when item is not null && !(inner is ScalarType { IsBuiltIn: false } && inner.Named.Name is not ("DateTime" or "Long")):
                return Report(site, $"{ClrTypes.Display(site.Result)} is a list but the GraphQL type {site.GraphQLType} is not.",
                    $"return {ClrTypeSuggestion.For(site.GraphQLType)}.");
            case EnumType enumType when stripped.IsEnum:
                return ConvertEnum(value, enumType, stripped);
            case EnumType enumType when clr != typeof(string):
                return Report(site, $"{ClrTypes.Display(clr)} cannot represent the GraphQL enum {enumType.Name}.",
                    $"return a CLR enum with members for {string.Join(", ", enumType.Values.Keys)}, or string.");
            case ScalarType scalar when !CanSerialize(scalar, stripped):
                return Report(site, $"{ClrTypes.Display(clr)} cannot represent the GraphQL scalar {scalar.Name}.",
                    $"return {ClrTypeSuggestion.ForScalar(scalar.Name)}.");
            case ComplexType or UnionType when ClrTypes.IsLeaf(clr):
                return Report(site, $"{ClrTypes.Display(clr)} is a leaf value but {inner.Named.Name} is an object type.",
                    $"return the CLR type bound to {inner.Named.Name}.");
            case ObjectType objectType when _runtimeTypes.TryGetValue(objectType.Name, out Type? runtime)
                && !runtime.IsAssignableFrom(clr) && !clr.IsAssignableFrom(runtime):
                return Report(site, $"{ClrTypes.Display(clr)} is not {ClrTypes.Display(runtime)}, the CLR type bound to {objectType.Name}.",
                    $"return {ClrTypes.Display(runtime)}, or bind {objectType.Name} to a type both share.");
            default:
                return Expression.Convert(value, typeof(object));
        }
    }

    private Expression? ConvertList(Expression value, GraphQLType itemType, Type item, OutputSite site)
    {
        ParameterExpression itemValue = Expression.Parameter(item, "item");
        Expression? itemBody = Convert(itemValue, itemType, site);
        if (itemBody is null)
        {
            return null;
        }

        if (itemBody == itemValue || (itemBody is UnaryExpression { NodeType: ExpressionType.Convert } box && box.Operand == itemValue))
        {
            return Expression.Convert(value, typeof(object));
        }

        Delegate convert = Expression.Lambda(typeof(Func<,>).MakeGenericType(item, typeof(object)), itemBody, itemValue).Compile();
        MethodInfo mapList = typeof(OutputValueWriter).GetMethod(nameof(OutputValueWriter.MapList))!.MakeGenericMethod(item);
        return Expression.Call(mapList, Expression.Convert(value, typeof(IEnumerable<>).MakeGenericType(item)), Expression.Constant(convert));
    }

    private Expression? ConvertEnum(Expression value, EnumType enumType, Type clrEnum)
    {
        object? names = EnumMapping.OutputMap(enumType, clrEnum, _problems);
        if (names is null)
        {
            return null;
        }

        MethodInfo enumName = typeof(OutputValueWriter).GetMethod(nameof(OutputValueWriter.EnumName))!.MakeGenericMethod(clrEnum);
        if (value.Type == clrEnum)
        {
            return Expression.Call(enumName, value, Expression.Constant(names));
        }

        return Expression.Condition(
            Expression.Property(value, "HasValue"),
            Expression.Call(enumName, Expression.Property(value, "Value"), Expression.Constant(names)),
            Expression.Constant(null));
    }

    private static bool CanSerialize(ScalarType scalar, Type clr) => (scalar.Name, Type.GetTypeCode(clr)) switch
    {
        (_, TypeCode.Object) when clr == typeof(object) => true,
        ("Int", TypeCode.Int32 or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Byte or TypeCode.SByte) => !clr.IsEnum,
        ("Long", TypeCode.Int64 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Byte or TypeCode.SByte) => !clr.IsEnum,
        ("Float", TypeCode.Double or TypeCode.Single or TypeCode.Decimal or TypeCode.Int32 or TypeCode.Int64 or TypeCode.Int16) => !clr.IsEnum,
        ("String", TypeCode.String or TypeCode.Char) => true,
        ("Boolean", TypeCode.Boolean) => true,
        ("ID", TypeCode.String or TypeCode.Int32 or TypeCode.Int64) => !clr.IsEnum,
        ("ID", _) => clr == typeof(Guid),
        ("DateTime", TypeCode.DateTime) => true,
        ("DateTime", _) => clr == typeof(DateTimeOffset),
        ("Int" or "Long" or "Float" or "String" or "Boolean" or "DateTime", _) => false,
        _ => true,
    };

    private Expression? Report(OutputSite site, string problem, string fix)
    {
        _problems.Add(new BindingProblem(site.Coordinate, $"{site.Subject} returns {ClrTypes.Display(site.Result)}: {problem}", fix));
        return null;
    }
}
