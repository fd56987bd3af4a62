using System.Text;
using Discogsography.Stores.Sql.Catalog.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Discogsography.Stores.Sql.Catalog;

/// <summary>
/// EF Core's view of the catalog tables the migrations create (<c>0002_catalog.sql</c>): for reads. Bulk writes go
/// through <c>SqlCatalogWriter</c>; EF never creates or migrates the schema. Columns are the snake_case of
/// the property names. Build one with <see cref="Create"/>.
/// </summary>
public sealed class CatalogDbContext : DbContext
{
    /// <summary>Creates a context over the given options (see <see cref="Create"/>).</summary>
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options)
        : base(options)
    {
    }

    /// <summary>Artists and artist placeholders.</summary>
    public DbSet<ArtistRow> Artists => Set<ArtistRow>();

    /// <summary>Labels and label placeholders.</summary>
    public DbSet<LabelRow> Labels => Set<LabelRow>();

    /// <summary>Masters and master placeholders.</summary>
    public DbSet<MasterRow> Masters => Set<MasterRow>();

    /// <summary>Releases.</summary>
    public DbSet<ReleaseRow> Releases => Set<ReleaseRow>();

    /// <summary>Genres.</summary>
    public DbSet<GenreRow> Genres => Set<GenreRow>();

    /// <summary>Styles.</summary>
    public DbSet<StyleRow> Styles => Set<StyleRow>();

    /// <summary>Artist alias lists.</summary>
    public DbSet<ArtistAliasRow> ArtistAliases => Set<ArtistAliasRow>();

    /// <summary>Group member lists.</summary>
    public DbSet<ArtistMemberRow> ArtistMembers => Set<ArtistMemberRow>();

    /// <summary>Artist group lists.</summary>
    public DbSet<ArtistGroupRow> ArtistGroups => Set<ArtistGroupRow>();

    /// <summary>Label sublabel lists.</summary>
    public DbSet<LabelSublabelRow> LabelSublabels => Set<LabelSublabelRow>();

    /// <summary>Master artist credits.</summary>
    public DbSet<MasterArtistRow> MasterArtists => Set<MasterArtistRow>();

    /// <summary>Master genres.</summary>
    public DbSet<MasterGenreRow> MasterGenres => Set<MasterGenreRow>();

    /// <summary>Master styles.</summary>
    public DbSet<MasterStyleRow> MasterStyles => Set<MasterStyleRow>();

    /// <summary>Release artist credits.</summary>
    public DbSet<ReleaseArtistRow> ReleaseArtists => Set<ReleaseArtistRow>();

    /// <summary>Release labels with catalogue numbers.</summary>
    public DbSet<ReleaseLabelRow> ReleaseLabels => Set<ReleaseLabelRow>();

    /// <summary>Release genres.</summary>
    public DbSet<ReleaseGenreRow> ReleaseGenres => Set<ReleaseGenreRow>();

    /// <summary>Release styles.</summary>
    public DbSet<ReleaseStyleRow> ReleaseStyles => Set<ReleaseStyleRow>();

    /// <summary>Release formats.</summary>
    public DbSet<ReleaseFormatRow> ReleaseFormats => Set<ReleaseFormatRow>();

    /// <summary>Release extra-artist credits.</summary>
    public DbSet<CreditRow> Credits => Set<CreditRow>();

    /// <summary>Tracks.</summary>
    public DbSet<TrackRow> Tracks => Set<TrackRow>();

    /// <summary>Precomputed genre counts.</summary>
    public DbSet<GenreStatsRow> GenreStats => Set<GenreStatsRow>();

    /// <summary>Precomputed style counts.</summary>
    public DbSet<StyleStatsRow> StyleStats => Set<StyleStatsRow>();

    /// <summary>Precomputed label counts.</summary>
    public DbSet<LabelStatsRow> LabelStats => Set<LabelStatsRow>();

    /// <summary>Precomputed releases per genre and year.</summary>
    public DbSet<GenreYearCountRow> GenreYearCounts => Set<GenreYearCountRow>();

    /// <summary>Precomputed releases per style and year.</summary>
    public DbSet<StyleYearCountRow> StyleYearCounts => Set<StyleYearCountRow>();

    /// <summary>Precomputed releases per label and year.</summary>
    public DbSet<LabelYearCountRow> LabelYearCounts => Set<LabelYearCountRow>();

    /// <summary>A no-tracking context on the database's provider and connection string.</summary>
    /// <param name="provider">The engine.</param>
    /// <param name="connectionString">The ADO.NET connection string.</param>
    public static CatalogDbContext Create(SqlProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<CatalogDbContext>().UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        _ = provider switch
        {
            SqlProvider.Postgres => builder.UseNpgsql(connectionString),
            SqlProvider.Sqlite => builder.UseSqlite(connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown SQL provider."),
        };
        return new CatalogDbContext(builder.Options);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ArtistRow>().ToTable("artists").HasKey(e => e.Id);
        modelBuilder.Entity<LabelRow>().ToTable("labels").HasKey(e => e.Id);
        modelBuilder.Entity<MasterRow>().ToTable("masters").HasKey(e => e.Id);
        modelBuilder.Entity<ReleaseRow>().ToTable("releases").HasKey(e => e.Id);
        modelBuilder.Entity<GenreRow>().ToTable("genres").HasKey(e => e.Id);
        modelBuilder.Entity<StyleRow>().ToTable("styles").HasKey(e => e.Id);
        modelBuilder.Entity<ArtistAliasRow>().ToTable("artist_aliases").HasKey(e => new { e.ArtistId, e.Position });
        modelBuilder.Entity<ArtistMemberRow>().ToTable("artist_members").HasKey(e => new { e.GroupId, e.Position });
        modelBuilder.Entity<ArtistGroupRow>().ToTable("artist_groups").HasKey(e => new { e.ArtistId, e.Position });
        modelBuilder.Entity<LabelSublabelRow>().ToTable("label_sublabels").HasKey(e => new { e.LabelId, e.Position });
        modelBuilder.Entity<MasterArtistRow>().ToTable("master_artists").HasKey(e => new { e.MasterId, e.Position });
        modelBuilder.Entity<MasterGenreRow>().ToTable("master_genres").HasKey(e => new { e.MasterId, e.GenreId });
        modelBuilder.Entity<MasterStyleRow>().ToTable("master_styles").HasKey(e => new { e.MasterId, e.StyleId });
        modelBuilder.Entity<ReleaseArtistRow>().ToTable("release_artists").HasKey(e => new { e.ReleaseId, e.Position });
        modelBuilder.Entity<ReleaseLabelRow>().ToTable("release_labels").HasKey(e => new { e.ReleaseId, e.Position });
        modelBuilder.Entity<ReleaseGenreRow>().ToTable("release_genres").HasKey(e => new { e.ReleaseId, e.GenreId });
        modelBuilder.Entity<ReleaseStyleRow>().ToTable("release_styles").HasKey(e => new { e.ReleaseId, e.StyleId });
        modelBuilder.Entity<ReleaseFormatRow>().ToTable("release_formats").HasKey(e => new { e.ReleaseId, e.Position });
        modelBuilder.Entity<CreditRow>().ToTable("credits").HasKey(e => new { e.ReleaseId, e.Position });
        modelBuilder.Entity<TrackRow>().ToTable("tracks").HasKey(e => new { e.ReleaseId, e.Ordinal });
        modelBuilder.Entity<GenreStatsRow>().ToTable("genre_stats").HasKey(e => e.GenreId);
        modelBuilder.Entity<StyleStatsRow>().ToTable("style_stats").HasKey(e => e.StyleId);
        modelBuilder.Entity<LabelStatsRow>().ToTable("label_stats").HasKey(e => e.LabelId);
        modelBuilder.Entity<GenreYearCountRow>().ToTable("genre_year_counts").HasKey(e => new { e.GenreId, e.Year });
        modelBuilder.Entity<StyleYearCountRow>().ToTable("style_year_counts").HasKey(e => new { e.StyleId, e.Year });
        modelBuilder.Entity<LabelYearCountRow>().ToTable("label_year_counts").HasKey(e => new { e.LabelId, e.Year });

        // Ids are Discogs' own (the stats tables' ids are those of their genre, style or label), never generated here.
        foreach (IMutableEntityType entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (IMutableProperty property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
