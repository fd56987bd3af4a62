using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Discogsography.Stores.Sql.Migrations;

/// <summary>
/// Finds the migration scripts embedded in this assembly: <c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c>.
/// Adding a schema change means adding one file per provider with the next number.
/// </summary>
internal static class MigrationCatalog
{
    /// <summary>The migrations for a provider, ordered by version.</summary>
    public static IReadOnlyList<Migration> For(SqlProvider provider) => Load(typeof(MigrationCatalog).Assembly, provider);

    internal static IReadOnlyList<Migration> Load(Assembly assembly, SqlProvider provider)
    {
        var prefix = $"Migrations/{provider}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[prefix.Length..^".sql".Length];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration resource '{resource}' cannot be read.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var script = reader.ReadToEnd();
            migrations.Add(new Migration
            {
                Version = version,
                Name = fileName[(separator + 1)..],
                Script = script,
                Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script))),
            });
        }

        migrations.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version == migrations[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {provider} migrations share version {migrations[i].Version}.");
            }
        }

        return migrations;
    }
}
