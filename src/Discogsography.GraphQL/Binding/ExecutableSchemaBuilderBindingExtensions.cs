using Discogsography.GraphQL.Resolvers;

namespace Discogsography.GraphQL.Binding;

/// <summary>Registers the resolvers of a <see cref="SchemaBinding"/> with an <see cref="ExecutableSchemaBuilder"/>.</summary>
public static class ExecutableSchemaBuilderBindingExtensions
{
    /// <summary>
    /// Adds every bound field's compiled resolver, every subscription's source stream, and the CLR type of each object type
    /// (so that interfaces and unions resolve concrete values to their object type).
    /// </summary>
    public static ExecutableSchemaBuilder AddResolversFrom(this ExecutableSchemaBuilder builder, SchemaBinding binding)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(binding);
        if (!ReferenceEquals(builder.Schema, binding.Schema))
        {
            throw new ArgumentException("The binding was made for another schema.", nameof(binding));
        }

        foreach (BoundField field in binding.Fields)
        {
            if (field.Resolver is not null)
            {
                builder.AddResolver(field.TypeName, field.FieldName, field.Resolver);
            }
            else if (field.PureResolver is not null)
            {
                builder.AddResolver(field.TypeName, field.FieldName, field.PureResolver);
            }

            if (field.Subscribe is not null)
            {
                builder.AddSubscription(field.FieldName, field.Subscribe);
            }
        }

        foreach ((string typeName, Type clrType) in binding.RuntimeTypes)
        {
            if (clrType is { IsAbstract: false, IsInterface: false } && binding.Schema.GetType(typeName) is Types.ObjectType)
            {
                builder.MapClrType(clrType, typeName);
            }
        }

        return builder;
    }
}
