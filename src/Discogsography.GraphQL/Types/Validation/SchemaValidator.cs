namespace Discogsography.GraphQL.Types.Validation;

/// <summary>
/// The type system's validity rules (spec §3, graphql-js <c>validateSchema</c>) over assembled schema parts:
/// roots, reserved names, fields and arguments, interface implementation, unions, enums, input objects and directives.
/// Each rule reports one message per problem, worded as graphql-js words it.
/// </summary>
internal sealed partial class SchemaValidator
{
    private readonly List<SchemaProblem> _problems = [];
    private readonly SchemaParts _parts;
    private readonly IReadOnlyList<NamedType> _types;

    private SchemaValidator(SchemaParts parts, IReadOnlyList<NamedType> types)
    {
        _parts = parts;
        _types = types;
    }

    /// <summary>Every problem of the schema made of <paramref name="parts"/> with the type map <paramref name="types"/>.</summary>
    public static IReadOnlyList<SchemaProblem> Validate(SchemaParts parts, IReadOnlyList<NamedType> types)
    {
        var validator = new SchemaValidator(parts, types);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._problems;
    }

    private void Report(string message, IEnumerable<SchemaLocation> locations) =>
        _problems.Add(new SchemaProblem(message, [.. locations]));

    private void Report(string message, params SchemaLocation[] locations) =>
        _problems.Add(new SchemaProblem(message, locations));

    private void ValidateRootTypes()
    {
        if (_parts.Query is null)
        {
            Report("Query root type must be provided.", _parts.SourceLocations);
        }
        else if (_parts.Query is not ObjectType)
        {
            Report($"Query root type must be Object type, it cannot be {_parts.Query.Name}.", RootLocation("query", _parts.Query));
        }

        if (_parts.Mutation is { } mutation and not ObjectType)
        {
            Report($"Mutation root type must be Object type if provided, it cannot be {mutation.Name}.", RootLocation("mutation", mutation));
        }

        if (_parts.Subscription is { } subscription and not ObjectType)
        {
            Report($"Subscription root type must be Object type if provided, it cannot be {subscription.Name}.", RootLocation("subscription", subscription));
        }
    }

    private IEnumerable<SchemaLocation> RootLocation(string operation, NamedType type) =>
        _parts.RootLocations.TryGetValue(operation, out SchemaLocation location) ? [location] : type.SourceLocations.Take(1);

    private void ValidateTypes()
    {
        var cycles = new InputObjectCycles(this);
        foreach (NamedType type in _types)
        {
            if (!type.IsIntrospectionType)
            {
                ValidateName(type.Name, type.SourceLocations.Take(1));
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType inputObject:
                    ValidateInputFields(inputObject);
                    cycles.Detect(inputObject);
                    break;
            }
        }
    }

    private void ValidateName(string name, IEnumerable<SchemaLocation> locations)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", locations);
        }
    }

    private void ValidateDirectives()
    {
        foreach (DirectiveDefinition directive in _parts.Directives)
        {
            ValidateName(directive.Name, directive.SourceLocations);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SourceLocations);
            }

            foreach (Argument argument in directive.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SourceLocations.Take(1));
                if (!argument.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SourceLocations.Skip(1));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecationLocations(argument));
                }
            }
        }
    }

    private static IEnumerable<SchemaLocation> DeprecationLocations(SchemaElement element) =>
        element.GetDirectives(BuiltInDirectives.DeprecatedName)
            .Where(d => d.Location is not null)
            .Select(d => d.Location!.Value)
            .Take(1)
            .Concat(element.SourceLocations.Skip(1));
}
