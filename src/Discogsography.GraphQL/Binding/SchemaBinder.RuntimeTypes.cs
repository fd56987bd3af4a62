using System.Reflection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Registrations, and the CLR type of each object type's values: declared with <c>BindRuntimeType</c>, else inferred
/// from the results of the members bound to fields of that type (repeated until nothing new is learned, so that a type
/// reached only through another type's properties is found too). When several results disagree, the most general one
/// that all others derive from wins; otherwise the type must be declared.
/// </summary>
internal sealed partial class SchemaBinder
{
    private void CheckRegistrations()
    {
        foreach (string typeName in _resolverClasses.Keys.Concat(_declaredTypes.Keys).Distinct(StringComparer.Ordinal))
        {
            NamedType? type = _schema.GetType(typeName);
            if (type is ObjectType && !type.IsIntrospectionType)
            {
                continue;
            }

            string what = type is null ? "the schema has no type of that name" : $"it is {type.Kind.ToString().ToLowerInvariant()} type, not an object type";
            string fix = type is null
                ? "use the name of an object type of the schema (names are case-sensitive)."
                : "bind resolvers to the object types that implement or belong to it.";
            _problems.Add(new BindingProblem(typeName, $"resolvers or a CLR type are bound to {typeName}, but {what}.", fix));
        }
    }

    private Dictionary<string, Type> InferRuntimeTypes()
    {
        var known = new Dictionary<string, Type>(
            _declaredTypes.Where(p => _schema.GetType(p.Key) is ObjectType), StringComparer.Ordinal);
        Dictionary<string, List<(Type Clr, string Coordinate)>> candidates;
        bool learned;
        do
        {
            candidates = CollectResultTypes(known);
            learned = false;
            foreach ((string typeName, List<(Type Clr, string Coordinate)> found) in candidates)
            {
                if (!known.ContainsKey(typeName) && MostGeneral(found) is { } general)
                {
                    known[typeName] = general;
                    learned = true;
                }
            }
        }
        while (learned);

        foreach ((string typeName, List<(Type Clr, string Coordinate)> found) in candidates.Where(c => !known.ContainsKey(c.Key)))
        {
            _problems.Add(new BindingProblem(
                typeName,
                "resolvers return unrelated CLR types for it: " + string.Join(", ", found.Select(f => $"{ClrTypes.Display(f.Clr)} ({f.Coordinate})")) + ".",
                $"return one type (or types deriving from one), or declare it with BindRuntimeType<T>(\"{typeName}\")."));
        }

        return known;
    }

    private Dictionary<string, List<(Type Clr, string Coordinate)>> CollectResultTypes(Dictionary<string, Type> known)
    {
        var candidates = new Dictionary<string, List<(Type Clr, string Coordinate)>>(StringComparer.Ordinal);
        foreach (ObjectType type in BindableTypes())
        {
            foreach (OutputField field in type.Fields.Values)
            {
                List<MemberInfo> members = [.. ResolverMembers(type, field).Select(c => c.Member)];
                if (members.Count == 0 && known.TryGetValue(type.Name, out Type? parent) && !IsMapLike(parent))
                {
                    members = [.. MemberDiscovery.Find(parent, field.Name, includeStatic: false)];
                }

                if (members.Count == 1 && field.Type.Named is ObjectType target && !_declaredTypes.ContainsKey(target.Name)
                    && ResultItemType(members[0], field.Type, type == _schema.SubscriptionType) is { } clr)
                {
                    if (!candidates.TryGetValue(target.Name, out List<(Type Clr, string Coordinate)>? list))
                    {
                        candidates[target.Name] = list = [];
                    }

                    if (!list.Any(c => c.Clr == clr))
                    {
                        list.Add((clr, $"{type.Name}.{field.Name}"));
                    }
                }
            }
        }

        return candidates;
    }

    /// <summary>The CLR type of one object a member yields for <paramref name="fieldType"/>: tasks, streams and list levels removed.</summary>
    private static Type? ResultItemType(MemberInfo member, GraphQLType fieldType, bool isSubscription)
    {
        Type clr = ClrTypes.UnwrapAsync(member is MethodInfo method ? method.ReturnType : ((PropertyInfo)member).PropertyType).Result;
        if (isSubscription && ClrTypes.GetStreamItem(clr) is { } item)
        {
            clr = item;
        }

        for (GraphQLType type = fieldType; type is not NamedType;)
        {
            if (type is ListType list)
            {
                clr = ClrTypes.GetListItem(clr) ?? typeof(object);
                type = list.OfType;
            }
            else
            {
                type = ((NonNullType)type).OfType;
            }
        }

        clr = ClrTypes.StripNullable(clr);
        return clr == typeof(object) || clr == typeof(void) || ClrTypes.IsLeaf(clr) ? null : clr;
    }

    private static Type? MostGeneral(List<(Type Clr, string Coordinate)> found) =>
        found.Select(f => f.Clr).FirstOrDefault(candidate => found.All(f => candidate.IsAssignableFrom(f.Clr)));
}
