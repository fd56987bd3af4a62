using System.Globalization;
using System.Security.Claims;
using Discogsography.GraphQL.DataLoader;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;

namespace Discogsography.GraphQL.Execution;

/// <summary>The <see cref="IResolverContext"/> of one field of one parent: the request's state plus this field's own.</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationExecution _execution;
    private readonly FieldPlan _field;

    public ResolverContext(OperationExecution execution, FieldPlan field, object? parent, ResponsePath path, IReadOnlyDictionary<string, object?> arguments)
    {
        _execution = execution;
        _field = field;
        Parent = parent;
        Path = path;
        Arguments = arguments;
    }

    public object? Parent { get; }

    public ObjectType ObjectType => _field.ObjectType;

    public OutputField Field => _field.Definition!;

    public FieldNode Selection => _field.Nodes[0];

    public string ResponseName => _field.ResponseName;

    public ResponsePath Path { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public Schema Schema => _execution.Schema;

    public OperationDefinitionNode Operation => _execution.Plan.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public IServiceProvider RequestServices => _execution.Services;

    public ClaimsPrincipal? User => _execution.User;

    public CancellationToken RequestAborted => _execution.CancellationToken;

    public IDictionary<string, object?> ContextData => _execution.ContextData;

    public IDataLoaderScope DataLoaders => _execution.DataLoaders;

    public T? ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out object? value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        Type target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return target.IsEnum && value is string enumName
                ? (T)Enum.Parse(target, enumName.Replace("_", "", StringComparison.Ordinal), ignoreCase: true)
                : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new GraphQLException($"Argument \"{name}\" cannot be read as {typeof(T).Name}.", ExecutionErrorCodes.InvalidArgument);
        }
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _execution.AddError(error with
        {
            Path = error.Path ?? Path.ToList(),
            Locations = error.Locations.Count > 0 ? error.Locations : _field.Locations,
        });
    }
}
