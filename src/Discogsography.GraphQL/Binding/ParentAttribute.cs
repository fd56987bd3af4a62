namespace Discogsography.GraphQL.Binding;

/// <summary>
/// Marks a resolver parameter that receives the parent object (the value the enclosing field resolved to). A parameter
/// whose type is the CLR type bound to the parent GraphQL type receives it without the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class ParentAttribute : Attribute
{
}
