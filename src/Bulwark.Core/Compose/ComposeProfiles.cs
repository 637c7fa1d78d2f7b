using Bulwark.Diagnostics;
using Bulwark.Docker;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.Compose;

/// <summary>
/// Lowers a compose service to a <see cref="ContainerProfile"/>, following what docker compose sends
/// the engine (compose <c>pkg/compose/create.go</c>), so the runtime rules judge compose exactly as
/// they judge Kubernetes.
/// </summary>
public static class ComposeProfiles
{
    /// <summary>The kind of a compose service in findings' object references.</summary>
    public const string ObjectKind = "ComposeService";

    public static ContainerProfile Build(ComposeProject project, ComposeService service)
    {
        var profile = new ContainerProfile
        {
            Surface = Surfaces.Compose,
            File = project.File,
            Object = new ObjectRef(null, ObjectKind, project.Name, service.Name),
            Name = service.Name,
            Anchor = service.KeySpan,
            SupportsRequests = false,
            SupportsPidsLimit = true,
            Image = Text(service, "image"),
        };
        FillIdentity(profile, service);
        FillSecurity(profile, service);
        FillNamespaces(profile, service);
        ComposeResources.Fill(profile, service);
        ComposeMounts.Fill(profile, service);
        ComposeEnvironment.Fill(profile, service);
        return profile;
    }

    private static void FillIdentity(ContainerProfile p, ComposeService s)
    {
        if (s.Scalar("user") is { } user)
        {
            UserSpec.Apply(p, user.Text, user.Span);
        }

        // group_add: [0] / [root] hands the process the root group, like a Kubernetes fsGroup 0.
        if (s.Items("group_add").FirstOrDefault(g => g.Text is "0" or "root") is { Node: not null } rootGroup)
        {
            p.FsGroup = new Setting<long>(0, rootGroup.Span);
        }
    }

    private static void FillSecurity(ContainerProfile p, ComposeService s)
    {
        p.Privileged = Bool(s, "privileged");
        p.ReadOnlyRootFilesystem = Bool(s, "read_only");
        p.CapAdd.AddRange(Texts(s, "cap_add"));
        p.CapDrop.AddRange(Texts(s, "cap_drop"));
        foreach (var option in s.Items("security_opt"))
        {
            if (option.Text is { } text)
            {
                SecurityOptions.Apply(p, text, option.Span);
            }
        }
    }

    private static void FillNamespaces(ContainerProfile p, ComposeService s)
    {
        p.HostNetwork = IsHost(s, "network_mode");
        p.HostPid = IsHost(s, "pid");
        p.HostIpc = IsHost(s, "ipc");
        foreach (var port in ComposePorts.Read(s).Where(port => int.TryParse(port.HostPort, out _)))
        {
            p.HostPorts.Add(new Setting<int>(int.Parse(port.HostPort!, System.Globalization.CultureInfo.InvariantCulture), port.Span));
        }
    }

    private static Setting<bool>? IsHost(ComposeService s, string key) =>
        s.Scalar(key) is { } mode && mode.Text == "host" ? new Setting<bool>(true, mode.Span) : null;

    internal static Setting<string>? Text(ComposeService s, params string[] path) =>
        s.Scalar(path) is { } found ? new Setting<string>(found.Text, found.Span) : null;

    private static Setting<bool>? Bool(ComposeService s, string key) =>
        s.Find(key) is { } found && ComposeValues.Bool(found.Node) is { } value ? new Setting<bool>(value, found.Span) : null;

    private static IEnumerable<Setting<string>> Texts(ComposeService s, string key) =>
        s.Items(key).Where(i => i.Text is not null).Select(i => new Setting<string>(i.Text!, i.Span));
}
