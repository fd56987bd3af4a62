using System.Reflection;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// How GraphQL names meet CLR names: a field matches a member of the same name ignoring case, with an optional <c>Get</c>
/// prefix (followed by a capital) and <c>Async</c> suffix; an argument matches a parameter ignoring case; an enum value <c>FOO_BAR</c> matches
/// the CLR member <c>FooBar</c> (underscores dropped, case ignored) unless <see cref="GraphQLNameAttribute"/> names it.
/// </summary>
internal static class NameConventions
{
    /// <summary>True when the CLR member name <paramref name="memberName"/> stands for the field <paramref name="fieldName"/>.</summary>
    public static bool IsFieldMember(string memberName, string fieldName)
    {
        ReadOnlySpan<char> name = memberName;
        if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > "Async".Length)
        {
            name = name[..^"Async".Length];
        }

        if (name.Equals(fieldName, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return name.StartsWith("Get", StringComparison.Ordinal) && name.Length > "Get".Length && !char.IsLower(name["Get".Length])
            && name["Get".Length..].Equals(fieldName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The GraphQL name of a parameter: its <see cref="GraphQLNameAttribute"/>, or its own name.</summary>
    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? parameter.Name ?? string.Empty;

    /// <summary>True when the CLR enum member <paramref name="member"/> stands for the GraphQL enum value <paramref name="valueName"/>.</summary>
    public static bool IsEnumMember(FieldInfo member, string valueName)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return string.Equals(named.Name, valueName, StringComparison.Ordinal);
        }

        return string.Equals(member.Name, valueName.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The conventional GraphQL spelling of a CLR enum member: <c>FooBar</c> → <c>FOO_BAR</c>.</summary>
    public static string ToEnumValueName(FieldInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var builder = new System.Text.StringBuilder(member.Name.Length + 4);
        for (int i = 0; i < member.Name.Length; i++)
        {
            char c = member.Name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(member.Name[i - 1]) || (i + 1 < member.Name.Length && char.IsLower(member.Name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A PascalCase CLR member name for a camelCase GraphQL name, for suggested fixes.</summary>
    public static string ToMemberName(string graphQLName) =>
        graphQLName.Length == 0 ? graphQLName : char.ToUpperInvariant(graphQLName[0]) + graphQLName[1..];
}
