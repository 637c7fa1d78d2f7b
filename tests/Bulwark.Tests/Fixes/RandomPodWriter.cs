namespace Bulwark.Tests.Fixes;

/// <summary>
/// Writes random but valid pods (seeded): random indentation (2/4, indented or indentless sequences),
/// line endings, insecure settings to fix, and full-line and inline comments sprinkled everywhere.
/// </summary>
internal sealed class RandomPodWriter(int seed) : RandomYamlWriter(seed)
{
    public string Write()
    {
        Line(0, "apiVersion: v1");
        Line(0, "kind: Pod");
        Line(0, "metadata:");
        Line(Step, "name: p" + Seed);
        Line(0, "spec:");
        Maybe(() => Line(Step, "hostNetwork: true"));
        Maybe(() => Line(Step, "automountServiceAccountToken: true"));
        Maybe(() => PodSecurityContext(Step));
        Line(Step, "containers:");
        var count = Random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            Container(Step + (Indentless ? 0 : Step), i);
        }

        Maybe(() => Volumes(Step));
        return Text;
    }

    private void PodSecurityContext(int indent)
    {
        Line(indent, "securityContext:");
        Maybe(() => Line(indent + Step, "runAsUser: 0"));
        Maybe(() => Line(indent + Step, "fsGroup: 2000"));
        Line(indent + Step, "seccompProfile:");
        Line(indent + (2 * Step), Random.Next(2) == 0 ? "type: Unconfined" : "type: RuntimeDefault");
    }

    private void Container(int dash, int index)
    {
        var inner = dash + 2;
        Line(dash, $"- name: c{index}");
        Line(inner, $"image: \"registry.example.com/c{index}:1.{index}\"");
        Maybe(() =>
        {
            Line(inner, "securityContext:");
            Line(inner + Step, Random.Next(2) == 0 ? "privileged: true" : "allowPrivilegeEscalation: true");
            Maybe(() => Line(inner + Step, "readOnlyRootFilesystem: false"));
            Maybe(() =>
            {
                Line(inner + Step, "capabilities:");
                Line(inner + (2 * Step), Random.Next(2) == 0 ? "add: [\"NET_ADMIN\"]" : "drop: [\"NET_RAW\"]");
            });
        });
        Maybe(() =>
        {
            Line(inner, "ports:");
            Line(inner + (Indentless ? 0 : Step), "- containerPort: 8080");
            Maybe(() => Line(inner + (Indentless ? 0 : Step) + 2, "hostPort: 8080"));
        });
        Maybe(() =>
        {
            Line(inner, "volumeMounts:");
            Line(inner + (Indentless ? 0 : Step), "- name: data");
            Line(inner + (Indentless ? 0 : Step) + 2, "mountPath: /data");
        });
    }

    private void Volumes(int indent)
    {
        Line(indent, "volumes:");
        Line(indent + (Indentless ? 0 : Step), "- name: data");
        Line(indent + (Indentless ? 0 : Step) + 2, "emptyDir: {}");
    }
}
