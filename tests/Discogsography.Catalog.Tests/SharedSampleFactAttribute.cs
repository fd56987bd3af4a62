namespace Discogsography.Catalog.Tests;

/// <summary>A fact that needs the shared real Discogs sample; reported as not run (skipped) when it is absent.</summary>
internal sealed class SharedSampleFactAttribute : FactAttribute
{
    public SharedSampleFactAttribute()
    {
        if (SharedSample.Directory is null)
        {
            Skip = "The shared Discogs sample (shared/data/discogs-20200806-sample) is absent; set DISCOGSOGRAPHY_SHARED_DATA.";
        }
    }
}
