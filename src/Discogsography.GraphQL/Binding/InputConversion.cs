using System.Linq.Expressions;
using System.Reflection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Checks that a CLR type can hold values of a GraphQL input type and builds the expression converting the executor's
/// coerced value (scalars' runtime values, enum value names, lists, maps) into it: scalars, nullable values, lists
/// (arrays, <see cref="List{T}"/> and the interfaces it implements), enums by name, input objects into records and
/// classes by constructor parameter or settable property. Problems are collected, never thrown.
/// </summary>
internal sealed partial class InputConversion
{
    private static readonly MethodInfo _cast = Reader(nameof(InputValueReader.Cast));
    private readonly Dictionary<(string TypeName, Type Target), Expression?> _objectConverters = [];
    private readonly List<BindingProblem> _problems;

    public InputConversion(List<BindingProblem> problems)
    {
        _problems = problems;
    }

    /// <summary>A compiled <c>Func&lt;object?, T&gt;</c> for <paramref name="target"/>, or null after reporting why it cannot bind.</summary>
    public Delegate? BuildDelegate(GraphQLType type, Type target, InputSite site)
    {
        ParameterExpression value = Expression.Parameter(typeof(object), "value");
        Expression? body = Convert(value, type, target, site);
        return body is null
            ? null
            : Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), target), body, value).Compile();
    }

    /// <summary>An expression converting <paramref name="value"/> (an <see cref="object"/>, evaluated more than once) to <paramref name="target"/>.</summary>
    public Expression? Convert(ParameterExpression value, GraphQLType type, Type target, InputSite site)
    {
        if (target == typeof(object))
        {
            return value;
        }

        bool nonNull = type is NonNullType;
        GraphQLType inner = type is NonNullType wrapper ? wrapper.OfType : type;
        if (!nonNull && ClrTypes.IsNonNullableValueType(target) && !site.NullBecomesDefault)
        {
            return Report(site, $"the GraphQL type {type} may be null but {ClrTypes.Display(target)} cannot hold null.",
                $"declare it as {ClrTypes.Display(target)}? or give the parameter a default value.");
        }

        Type stripped = ClrTypes.StripNullable(target);
        Expression? converted = ConvertNonNull(value, inner, stripped, site);
        if (converted is null)
        {
            return null;
        }

        if (converted.Type != target)
        {
            converted = Expression.Convert(converted, target);
        }

        return nonNull
            ? converted
            : Expression.Condition(Expression.Equal(value, Expression.Constant(null)), Expression.Default(target), converted);
    }

    private Expression? ConvertNonNull(ParameterExpression value, GraphQLType type, Type target, InputSite site)
    {
        Type? item = ClrTypes.GetListItem(target);
        switch (type)
        {
            case ListType when item is null:
                return Report(site, $"the GraphQL type {site.GraphQLType} is a list but {ClrTypes.Display(site.Target)} is not.",
                    $"declare it as {ClrTypeSuggestion.For(site.GraphQLType)}.");
            case ListType list:
                return ConvertList(value, list, target, item, site);
            case var _ when item is not null:
                return Report(site, $"{ClrTypes.Display(site.Target)} is a list but the GraphQL type {site.GraphQLType} is not.",
                    $"declare it as {ClrTypeSuggestion.For(site.GraphQLType)}.");
            case ScalarType scalar:
                return ConvertScalar(value, scalar, target, site);
            case EnumType enumType:
                return ConvertEnum(value, enumType, target, site);
            case InputObjectType inputObject:
                return ConvertObject(value, inputObject, target, site);
            default:
                return Report(site, $"{type} is not an input type.", "use an input type.");
        }
    }

    private Expression? ConvertList(ParameterExpression value, ListType list, Type target, Type item, InputSite site)
    {
        if (!ClrTypes.IsAcceptedInputList(target, item))
        {
            return Report(site, $"{ClrTypes.Display(target)} cannot be built from a list.",
                $"declare it as {ClrTypes.Display(item)}[] or IReadOnlyList<{ClrTypes.Display(item)}>.");
        }

        Delegate? itemConverter = BuildDelegate(list.OfType, item, site with { NullBecomesDefault = false });
        if (itemConverter is null)
        {
            return null;
        }

        string method = target.IsArray ? nameof(InputValueReader.ToArray) : nameof(InputValueReader.ToList);
        return Expression.Call(Reader(method).MakeGenericMethod(item), value, Expression.Constant(itemConverter));
    }

    private Expression? ConvertScalar(ParameterExpression value, ScalarType scalar, Type target, InputSite site)
    {
        string? method = (scalar.Name, Type.GetTypeCode(target)) switch
        {
            ("Int", TypeCode.Int32) => nameof(InputValueReader.ToInt32),
            ("Int" or "Long", TypeCode.Int64) => nameof(InputValueReader.ToInt64),
            ("Int" or "Float" or "Long", TypeCode.Double) => nameof(InputValueReader.ToDouble),
            ("Float", TypeCode.Single) => nameof(InputValueReader.ToSingle),
            ("Int" or "Float" or "Long", TypeCode.Decimal) => nameof(InputValueReader.ToDecimal),
            ("Boolean", TypeCode.Boolean) => nameof(InputValueReader.ToBoolean),
            ("String" or "ID", TypeCode.String) => nameof(InputValueReader.ToText),
            ("ID", TypeCode.Int32) => nameof(InputValueReader.IdToInt32),
            ("ID", TypeCode.Int64) => nameof(InputValueReader.IdToInt64),
            ("ID", _) when target == typeof(Guid) => nameof(InputValueReader.ToGuid),
            ("DateTime", TypeCode.DateTime) => nameof(InputValueReader.ToDateTime),
            ("DateTime", _) when target == typeof(DateTimeOffset) => nameof(InputValueReader.ToDateTimeOffset),
            _ => null,
        };
        if (method is not null)
        {
            return Expression.Call(Reader(method), value);
        }

        if (scalar.IsBuiltIn || scalar.Name is "DateTime" or "Long" || target.IsEnum)
        {
            return Report(site, $"{ClrTypes.Display(target)} cannot represent the GraphQL scalar {scalar.Name}.",
                $"declare it as {ClrTypeSuggestion.ForScalar(scalar.Name)}.");
        }

        return Expression.Call(_cast.MakeGenericMethod(target), value);
    }

    private Expression? ConvertEnum(ParameterExpression value, EnumType enumType, Type target, InputSite site)
    {
        if (target == typeof(string))
        {
            return Expression.Call(Reader(nameof(InputValueReader.ToText)), value);
        }

        if (!target.IsEnum)
        {
            return Report(site, $"{ClrTypes.Display(target)} cannot represent the GraphQL enum {enumType.Name}.",
                $"declare it as a CLR enum with members for {string.Join(", ", enumType.Values.Keys)}.");
        }

        object? byName = EnumMapping.InputMap(enumType, target, _problems);
        return byName is null
            ? null
            : Expression.Call(Reader(nameof(InputValueReader.ToEnum)).MakeGenericMethod(target), value, Expression.Constant(byName));
    }

    private Expression? Report(InputSite site, string problem, string fix)
    {
        _problems.Add(new BindingProblem(site.Coordinate, $"{site.Subject}: {problem}", fix));
        return null;
    }

    private static MethodInfo Reader(string name) =>
        typeof(InputValueReader).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
}
