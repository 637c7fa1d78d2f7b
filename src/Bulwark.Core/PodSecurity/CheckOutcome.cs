using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity;

/// <summary>What one check says about one pod: allowed, or upstream's reason and detail plus spans.</summary>
internal sealed record CheckOutcome(bool Allowed, string Reason, string Detail, IReadOnlyList<SourceSpan> Locations)
{
    public static CheckOutcome Pass { get; } = new(true, string.Empty, string.Empty, []);

    public static CheckOutcome Fail(string reason, string detail, IReadOnlyList<SourceSpan> locations) =>
        new(false, reason, detail, locations);
}
