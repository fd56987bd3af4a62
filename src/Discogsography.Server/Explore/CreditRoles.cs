namespace Discogsography.Server.Explore;

/// <summary>Splits a Discogs credit role such as <c>Producer, Mixed By [Assistant]</c> into its roles, keeping bracketed details.</summary>
internal static class CreditRoles
{
    public static IReadOnlyList<string> Split(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return [];
        }

        var roles = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= role.Length; i++)
        {
            char c = i < role.Length ? role[i] : ',';
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && (depth == 0 || i == role.Length))
            {
                string part = role[start..i].Trim();
                if (part.Length > 0)
                {
                    roles.Add(part);
                }

                start = i + 1;
            }
        }

        return roles;
    }
}
