namespace Discogsography.GraphQL.Types.Validation;

/// <summary>Fields, arguments, union members, enum values and input fields.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", type.SourceLocations);
        }

        foreach (OutputField field in type.Fields.Values)
        {
            ValidateName(field.Name, field.SourceLocations.Take(1));
            if (!field.Type.IsOutputType)
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SourceLocations.Skip(1));
            }

            foreach (Argument argument in field.Arguments.Values)
            {
                ValidateName(argument.Name, argument.SourceLocations.Take(1));
                if (!argument.Type.IsInputType)
                {
                    Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.SourceLocations.Skip(1));
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecationLocations(argument));
                }
            }
        }
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", union.SourceLocations);
        }

        var seen = new HashSet<ObjectType>();
        foreach (ObjectType member in union.Types)
        {
            if (!seen.Add(member))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", union.SourceLocations);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", enumType.SourceLocations);
        }

        foreach (EnumValue value in enumType.Values.Values)
        {
            ValidateName(value.Name, value.SourceLocations);
        }
    }

    private void ValidateInputFields(InputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            Report($"Input Object type {inputObject.Name} must define one or more fields.", inputObject.SourceLocations);
        }

        foreach (InputField field in inputObject.Fields.Values)
        {
            ValidateName(field.Name, field.SourceLocations.Take(1));
            if (!field.Type.IsInputType)
            {
                Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.SourceLocations.Skip(1));
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                Report($"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.", DeprecationLocations(field));
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.SourceLocations.Skip(1));
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.SourceLocations.Take(1));
                }
            }
        }
    }
}
