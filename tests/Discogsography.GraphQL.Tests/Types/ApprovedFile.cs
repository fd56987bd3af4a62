using System.Runtime.CompilerServices;

namespace Discogsography.GraphQL.Tests.Types;

/// <summary>Compares text with an approved file in an <c>Approved</c> folder next to the calling test's source file.</summary>
internal static class ApprovedFile
{
    /// <summary>
    /// Passes when <paramref name="actual"/> equals <c>Approved/&lt;name&gt;</c>; otherwise writes
    /// <c>Approved/&lt;name&gt;.received</c> for review and fails.
    /// </summary>
    public static void Verify(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        string folder = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        string approvedPath = Path.Combine(folder, name);
        string receivedPath = approvedPath + ".received";
        string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : null;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(receivedPath, actual);
        Assert.Fail(approved is null
            ? $"No approved file {approvedPath}; the output was written to {receivedPath}."
            : $"Output differs from {approvedPath}; the output was written to {receivedPath}.");
    }
}
