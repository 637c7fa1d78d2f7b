using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Baseline: SELinux type from a small allow-list, no custom user or role (level is free).</summary>
internal sealed class SeLinuxOptionsCheck : PodCheck
{
    private static readonly string[] TypesV1_0 = ["", "container_t", "container_init_t", "container_kvm_t"];

    public override string Id => "seLinuxOptions";

    public override PodSecurityLevel Level => PodSecurityLevel.Baseline;

    public override IReadOnlyList<VersionedCheck> Versions { get; } =
    [
        new(0, pod => Check(pod, [.. TypesV1_0])),
        new(31, pod => Check(pod, [.. TypesV1_0, "container_engine_t"])),
    ];

    private static CheckOutcome Check(PodView pod, HashSet<string> allowedTypes)
    {
        var found = new Findings(allowedTypes);
        var podBad = found.IsBad(pod.SecurityContext.Struct("seLinuxOptions"));
        var bad = new Offenders();
        foreach (var c in pod.Containers.Where(c => found.IsBad(c.SecurityContext.Struct("seLinuxOptions"))))
        {
            bad.Add(c.Name, found.Spans[^1]);
        }

        var setters = bad.Setters(podBad);
        return setters.Count == 0
            ? CheckOutcome.Pass
            : CheckOutcome.Fail(
                "seLinuxOptions",
                $"{string.Join(" and ", setters)} set forbidden securityContext.seLinuxOptions: {found.Describe()}",
                found.Spans);
    }

    private sealed class Findings(HashSet<string> allowedTypes)
    {
        private readonly List<string> _badTypes = [];
        private bool _setUser;
        private bool _setRole;

        public List<SourceSpan> Spans { get; } = [];

        public bool IsBad(YamlMapping? options)
        {
            if (options is null)
            {
                return false;
            }

            var badType = !allowedTypes.Contains(options.Text("type"));
            var badUser = options.Text("user").Length > 0;
            var badRole = options.Text("role").Length > 0;
            if (badType)
            {
                _badTypes.Add(options.Text("type"));
            }

            _setUser |= badUser;
            _setRole |= badRole;
            if (!(badType || badUser || badRole))
            {
                return false;
            }

            Spans.Add(options.SpanOf(badType ? "type" : badUser ? "user" : "role") ?? options.Span);
            return true;
        }

        public string Describe()
        {
            var data = new List<string>();
            var types = MessageText.SortedSet(_badTypes);
            if (types.Count > 0)
            {
                data.Add($"{MessageText.Pluralize("type", "types", types.Count)} {MessageText.JoinQuote(types)}");
            }

            if (_setUser)
            {
                data.Add("user may not be set");
            }

            if (_setRole)
            {
                data.Add("role may not be set");
            }

            return string.Join("; ", data);
        }
    }
}
