using System.Reflection;

namespace Discogsography.GraphQL.Binding;

/// <summary>Finds the public methods and properties of a CLR type that stand for a GraphQL field (see <see cref="NameConventions"/>).</summary>
internal static class MemberDiscovery
{
    private static readonly HashSet<string> _excluded = new(StringComparer.Ordinal)
    {
        nameof(Equals), nameof(GetHashCode), nameof(ToString), nameof(GetType), "Deconstruct", "Dispose", "DisposeAsync",
    };

    /// <summary>The members of <paramref name="type"/> bound to the field <paramref name="fieldName"/>; static ones only when <paramref name="includeStatic"/>.</summary>
    public static IReadOnlyList<MemberInfo> Find(Type type, string fieldName, bool includeStatic)
    {
        BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | (includeStatic ? BindingFlags.Static : BindingFlags.Default);
        IEnumerable<MemberInfo> properties = type.GetProperties(flags)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0 && Matches(p, fieldName));
        IEnumerable<MemberInfo> methods = type.GetMethods(flags)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && !_excluded.Contains(m.Name)
                && m.GetBaseDefinition().DeclaringType != typeof(object) && Matches(m, fieldName));
        return [.. properties.Concat(methods)];
    }

    /// <summary>How a member is named in messages: <c>QueryResolvers.Artist</c>.</summary>
    public static string Display(MemberInfo member) => $"{member.DeclaringType?.Name}.{member.Name}";

    private static bool Matches(MemberInfo member, string fieldName) =>
        member.GetCustomAttribute<GraphQLNameAttribute>() is { } named
            ? string.Equals(named.Name, fieldName, StringComparison.Ordinal)
            : NameConventions.IsFieldMember(member.Name, fieldName);
}
