using Discogsography.GraphQL.AspNetCore;
using Discogsography.GraphQL.AspNetCore.Subscriptions;
using Discogsography.GraphQL.Authorization;
using Discogsography.GraphQL.Binding;
using Discogsography.GraphQL.Execution;
using Discogsography.GraphQL.Resolvers;
using Discogsography.GraphQL.Types;
using Discogsography.GraphQL.Validation;
using Discogsography.Server.Dumps;
using Discogsography.Server.Explore;
using Discogsography.Server.Explore.Fields;
using Discogsography.Server.Hosting;
using Discogsography.Server.Stats;
using Discogsography.Stores.Sql;
using Discogsography.Stores.Sql.Tracking;

namespace Discogsography.Server.Api;

/// <summary>
/// The executable schema the server serves: <c>schema/discogsography.graphql</c> bound to the resolver classes by
/// convention at start-up (a missing resolver or a type mismatch stops start-up with every problem listed), and the
/// request executor over it.
/// </summary>
internal static class ServerGraphQL
{
    /// <summary>Resolver classes per GraphQL type; later features add their lines here.</summary>
    private static readonly (Type Resolvers, string TypeName)[] s_resolvers =
    [
        (typeof(DumpQueries), "Query"),
        (typeof(DumpMutations), "Mutation"),
        (typeof(DumpSubscriptions), "Subscription"),
        (typeof(DumpProcessingFields), "DumpProcessing"),
        (typeof(GraphStatsQueries), "Query"),
        (typeof(ExploreQueries), "Query"),
        (typeof(SearchQueries), "Query"),
        (typeof(ArtistFields), "Artist"),
        (typeof(LabelFields), "Label"),
        (typeof(MasterFields), "Master"),
        (typeof(ReleaseFields), "Release"),
        (typeof(GenreFields), "Genre"),
        (typeof(StyleFields), "Style"),
        (typeof(PersonFields), "Person"),
        (typeof(ArtistCreditFields), "ArtistCredit"),
        (typeof(CreditFields), "Credit"),
        (typeof(TrackFields), "Track"),
        (typeof(CatalogEntryFields), "CatalogEntry"),
        (typeof(CompanyFields), "Company"),
        (typeof(VideoFields), "Video"),
    ];

    public static IServiceCollection AddDiscogsographyGraphQL(this IServiceCollection services, IConfiguration configuration, bool development)
    {
        services.AddDiscogsographySchema();

        // The relational store answers the pipeline fields in every role; its tracking changes feed the subscription.
        services.AddSqlStore(configuration);

        // graphStats counts the graph store: Neo4j when configured, else the relational catalog.
        services.AddGraphStatistics(configuration);

        // The explore API reads the catalog through the Catalog read contracts, over the same graph store.
        services.AddGraphReaders(configuration);
        services.AddInMemoryTopicEvents();
        services.DecorateDumpTracking();

        services.AddSingleton(provider => Bind(provider.GetRequiredService<Schema>(), provider.GetRequiredService<IServiceProviderIsService>()));
        var limits = ReadLimits(configuration);
        services.AddSingleton<IRequestExecutor>(provider => new RequestExecutor(
            provider.GetRequiredService<ExecutableSchema>().WithAuthorization(provider.GetRequiredService<IFieldAuthorizer>()),
            new RequestExecutorOptions
            {
                IncludeExceptionDetails = development,
                Validate = ExecutionValidation.With(new ValidationOptions { Limits = limits }),
            },
            provider.GetService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Operation limits from <c>GraphQL:Limits</c> (<c>MaxDepth</c>, <c>MaxCost</c>, <c>MaxAliases</c>, <c>MaxRootFields</c>,
    /// <c>AllowIntrospection</c>, <c>AssumedListSize</c>, ...). Lists without a page argument are assumed to hold 10 items:
    /// the engine's 50 makes ordinary nested queries over small lists exceed the cost limit.
    /// </summary>
    public static OperationLimits ReadLimits(IConfiguration configuration)
    {
        var limits = new OperationLimits { AssumedListSize = 10 };
        configuration.GetSection("GraphQL:Limits").Bind(limits);
        limits.Validate();
        return limits;
    }

    /// <summary>Binds the resolver classes to the schema; throws one <see cref="BindingException"/> listing every problem.</summary>
    public static ExecutableSchema Bind(Schema schema, IServiceProviderIsService isService)
    {
        var binder = new SchemaBindingBuilder(schema).UseServiceCheck(type => isService.IsService(type) || IsOptionalService(type));
        foreach (var (resolvers, typeName) in s_resolvers)
        {
            binder.BindResolver(resolvers, typeName);
        }

        return new ExecutableSchemaBuilder(schema).AddResolversFrom(binder.Bind()).Build();
    }

    /// <summary>Services some roles register and others do not; resolvers take them as nullable parameters.</summary>
    private static bool IsOptionalService(Type type) => type == typeof(Pipeline.Extraction.Scheduling.IDumpUpdateTrigger);

    private static void DecorateDumpTracking(this IServiceCollection services)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IDumpTrackingStore));
        services.Remove(inner);
        services.AddSingleton<IDumpTrackingStore>(provider => new ObservedDumpTrackingStore(
            (IDumpTrackingStore)(inner.ImplementationInstance
                ?? inner.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, inner.ImplementationType!)),
            provider.GetRequiredService<ITopicEventSender>()));
    }
}
