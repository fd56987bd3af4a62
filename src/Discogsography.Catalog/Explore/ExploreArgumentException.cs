namespace Discogsography.Catalog.Explore;

/// <summary>A read was asked with an invalid argument; <see cref="Code"/> says which rule it broke (see <see cref="ExploreErrorCodes"/>).</summary>
public sealed class ExploreArgumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code from <see cref="ExploreErrorCodes"/>.</param>
    /// <param name="message">A message a client can show.</param>
    public ExploreArgumentException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The stable code, e.g. <c>UNKNOWN_CATEGORY</c>.</summary>
    public string Code { get; }
}
