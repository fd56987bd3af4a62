using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Types.Printing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Discogsography.GraphQL.AspNetCore.Http;

/// <summary>The schema the endpoint serves, printed once as SDL for <c>GET ?sdl</c>.</summary>
internal sealed class SchemaDocument
{
    private string? _printed;

    /// <summary>The SDL of the executor's schema (or a <see cref="Schema"/> service), or null when there is none.</summary>
    public string? Print(HttpContext context)
    {
        if (_printed is not null)
        {
            return _printed;
        }

        Schema? schema = context.RequestServices.GetService<IRequestExecutor>() is RequestExecutor executor
            ? executor.Schema.Schema
            : context.RequestServices.GetService<Schema>();
        return schema is null ? null : _printed = SchemaPrinter.Print(schema);
    }
}
