using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Discogsography.Server.Tests.Explore;

/// <summary>
/// Compares a JSON response with <c>tests/Discogsography.Server.Tests/Approved/&lt;name&gt;.json</c>, both indented the
/// same way. On a difference it writes <c>&lt;name&gt;.received.json</c> beside it and fails; with <c>APPROVE=1</c> it
/// writes the approved file instead.
/// </summary>
internal static class ApprovedJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Verify(string name, string json)
    {
        string folder = Path.Combine(ProjectFolder(), "Approved");
        string approvedPath = Path.Combine(folder, name + ".json");
        string receivedPath = Path.Combine(folder, name + ".received.json");
        string received = JsonNode.Parse(json)!.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("APPROVE") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, received);
            File.Delete(receivedPath);
            return;
        }

        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}; the response is in {receivedPath} (rename it, or run with APPROVE=1)."
            : $"The response differs from {approvedPath}; it is in {receivedPath} (compare them; run with APPROVE=1 to accept).");
    }

    /// <summary>The test project's source folder, found by walking up from the test assembly to the repository.</summary>
    private static string ProjectFolder()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "tests", "Discogsography.Server.Tests");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "Discogsography.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/Discogsography.Server.Tests not found above {AppContext.BaseDirectory}.");
    }
}
