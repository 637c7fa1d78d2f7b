namespace Bulwark.PodSecurity;

/// <summary>The verdict of one pod against one level:version, with upstream's aggregated messages.</summary>
public sealed record PodSecurityResult(LevelVersion Policy, IReadOnlyList<PodSecurityViolation> Violations)
{
    public bool Allowed => Violations.Count == 0;

    /// <summary>Upstream's <c>ForbiddenReason()</c>: the reasons joined by ", " (namespace dry-run warnings).</summary>
    public string ForbiddenReason => string.Join(", ", Violations.Select(v => v.Reason));

    /// <summary>Upstream's <c>ForbiddenDetail()</c>: each <c>reason (detail)</c>, joined by ", ".</summary>
    public string ForbiddenDetail => string.Join(", ", Violations.Select(v => v.Message));

    /// <summary>The enforce text after <c>pods "name" is forbidden: </c>.</summary>
    public string EnforceMessage => $"violates PodSecurity \"{Policy}\": {ForbiddenDetail}";

    /// <summary>The warn response warning and the <c>audit-violations</c> annotation text.</summary>
    public string WarnMessage => $"would violate PodSecurity \"{Policy}\": {ForbiddenDetail}";

    /// <summary>The full 403 message the API server returns for a denied pod.</summary>
    public string ForbiddenPodMessage(string podName) => $"pods \"{podName}\" is forbidden: {EnforceMessage}";
}
