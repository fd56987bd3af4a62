using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Discogsography.GraphQL.Resolvers;

/// <summary>
/// The default field resolver: reads the field from the parent by name. Maps (<c>IReadOnlyDictionary&lt;string, object?&gt;</c>,
/// <c>IDictionary&lt;string, object?&gt;</c>), JSON objects, and CLR objects (a public property or parameterless method whose name
/// matches the field name ignoring case). Member reads are compiled once per CLR type and field name.
/// </summary>
public static class DefaultResolvers
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), Func<object, object?>?> _readers = new();

    /// <summary>The default resolver of the field named <paramref name="fieldName"/>.</summary>
    public static PureFieldResolver ReadMember(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        return parent => Read(parent, fieldName);
    }

    /// <summary>Reads <paramref name="fieldName"/> from <paramref name="parent"/>; null when the parent has no such member.</summary>
    public static object? Read(object? parent, string fieldName) => parent switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(fieldName, out object? value) ? value : null,
        IDictionary<string, object?> map => map.TryGetValue(fieldName, out object? value) ? value : null,
        JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty(fieldName, out JsonElement value) ? value : null,
        _ => _readers.GetOrAdd((parent.GetType(), fieldName), static key => CompileReader(key.Type, key.Field)) is { } read
            ? read(parent)
            : null,
    };

    private static Func<object, object?>? CompileReader(Type type, string fieldName)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = (MemberInfo?)type.GetProperty(fieldName, Public)
            ?? type.GetMethods(Public).FirstOrDefault(m =>
                string.Equals(m.Name, fieldName, StringComparison.OrdinalIgnoreCase)
                && m.GetParameters().Length == 0 && m.ReturnType != typeof(void) && !m.IsGenericMethodDefinition);
        if (member is null || (member is PropertyInfo property && (!property.CanRead || property.GetIndexParameters().Length > 0)))
        {
            return null;
        }

        ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
        Expression typed = Expression.Convert(instance, type);
        Expression read = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Call(typed, (MethodInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
