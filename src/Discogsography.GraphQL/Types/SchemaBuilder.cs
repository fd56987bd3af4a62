using Discogsography.GraphQL.Introspection;
using Discogsography.GraphQL.Language;
using Discogsography.GraphQL.Language.Syntax;
using Discogsography.GraphQL.Types.Building;
using Discogsography.GraphQL.Types.Scalars;
using Discogsography.GraphQL.Types.Validation;

namespace Discogsography.GraphQL.Types;

/// <summary>
/// Builds an immutable <see cref="Schema"/> from SDL: add documents (type extensions are applied to their types), register
/// implementations of custom scalars, then <see cref="Build"/>, which validates the type system and throws
/// <see cref="SchemaException"/> listing every problem.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly List<SchemaProblem> _syntaxProblems = [];
    private readonly Dictionary<string, ScalarCoercion> _coercions = new(StringComparer.Ordinal)
    {
        ["DateTime"] = BuiltInScalars.DateTimeCoercion,
        ["Long"] = BuiltInScalars.LongCoercion,
    };

    /// <summary>A builder holding the SDL <paramref name="sdl"/>.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Parses <paramref name="sdl"/> and adds it; a syntax error is reported by <see cref="Build"/>.</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        try
        {
            _documents.Add(Parser.Parse(sdl, ParserOptions.Schema));
        }
        catch (GraphQLSyntaxException exception)
        {
            _syntaxProblems.Add(new SchemaProblem(exception.Message, [new SchemaLocation(exception.Line, exception.Column)]));
        }

        return this;
    }

    /// <summary>Adds a parsed SDL document.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Gives the custom scalar named <paramref name="scalarName"/> its coercion (otherwise values pass through).</summary>
    public SchemaBuilder AddScalarCoercion(string scalarName, ScalarCoercion coercion)
    {
        ArgumentNullException.ThrowIfNull(coercion);
        _coercions[scalarName] = coercion;
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">The SDL does not describe a valid schema; every problem is listed.</exception>
    public Schema Build()
    {
        if (_syntaxProblems.Count > 0)
        {
            throw new SchemaException(_syntaxProblems);
        }

        var assembler = new SchemaAssembler(_coercions, IntrospectionTypes.All);
        (SchemaParts? parts, IReadOnlyList<SchemaProblem> problems) = assembler.Assemble(_documents);
        if (parts is null)
        {
            throw new SchemaException(problems);
        }

        IReadOnlyList<NamedType> types = TypeMapOrder.Collect(parts, IntrospectionTypes.Schema);
        IReadOnlyList<SchemaProblem> invalid = SchemaValidator.Validate(parts, types);
        return invalid.Count > 0 ? throw new SchemaException(invalid) : new Schema(parts, types);
    }
}
