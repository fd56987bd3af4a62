namespace Discogsography.GraphQL.Types.Validation;

/// <summary>Interface implementation: no self-implementation, no repeats, transitive interfaces, fields and arguments.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (InterfaceType implemented in type.Interfaces)
        {
            if (ReferenceEquals(type, implemented))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.SourceLocations);
                continue;
            }

            if (!seen.Add(implemented))
            {
                Report($"Type {type.Name} can only implement {implemented.Name} once.", type.SourceLocations);
                continue;
            }

            ValidateImplementsAncestors(type, implemented);
            ValidateImplementsInterface(type, implemented);
        }
    }

    private void ValidateImplementsAncestors(ComplexType type, InterfaceType implemented)
    {
        foreach (InterfaceType transitive in implemented.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.",
                    implemented.SourceLocations.Concat(type.SourceLocations));
            }
        }
    }

    private void ValidateImplementsInterface(ComplexType type, InterfaceType implemented)
    {
        foreach (OutputField interfaceField in implemented.Fields.Values)
        {
            string fieldName = interfaceField.Name;
            if (!type.Fields.TryGetValue(fieldName, out OutputField? typeField))
            {
                Report(
                    $"Interface field {implemented.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    interfaceField.SourceLocations.Take(1).Concat(type.SourceLocations));
                continue;
            }

            if (!IsTypeSubTypeOf(typeField.Type, interfaceField.Type))
            {
                Report(
                    $"Interface field {implemented.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.SourceLocations.Skip(1).Concat(typeField.SourceLocations.Skip(1)));
            }

            foreach (Argument interfaceArgument in interfaceField.Arguments.Values)
            {
                string argumentName = interfaceArgument.Name;
                if (!typeField.Arguments.TryGetValue(argumentName, out Argument? typeArgument))
                {
                    Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.SourceLocations.Take(1).Concat(typeField.SourceLocations.Take(1)));
                    continue;
                }

                if (!interfaceArgument.Type.Equals(typeArgument.Type))
                {
                    Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.SourceLocations.Skip(1).Concat(typeArgument.SourceLocations.Skip(1)));
                }
            }

            foreach (Argument typeArgument in typeField.Arguments.Values)
            {
                if (!interfaceField.Arguments.ContainsKey(typeArgument.Name) && typeArgument.IsRequired)
                {
                    Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {implemented.Name}.{fieldName}.",
                        typeArgument.SourceLocations.Take(1).Concat(interfaceField.SourceLocations.Take(1)));
                }
            }
        }
    }

    /// <summary>Covariance of field types (spec IsValidImplementationFieldType).</summary>
    private static bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        return (maybeSubType, superType) switch
        {
            (NonNullType sub, NonNullType super) => IsTypeSubTypeOf(sub.OfType, super.OfType),
            (_, NonNullType) => false,
            (NonNullType sub, _) => IsTypeSubTypeOf(sub.OfType, superType),
            (ListType sub, ListType super) => IsTypeSubTypeOf(sub.OfType, super.OfType),
            (_, ListType) or (ListType, _) => false,
            (ObjectType sub, UnionType union) => union.Types.Contains(sub),
            (ComplexType sub, InterfaceType implemented) => sub.Interfaces.Contains(implemented),
            _ => false,
        };
    }
}
