using Bulwark.Diagnostics;

namespace Bulwark.Rules;

/// <summary>Whether a rule can fix what it finds, and how safely (Ruff's applicability).</summary>
public enum FixAvailability
{
    None,
    Safe,
    Unsafe,
    DisplayOnly,
}

public enum RuleStatus
{
    Stable,
    Preview,
}

/// <summary>The input kinds a rule understands; the docs list them and discovery uses them.</summary>
[Flags]
public enum Surfaces
{
    None = 0,
    Kubernetes = 1,
    Compose = 2,
    DockerRun = 4,
    DockerEngine = 8,
    Dockerfile = 16,
    Containers = Kubernetes | Compose | DockerRun | DockerEngine,
}

/// <summary>
/// Everything known about a rule. The single source of truth for docs pages, <c>bulwark rules</c>,
/// <c>bulwark explain</c> and SARIF rule descriptors.
/// </summary>
public sealed record RuleMetadata
{
    public required string Id { get; init; }

    /// <summary>Kebab-case name of the bad pattern, usable wherever an ID is.</summary>
    public required string Name { get; init; }

    public required Severity DefaultSeverity { get; init; }

    public required string Practice { get; init; }

    public required string Title { get; init; }

    /// <summary>"What it does" in the docs: what the rule looks at.</summary>
    public required string Description { get; init; }

    /// <summary>"Why is this bad?": the risk.</summary>
    public required string Rationale { get; init; }

    /// <summary>One line: what to change. Printed under every finding.</summary>
    public required string Remediation { get; init; }

    public required Surfaces Surfaces { get; init; }

    public IReadOnlyList<string> Cwe { get; init; } = [];

    public IReadOnlyList<string> Mitre { get; init; } = [];

    public string? Example { get; init; }

    public string? UseInstead { get; init; }

    public FixAvailability Fix { get; init; } = FixAvailability.None;

    /// <summary>Why the fix has the applicability it has (docs "Fix safety").</summary>
    public string? FixNote { get; init; }

    public RuleStatus Status { get; init; } = RuleStatus.Stable;

    public string Since { get; init; } = "0.1.0";

    public IReadOnlyList<string> References { get; init; } = [];
}
