using Bulwark.Diagnostics;
using Bulwark.Profiles;

namespace Bulwark.Rules.Runtime;

public sealed class HostPathMount : ContainerRule
{
    private static readonly string[] RuntimeSockets =
    [
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/var/run/podman/podman.sock", "/run/podman/podman.sock",
    ];

    private static readonly string[] SensitivePaths =
    [
        "/", "/etc", "/proc", "/sys", "/var/lib/kubelet", "/root", "/boot", "/dev", "/var/lib/docker", "/var/lib/containerd",
        "/var/run", "/run", "/var/log", "/home", "/etc/kubernetes", "/var/lib/etcd",
    ];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "RT010",
        Name = "host-path-mount",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.RuntimeIsolation,
        Title = "Host path is mounted",
        Description = "Reports hostPath volumes (Kubernetes) and bind mounts (compose, docker) mounted into a container. Sensitive host paths (`/`, `/etc`, `/proc`, `/sys`, `/var/lib/kubelet`, `/root`, ...) are high and container-runtime sockets (docker, containerd, cri-o) critical; a read-only mount lowers the severity one step.",
        Rationale = "A host mount is a hole in the container's filesystem isolation. Writing to /etc or the kubelet's directory, or talking to the container runtime's socket, gives full control of the node.",
        Remediation = "Use a volume type that does not expose the host (emptyDir, configMap, secret, PVC); if a host path is unavoidable, mount the narrowest path read-only.",
        Surfaces = Surfaces.Containers,
        Cwe = [Taxonomy.CweImproperIsolation, Taxonomy.CweUnnecessaryPrivileges],
        Mitre = [Taxonomy.MitreEscapeToHost, Taxonomy.MitreDeployContainer],
        Example = "volumes:\n  - name: docker\n    hostPath:\n      path: /var/run/docker.sock",
        UseInstead = "volumes:\n  - name: cache\n    emptyDir: {}",
    };

    public override void Check(ContainerProfile c, RuleContext context)
    {
        foreach (var mount in c.Mounts.Where(m => m.Kind == MountKind.HostPath))
        {
            var path = mount.Source?.Value ?? "(unknown)";
            var (severity, why) = Classify(path);
            if (mount.ReadOnly && severity > Severity.Low)
            {
                severity--;
            }

            var mode = mount.ReadOnly ? "read-only" : "read-write";
            context.Report(c.At(mount.Source?.Span ?? mount.Span), $"{c.Subject()} mounts host path {path}{why} {mode} at {mount.Target.Value}", c.Object, c.Name, severity, path);
        }
    }

    private static (Severity, string) Classify(string path)
    {
        var normalized = path.Length > 1 ? path.TrimEnd('/') : path;
        if (RuntimeSockets.Contains(normalized, StringComparer.Ordinal) || normalized.EndsWith(".sock", StringComparison.Ordinal))
        {
            return (Severity.Critical, " (a container runtime socket)");
        }

        return SensitivePaths.Contains(normalized, StringComparer.Ordinal)
            ? (Severity.High, " (a sensitive host directory)")
            : (Severity.Medium, string.Empty);
    }
}
