using System.Linq.Expressions;
using System.Reflection;

namespace Discogsography.GraphQL.Binding;

/// <summary>Shapes of CLR types the binder recognises: async wrappers, streams, lists, nullable values, leaves.</summary>
internal static class ClrTypes
{
    /// <summary>The result type behind <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/>, and which wrapper it was.</summary>
    public static (Type Result, ResultWrapper Wrapper) UnwrapAsync(Type type)
    {
        if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>))
            {
                return (type.GetGenericArguments()[0], ResultWrapper.Task);
            }

            if (definition == typeof(ValueTask<>))
            {
                return (type.GetGenericArguments()[0], ResultWrapper.ValueTask);
            }
        }

        return type == typeof(Task) || type == typeof(ValueTask) || type == typeof(void)
            ? (typeof(void), ResultWrapper.None)
            : (type, ResultWrapper.None);
    }

    /// <summary>The item type when <paramref name="type"/> is <see cref="IAsyncEnumerable{T}"/> or implements it.</summary>
    public static Type? GetStreamItem(Type type) => FindGenericInterface(type, typeof(IAsyncEnumerable<>))?.GetGenericArguments()[0];

    /// <summary>The item type when <paramref name="type"/> is a list (an array or an <see cref="IEnumerable{T}"/> other than a string or a map).</summary>
    public static Type? GetListItem(Type type)
    {
        if (type == typeof(string) || FindGenericInterface(type, typeof(IReadOnlyDictionary<,>)) is not null
            || FindGenericInterface(type, typeof(IDictionary<,>)) is not null)
        {
            return null;
        }

        return type.IsArray ? type.GetElementType() : FindGenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>True when a list argument can be handed over as <paramref name="type"/>: an array or an interface a <see cref="List{T}"/> implements.</summary>
    public static bool IsAcceptedInputList(Type type, Type item) =>
        type.IsArray || type == typeof(List<>).MakeGenericType(item) || (type.IsInterface && type.IsAssignableFrom(typeof(List<>).MakeGenericType(item)));

    /// <summary>The underlying type of <see cref="Nullable{T}"/>, or the type itself.</summary>
    public static Type StripNullable(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>True for value types that cannot hold null.</summary>
    public static bool IsNonNullableValueType(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null;

    /// <summary>True for types that are leaf values (never objects with fields): numbers, text, flags, dates, ids, enums.</summary>
    public static bool IsLeaf(Type type)
    {
        Type stripped = StripNullable(type);
        return stripped.IsPrimitive || stripped.IsEnum || stripped == typeof(string) || stripped == typeof(decimal)
            || stripped == typeof(Guid) || stripped == typeof(DateTime) || stripped == typeof(DateTimeOffset)
            || stripped == typeof(DateOnly) || stripped == typeof(TimeSpan);
    }

    /// <summary>The C# spelling of a type for messages: <c>int?</c>, <c>IReadOnlyList&lt;string&gt;</c>, <c>ArtistRecord</c>.</summary>
    public static string Display(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Display(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Display(type.GetElementType()!) + "[]";
        }

        if (Keyword(type) is { } keyword)
        {
            return keyword;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(Display)) + ">";
    }

    /// <summary>The parameter's C# default value as a constant, or <c>default</c> of its type when it has none.</summary>
    public static Expression DefaultValue(ParameterInfo parameter) =>
        parameter.HasDefaultValue && parameter.DefaultValue is not null
            ? Expression.Constant(parameter.DefaultValue, parameter.ParameterType)
            : Expression.Default(parameter.ParameterType);

    private static string? Keyword(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Byte => "byte",
        TypeCode.SByte => "sbyte",
        TypeCode.Int16 => "short",
        TypeCode.UInt16 => "ushort",
        TypeCode.Int32 when !type.IsEnum => "int",
        TypeCode.UInt32 when !type.IsEnum => "uint",
        TypeCode.Int64 when !type.IsEnum => "long",
        TypeCode.UInt64 when !type.IsEnum => "ulong",
        TypeCode.Single => "float",
        TypeCode.Double => "double",
        TypeCode.Decimal => "decimal",
        TypeCode.String => "string",
        TypeCode.Char => "char",
        _ => type == typeof(object) ? "object" : null,
    };

    private static Type? FindGenericInterface(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type;
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
