using System.Text;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// Writes random but valid pods (seeded): random indentation (2/4, indented or indentless sequences),
/// line endings, insecure settings to fix, and full-line and inline comments sprinkled everywhere.
/// </summary>
internal sealed class RandomPodWriter(int seed)
{
    private readonly Random _random = new(seed);
    private readonly StringBuilder _text = new();
    private readonly int _step = seed % 2 == 0 ? 2 : 4;
    private readonly bool _indentless = seed % 3 == 0;
    private readonly string _newLine = seed % 5 == 0 ? "\r\n" : "\n";
    private int _comments;

    public string Write()
    {
        Line(0, "apiVersion: v1");
        Line(0, "kind: Pod");
        Line(0, "metadata:");
        Line(_step, "name: p" + seed);
        Line(0, "spec:");
        Maybe(() => Line(_step, "hostNetwork: true"));
        Maybe(() => Line(_step, "automountServiceAccountToken: true"));
        Maybe(() => PodSecurityContext(_step));
        Line(_step, "containers:");
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            Container(_step + (_indentless ? 0 : _step), i);
        }

        Maybe(() => Volumes(_step));
        return _text.ToString();
    }

    private void PodSecurityContext(int indent)
    {
        Line(indent, "securityContext:");
        Maybe(() => Line(indent + _step, "runAsUser: 0"));
        Maybe(() => Line(indent + _step, "fsGroup: 2000"));
        Line(indent + _step, "seccompProfile:");
        Line(indent + (2 * _step), _random.Next(2) == 0 ? "type: Unconfined" : "type: RuntimeDefault");
    }

    private void Container(int dash, int index)
    {
        var inner = dash + 2;
        Line(dash, $"- name: c{index}");
        Line(inner, $"image: \"registry.example.com/c{index}:1.{index}\"");
        Maybe(() =>
        {
            Line(inner, "securityContext:");
            Line(inner + _step, _random.Next(2) == 0 ? "privileged: true" : "allowPrivilegeEscalation: true");
            Maybe(() => Line(inner + _step, "readOnlyRootFilesystem: false"));
            Maybe(() =>
            {
                Line(inner + _step, "capabilities:");
                Line(inner + (2 * _step), _random.Next(2) == 0 ? "add: [\"NET_ADMIN\"]" : "drop: [\"NET_RAW\"]");
            });
        });
        Maybe(() =>
        {
            Line(inner, "ports:");
            Line(inner + (_indentless ? 0 : _step), "- containerPort: 8080");
            Maybe(() => Line(inner + (_indentless ? 0 : _step) + 2, "hostPort: 8080"));
        });
        Maybe(() =>
        {
            Line(inner, "volumeMounts:");
            Line(inner + (_indentless ? 0 : _step), "- name: data");
            Line(inner + (_indentless ? 0 : _step) + 2, "mountPath: /data");
        });
    }

    private void Volumes(int indent)
    {
        Line(indent, "volumes:");
        Line(indent + (_indentless ? 0 : _step), "- name: data");
        Line(indent + (_indentless ? 0 : _step) + 2, "emptyDir: {}");
    }

    private void Maybe(Action write)
    {
        if (_random.Next(2) == 0)
        {
            write();
        }
    }

    private void Line(int indent, string content)
    {
        if (_random.Next(4) == 0)
        {
            _text.Append(' ', _random.Next(0, indent + 1)).Append("# note ").Append(_comments++).Append(_newLine);
        }

        _text.Append(' ', indent).Append(content);
        if (_random.Next(4) == 0)
        {
            _text.Append("  # why ").Append(_comments++);
        }

        _text.Append(_newLine);
    }
}
