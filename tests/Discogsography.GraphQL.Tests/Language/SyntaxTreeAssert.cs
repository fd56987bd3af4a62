using System.Collections;
using System.Reflection;
using Discogsography.GraphQL.Language.Syntax;

namespace Discogsography.GraphQL.Tests.Language;

/// <summary>Structural equality of syntax trees: same node types and property values, locations ignored.</summary>
internal static class SyntaxTreeAssert
{
    public static void Equal(SyntaxNode expected, SyntaxNode actual)
    {
        var difference = FindDifference(expected, actual, "root");
        Assert.True(difference is null, difference);
    }

    /// <summary>A description of the first difference, or null when the trees are equal.</summary>
    public static string? FindDifference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} vs {actual.GetType().Name}";
        }

        if (expected is SyntaxNode)
        {
            foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name == nameof(SyntaxNode.Location))
                {
                    continue;
                }

                var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is IList expectedList && actual is IList actualList)
        {
            if (expectedList.Count != actualList.Count)
            {
                return $"{path}: {expectedList.Count} items vs {actualList.Count}";
            }

            for (var i = 0; i < expectedList.Count; i++)
            {
                var difference = FindDifference(expectedList[i], actualList[i], $"{path}[{i}]");
                if (difference is not null)
                {
                    return difference;
                }
            }

            return null;
        }

        return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
    }

    private static string Show(object? value) => value is null ? "null" : $"'{value}'";
}
