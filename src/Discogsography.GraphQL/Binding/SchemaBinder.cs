using System.Reflection;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Binding;

/// <summary>
/// One binding run: checks the registrations, settles each object type's CLR type, then binds every field of every
/// object type (introspection types aside) to a resolver class member or a member of the parent, compiling each.
/// </summary>
internal sealed partial class SchemaBinder
{
    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Type>> _resolverClasses;
    private readonly Dictionary<string, Type> _declaredTypes;
    private readonly Func<Type, bool>? _isService;
    private readonly List<BindingProblem> _problems = [];
    private readonly Dictionary<Type, InstanceSource> _instances = [];

    public SchemaBinder(
        Schema schema,
        IReadOnlyDictionary<string, IReadOnlyList<Type>> resolverClasses,
        Dictionary<string, Type> declaredTypes,
        Func<Type, bool>? isService)
    {
        _schema = schema;
        _resolverClasses = resolverClasses;
        _declaredTypes = declaredTypes;
        _isService = isService;
    }

    public SchemaBinding Bind()
    {
        CheckRegistrations();
        IReadOnlyDictionary<string, Type> runtimeTypes = InferRuntimeTypes();
        var compiler = new ResolverCompiler(runtimeTypes, _isService, _problems);
        var fields = new List<BoundField>();
        foreach (ObjectType type in BindableTypes())
        {
            foreach (OutputField field in type.Fields.Values)
            {
                if (BindField(compiler, type, field, runtimeTypes.GetValueOrDefault(type.Name)) is { } bound)
                {
                    fields.Add(bound);
                }
            }
        }

        return _problems.Count > 0
            ? throw new BindingException([.. _problems.Distinct()])
            : new SchemaBinding(_schema, fields, runtimeTypes);
    }

    private BoundField? BindField(ResolverCompiler compiler, ObjectType type, OutputField field, Type? runtimeType)
    {
        bool isSubscription = type == _schema.SubscriptionType;
        List<(MemberInfo Member, InstanceSource Source)> candidates = [.. ResolverMembers(type, field)];
        if (candidates.Count == 0 && runtimeType is not null && !IsMapLike(runtimeType))
        {
            candidates = [.. MemberDiscovery.Find(runtimeType, field.Name, includeStatic: false)
                .Select(m => (m, new InstanceSource(InstanceKind.Parent, runtimeType, null, null)))];
        }

        if (candidates.Count == 1)
        {
            return compiler.Compile(type, field, candidates[0].Member, candidates[0].Source, isSubscription);
        }

        if (candidates.Count > 1)
        {
            _problems.Add(new BindingProblem(
                $"{type.Name}.{field.Name}",
                $"several members match the field: {string.Join(", ", candidates.Select(c => MemberDiscovery.Display(c.Member)))}.",
                "rename all but one, or mark the one to use [GraphQLName(\"" + field.Name + "\")]."));
        }
        else if (runtimeType is null || !IsMapLike(runtimeType))
        {
            _problems.Add(MissingResolver(type, field, runtimeType, isSubscription));
        }

        return null;
    }

    private IEnumerable<(MemberInfo Member, InstanceSource Source)> ResolverMembers(ObjectType type, OutputField field)
    {
        foreach (Type resolverClass in _resolverClasses.GetValueOrDefault(type.Name) ?? [])
        {
            foreach (MemberInfo member in MemberDiscovery.Find(resolverClass, field.Name, includeStatic: true))
            {
                bool isStatic = member is MethodInfo { IsStatic: true } || member is PropertyInfo { GetMethod.IsStatic: true };
                yield return (member, isStatic ? new InstanceSource(InstanceKind.Static, resolverClass, null, null) : Instance(resolverClass));
            }
        }
    }

    private InstanceSource Instance(Type resolverClass)
    {
        if (!_instances.TryGetValue(resolverClass, out InstanceSource? source))
        {
            object? shared = resolverClass.GetConstructor(Type.EmptyTypes) is not null && !resolverClass.IsAbstract
                ? Activator.CreateInstance(resolverClass)
                : null;
            source = new InstanceSource(
                InstanceKind.ResolverClass,
                resolverClass,
                shared,
                shared is null ? ConstructorInjection.ForResolverClass(resolverClass) : null,
                MaybeService: _isService?.Invoke(resolverClass) ?? true);
            _instances[resolverClass] = source;
        }

        return source;
    }

    private BindingProblem MissingResolver(ObjectType type, OutputField field, Type? runtimeType, bool isSubscription)
    {
        string result = ClrTypeSuggestion.For(field.Type);
        result = isSubscription ? $"IAsyncEnumerable<{result.TrimEnd('?')}>" : result;
        string signature = $"{result} {NameConventions.ToMemberName(field.Name)}("
            + string.Join(", ", field.Arguments.Values.Select(a => $"{ClrTypeSuggestion.For(a.Type)} {a.Name}")) + ")";
        IReadOnlyList<Type> classes = _resolverClasses.GetValueOrDefault(type.Name) ?? [];
        bool isRoot = type == _schema.QueryType || type == _schema.MutationType || isSubscription;
        string resolverFix = classes.Count > 0
            ? $"add a method {signature} to {string.Join(" or ", classes.Select(c => c.Name))}"
            : $"bind a resolver class with BindResolver<T>(\"{type.Name}\") that has a method {signature}";
        string problem = (classes.Count, runtimeType) switch
        {
            (0, null) => $"no resolver class is bound to {type.Name}" + (isRoot ? "." : $" and the CLR type of {type.Name} objects is unknown."),
            (_, null) => $"{string.Join(" and ", classes.Select(c => c.Name))} has no member {NameConventions.ToMemberName(field.Name)}"
                + (isRoot ? "." : $", and the CLR type of {type.Name} objects is unknown."),
            (0, _) => $"{runtimeType.Name}, the CLR type of {type.Name} objects, has no member {NameConventions.ToMemberName(field.Name)}.",
            _ => $"neither {string.Join(" nor ", classes.Select(c => c.Name))} nor {runtimeType.Name} (the CLR type of {type.Name} objects) has a member {NameConventions.ToMemberName(field.Name)}.",
        };
        string parentFix = runtimeType is null
            ? isRoot ? string.Empty : $", or declare the CLR type of {type.Name} objects with BindRuntimeType<T>(\"{type.Name}\") and give it a property {NameConventions.ToMemberName(field.Name)}"
            : isSubscription ? string.Empty : $", or add a property {result} {NameConventions.ToMemberName(field.Name)} to {runtimeType.Name}";
        return new BindingProblem($"{type.Name}.{field.Name}", problem, resolverFix + parentFix + ".");
    }

    private IEnumerable<ObjectType> BindableTypes() =>
        _schema.Types.OfType<ObjectType>().Where(t => !t.IsIntrospectionType && !t.Name.StartsWith("__", StringComparison.Ordinal));

    private static bool IsMapLike(Type type) =>
        typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type) || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
        || type == typeof(System.Text.Json.JsonElement);
}
