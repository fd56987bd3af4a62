using Microsoft.Extensions.Options;

namespace Discogsography.GraphQL.AspNetCore.Ide;

/// <summary>Validates <see cref="GraphQLIdeOptions"/> on start.</summary>
internal sealed class GraphQLIdeOptionsValidation : IValidateOptions<GraphQLIdeOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLIdeOptions options)
    {
        IReadOnlyList<string> problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
