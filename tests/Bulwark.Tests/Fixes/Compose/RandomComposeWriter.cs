namespace Bulwark.Tests.Fixes.Compose;

/// <summary>
/// Writes random but valid compose files (seeded): 2 or 4 space indentation, indented or indentless
/// sequences, LF or CRLF, insecure settings to fix, and full-line and inline comments everywhere.
/// </summary>
internal sealed class RandomComposeWriter(int seed) : RandomYamlWriter(seed)
{
    public string Write()
    {
        Maybe(() => Line(0, "name: shop"));
        Line(0, "services:");
        var count = Random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            Service(Step, i);
        }

        Maybe(() =>
        {
            Line(0, "volumes:");
            Line(Step, "data: {}");
        });
        return Text;
    }

    private void Service(int indent, int index)
    {
        var inner = indent + Step;
        Line(indent, $"s{index}:");
        Line(inner, $"image: \"registry.example.com/s{index}:1.{index}\"");
        Maybe(() => Line(inner, Random.Next(2) == 0 ? "privileged: true" : "user: root"));
        Maybe(() => Line(inner, Random.Next(2) == 0 ? "network_mode: host" : "pid: \"host\""));
        Maybe(() => Line(inner, "read_only: false"));
        Maybe(() => List(inner, "cap_add", Random.Next(2) == 0 ? "SYS_ADMIN" : "NET_ADMIN"));
        Maybe(() => List(inner, "security_opt", Random.Next(2) == 0 ? "seccomp:unconfined" : "no-new-privileges:false"));
        Maybe(() => List(inner, "ports", "\"8080:80\""));
        Maybe(() =>
        {
            Line(inner, "logging:");
            Line(inner + Step, "driver: json-file");
        });
        Maybe(() =>
        {
            Line(inner, "environment:");
            Line(inner + Step, "MODE: production");
        });
    }

    private void List(int indent, string key, string item)
    {
        Line(indent, key + ":");
        Line(indent + (Indentless ? 0 : Step), "- " + item);
    }
}
