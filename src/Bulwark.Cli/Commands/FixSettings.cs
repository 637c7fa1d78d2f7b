using System.CommandLine;
using Bulwark.Fixes;

namespace Bulwark.Cli.Commands;

/// <summary>The options only <c>bulwark fix</c> has, and the <see cref="FixOptions"/> they make.</summary>
public static class FixSettings
{
    public static readonly Option<bool> Diff = new("--diff")
    {
        Description = "Print a unified diff of the fixes and write nothing (exit code 1 when there is something to fix).",
    };

    public static readonly Option<bool> UnsafeFixes = new("--unsafe-fixes")
    {
        Description = "Also apply unsafe fixes (non-root user, read-only root filesystem, resource limits, removing capabilities and privileges): they can change how the workload runs.",
    };

    public static readonly Option<bool> GenerateNetworkPolicies = new("--generate-network-policies")
    {
        Description = "Write a default-deny ingress NetworkPolicy for each namespace that lacks one (to bulwark-network-policies.yaml beside the input, or --output) and add Pod Security labels (restricted) to Namespace objects.",
    };

    public static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "With --generate-network-policies: the file to write the NetworkPolicies to.",
    };

    public static readonly Option<string[]> Limits = new("--limits")
    {
        Description = "Resource limits the unsafe fix writes: cpu=500m,memory=512Mi (default: fix.limits, else the seed's values).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> Requests = new("--requests")
    {
        Description = "Resource requests the unsafe fix writes: cpu=250m,memory=256Mi (default: fix.requests, else the seed's values).",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<long?> RunAsUser = new("--run-as-user")
    {
        Description = "The uid (and gid, fsGroup) the non-root fixes write, in manifests and Dockerfiles alike (default: fix.run-as-user, else 1000 in manifests and 10001 in Dockerfiles).",
    };

    public static IReadOnlyList<Option> All { get; } = [Diff, UnsafeFixes, GenerateNetworkPolicies, Output, Limits, Requests, RunAsUser];

    /// <summary>The fix options: the flags over <paramref name="configured"/> (the config's <c>fix:</c>); null (after printing why) when a value is malformed.</summary>
    public static FixOptions? From(ParseResult parse, FixOptions configured, TextWriter stderr)
    {
        var options = configured;
        var uid = parse.GetValue(RunAsUser);
        if (uid is { } id)
        {
            if (id <= 0)
            {
                stderr.WriteLine("error: --run-as-user must be a non-root uid (> 0)");
                return null;
            }

            options = options.WithIdentity(id, id);
        }

        var limits = Pairs(parse.GetValue(Limits), "--limits", stderr);
        var requests = Pairs(parse.GetValue(Requests), "--requests", stderr);
        if (limits is null || requests is null)
        {
            return null;
        }

        return options with
        {
            CpuLimit = limits.GetValueOrDefault("cpu", options.CpuLimit),
            MemoryLimit = limits.GetValueOrDefault("memory", options.MemoryLimit),
            CpuRequest = requests.GetValueOrDefault("cpu", options.CpuRequest),
            MemoryRequest = requests.GetValueOrDefault("memory", options.MemoryRequest),
        };
    }

    private static Dictionary<string, string>? Pairs(string[]? values, string flag, TextWriter stderr)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0] is not ("cpu" or "memory") || parts[1].Length == 0)
            {
                stderr.WriteLine($"error: {flag} takes cpu=QUANTITY,memory=QUANTITY, not '{item}'");
                return null;
            }

            pairs[parts[0]] = parts[1];
        }

        return pairs;
    }
}
