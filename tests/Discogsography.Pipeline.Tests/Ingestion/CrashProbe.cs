namespace Discogsography.Pipeline.Tests.Ingestion;

/// <summary>Where the built CrashProbe console is (a separate process a test can kill).</summary>
internal static class CrashProbe
{
    public static string Path
    {
        get
        {
            // tests/Discogsography.Pipeline.Tests/bin/<Configuration>/net10.0/ → tests/Discogsography.Pipeline.CrashProbe/bin/<Configuration>/net10.0/
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            string configuration = output.Parent!.Name;
            string tests = output.Parent.Parent!.Parent!.Parent!.FullName;
            string path = System.IO.Path.Combine(tests, "Discogsography.Pipeline.CrashProbe", "bin", configuration, output.Name, "Discogsography.Pipeline.CrashProbe.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Discogsography.Pipeline.CrashProbe first.", path);
        }
    }
}
