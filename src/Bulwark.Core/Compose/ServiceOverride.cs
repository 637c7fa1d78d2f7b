using Bulwark.Common;
using Bulwark.Docker;
using Bulwark.DockerRun;
using Bulwark.Profiles;

namespace Bulwark.Compose;

/// <summary>The override lines for one service (indented under the service key) and what each changes.</summary>
internal static class ServiceOverride
{
    public static List<string> For(DockerContainer service, HardenDefaults d, List<HardenChange> changes)
    {
        var p = service.Profile;
        var lines = new List<string>();
        void Add(HardenAction action, string line, string reason)
        {
            lines.Add(line);
            changes.Add(new HardenChange(action, $"{p.Name}: {Summary(line)}", reason));
        }

        Identity(p, d, Add);
        Capabilities(p, Add);
        Filesystem(p, d, Add);
        SecurityOpt(p, Add);
        Namespaces(p, Add);
        ComposeOverrideLimits.Add(p, d, Add);
        ComposeOverrideLogging.Add(service, d, Add);
        return lines;
    }

    /// <summary>One line for stderr: a nested block is shown as its dotted path and leaf values.</summary>
    private static string Summary(string line)
    {
        var rows = line.Split('\n');
        if (rows.Length == 1)
        {
            return line;
        }

        var path = string.Join('.', rows.TakeWhile(r => r.TrimEnd().EndsWith(':')).Select(r => r.Trim().TrimEnd(':')));
        var leaves = rows.Where(r => !r.TrimEnd().EndsWith(':')).Select(r => r.Trim());
        return $"{path} {{{string.Join(", ", leaves)}}}";
    }

    private static void Identity(ContainerProfile p, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        if (ComposeHardening.NeedsUser(p))
        {
            add(ComposeHardening.RunsAsRoot(p) ? HardenAction.Replaced : HardenAction.Added, $"user: {YamlText.Quote(d.User)}", "run as a non-root user (RT001)");
        }

        if (p.Privileged?.Value == true)
        {
            add(HardenAction.Replaced, "privileged: false", "a privileged container has every capability and device (RT007)");
        }
    }

    private static void Capabilities(ContainerProfile p, Action<HardenAction, string, string> add)
    {
        if (!Profiles.Capabilities.DropsAll(p))
        {
            add(HardenAction.Added, $"cap_drop: [{ComposeHardening.DropAll}]", "drop every capability; add back only what is needed (RT002)");
        }

        var dangerous = p.CapAdd.Where(c => Profiles.Capabilities.Dangerous.Contains(Profiles.Capabilities.Normalize(c.Value))).ToList();
        if (dangerous.Count > 0)
        {
            var safe = p.CapAdd.Except(dangerous).Select(c => c.Value).ToList();
            var line = safe.Count == 0 ? "cap_add: !reset []" : "cap_add: !override " + YamlText.List(safe);
            add(HardenAction.Removed, line, $"drops dangerous capabilities {string.Join(", ", dangerous.Select(c => c.Value))} (RT003)");
        }
    }

    private static void Filesystem(ContainerProfile p, HardenDefaults d, Action<HardenAction, string, string> add)
    {
        if (p.ReadOnlyRootFilesystem?.Value != true)
        {
            add(HardenAction.Added, "read_only: true", "make the root filesystem read-only (RT004)");
        }

        if (!ComposeHardening.HasTmpMount(p))
        {
            add(HardenAction.Added, $"tmpfs: [{YamlText.Quote(ComposeHardening.TmpfsSpec(d))}]", "a writable /tmp that cannot hold executables or setuid files (RT004)");
        }
    }

    private static void SecurityOpt(ContainerProfile p, Action<HardenAction, string, string> add)
    {
        var confinementOff = p.SeccompProfile?.Value == "Unconfined" || p.AppArmorProfile?.Value == "Unconfined" || p.ProcMount?.Value == "Unmasked";
        if (confinementOff || p.AllowPrivilegeEscalation?.Value == true)
        {
            add(HardenAction.Replaced, $"security_opt: !override [{YamlText.Quote(ComposeHardening.NoNewPrivileges)}]", "replaces unconfined seccomp/AppArmor/system paths or no-new-privileges:false (RT006, RT011-RT013)");
        }
        else if (p.AllowPrivilegeEscalation is null)
        {
            add(HardenAction.Added, $"security_opt: [{YamlText.Quote(ComposeHardening.NoNewPrivileges)}]", "block privilege escalation through setuid binaries (RT006)");
        }
    }

    private static void Namespaces(ContainerProfile p, Action<HardenAction, string, string> add)
    {
        foreach (var (setting, key) in new[] { (p.HostNetwork, "network_mode"), (p.HostPid, "pid"), (p.HostIpc, "ipc") })
        {
            if (setting?.Value == true)
            {
                add(HardenAction.Removed, $"{key}: !reset null", $"stops sharing the host's namespace (RT008); check the service still works");
            }
        }
    }
}
