using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Pairs the values of a GraphQL enum with the members of a CLR enum by <see cref="NameConventions.IsEnumMember"/>:
/// every GraphQL value needs one member (to bind inputs) and every member needs one value (to serialize results).
/// The executor names the CLR enum members that hand-written resolvers return by the same rule (<see cref="ValueName"/>).
/// </summary>
internal static class EnumMapping
{
    private static readonly ConditionalWeakTable<EnumType, ConcurrentDictionary<Type, Dictionary<Enum, string>>> _valueNames = [];

    /// <summary>
    /// The GraphQL value of <paramref name="enumType"/> that the CLR enum member <paramref name="member"/> stands for by
    /// <see cref="NameConventions.IsEnumMember"/>, or null when no value (or more than one) does. Cached per enum pair.
    /// </summary>
    public static string? ValueName(EnumType enumType, Enum member) =>
        _valueNames.GetOrCreateValue(enumType)
            .GetOrAdd(member.GetType(), static (clrEnum, enumType) => ValueNames(enumType, clrEnum), enumType)
            .GetValueOrDefault(member);

    /// <summary>A <c>Dictionary&lt;string, TEnum&gt;</c> from GraphQL value names to members, or null after reporting the gaps.</summary>
    public static object? InputMap(EnumType enumType, Type clrEnum, List<BindingProblem> problems)
    {
        List<(string Name, object Member)>? pairs = Pair(enumType, clrEnum, problems);
        if (pairs is null)
        {
            return null;
        }

        Type mapType = typeof(Dictionary<,>).MakeGenericType(typeof(string), clrEnum);
        var map = (System.Collections.IDictionary)Activator.CreateInstance(mapType, StringComparer.Ordinal)!;
        foreach ((string name, object member) in pairs)
        {
            map[name] = member;
        }

        return map;
    }

    /// <summary>A <c>Dictionary&lt;TEnum, string&gt;</c> from members to GraphQL value names, or null after reporting the gaps.</summary>
    public static object? OutputMap(EnumType enumType, Type clrEnum, List<BindingProblem> problems)
    {
        List<(string Name, object Member)>? pairs = Pair(enumType, clrEnum, problems);
        if (pairs is null)
        {
            return null;
        }

        Type mapType = typeof(Dictionary<,>).MakeGenericType(clrEnum, typeof(string));
        var map = (System.Collections.IDictionary)Activator.CreateInstance(mapType)!;
        foreach ((string name, object member) in pairs)
        {
            map[member] = name;
        }

        return map;
    }

    private static List<(string Name, object Member)>? Pair(EnumType enumType, Type clrEnum, List<BindingProblem> problems)
    {
        FieldInfo[] members = clrEnum.GetFields(BindingFlags.Public | BindingFlags.Static);
        var pairs = new List<(string Name, object Member)>();
        bool complete = true;
        foreach (EnumValue value in enumType.Values.Values)
        {
            FieldInfo[] matches = [.. members.Where(m => NameConventions.IsEnumMember(m, value.Name))];
            if (matches.Length == 1)
            {
                pairs.Add((value.Name, matches[0].GetValue(null)!));
                continue;
            }

            complete = false;
            AddOnce(problems, new BindingProblem(
                $"{enumType.Name}.{value.Name}",
                matches.Length == 0
                    ? $"the enum value has no member in the CLR enum {clrEnum.Name}."
                    : $"the enum value matches several members of {clrEnum.Name}: {string.Join(", ", matches.Select(m => m.Name))}.",
                $"add the member {clrEnum.Name}.{NameConventions.ToMemberName(PascalCase(value.Name))} or mark one member [GraphQLName(\"{value.Name}\")]."));
        }

        foreach (FieldInfo member in members.Where(m => !enumType.Values.Keys.Any(name => NameConventions.IsEnumMember(m, name))))
        {
            complete = false;
            AddOnce(problems, new BindingProblem(
                enumType.Name,
                $"the CLR enum member {clrEnum.Name}.{member.Name} has no value in the GraphQL enum.",
                $"add the value {NameConventions.ToEnumValueName(member)} to enum {enumType.Name}, remove the member, or mark it [GraphQLName(\"...\")]."));
        }

        return complete ? pairs : null;
    }

    private static void AddOnce(List<BindingProblem> problems, BindingProblem problem)
    {
        if (!problems.Contains(problem))
        {
            problems.Add(problem);
        }
    }

    private static string PascalCase(string valueName) => string.Concat(valueName
        .Split('_', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));

    private static Dictionary<Enum, string> ValueNames(EnumType enumType, Type clrEnum)
    {
        var names = new Dictionary<Enum, string>();
        foreach (FieldInfo member in clrEnum.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            string[] matches = [.. enumType.Values.Keys.Where(name => NameConventions.IsEnumMember(member, name))];
            if (matches.Length == 1)
            {
                names.TryAdd((Enum)member.GetValue(null)!, matches[0]);
            }
        }

        return names;
    }
}
