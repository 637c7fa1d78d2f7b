using System.CommandLine;
using System.Text.Json;
using Bulwark.Cli.Commands;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>End-to-end runs of <c>bulwark pss</c>, in process, on temporary manifests.</summary>
public sealed class PssCommandTests : IDisposable
{
    private const string BadPod = "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: prod}\nspec:\n  containers:\n  - name: app\n    image: x\n";
    private const string ProdNamespace =
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/warn: restricted\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("bulwark-pss-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Level_run_prints_upstream_message_with_file_and_line_and_exits_1()
    {
        var file = Write("pod.yaml", "# leading comment\n" + BadPod);
        var (code, output, _) = Run("pss", "--level", "restricted", "--version", "v1.30", file);
        Assert.Equal(1, code);
        Assert.Contains(
            $"{file}:2: Pod prod/web: violates PodSecurity \"restricted:v1.30\": allowPrivilegeEscalation != false " +
            "(container \"app\" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities",
            output,
            StringComparison.Ordinal);
        Assert.Contains("1 object checked, 1 not allowed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_follows_schema_version_1()
    {
        Write("pod.yaml", BadPod);
        var (code, output, _) = Run("pss", "--level", "baseline", "--format", "json", _dir);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var result = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("Pod", result.GetProperty("object").GetProperty("kind").GetString());
        Assert.Equal(("baseline", "latest", true), (result.GetProperty("level").GetString(), result.GetProperty("policyVersion").GetString(), result.GetProperty("allowed").GetBoolean()));
        Assert.Equal(0, result.GetProperty("violations").GetArrayLength());
        Assert.False(result.TryGetProperty("mode", out _));
    }

    [Fact]
    public void Without_level_each_namespace_labels_decide_enforce_and_warn()
    {
        Write("ns.yaml", ProdNamespace);
        Write("apps/deploy.yml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: prod}\nspec:\n  template:\n    spec: {hostIPC: true, containers: [{name: c, image: x}]}\n");
        Write("apps/node_modules/junk.yaml", "not: [valid");
        var (code, output, error) = Run("pss", _dir);
        Assert.Equal(1, code);
        Assert.Contains("Deployment prod/d: enforce would deny its pods: violates PodSecurity \"baseline:latest\": host namespaces (hostIPC=true)", output, StringComparison.Ordinal);
        Assert.Contains("Deployment prod/d: warn: would violate PodSecurity \"restricted:latest\": host namespaces (hostIPC=true), allowPrivilegeEscalation", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Unlabelled_or_missing_namespace_allows_and_notes_it()
    {
        var (code, output, error) = Run("pss", "--namespace", "other", Write("pod.yaml", BadPod.Replace(", namespace: prod", "", StringComparison.Ordinal)));
        Assert.Equal(0, code);
        Assert.Contains("0 not allowed", output, StringComparison.Ordinal);
        Assert.Contains("namespace \"other\" is not in the scanned files", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_exits_2_with_position_and_other_files_are_still_scanned()
    {
        Write("a-broken.yaml", "kind: Pod\nspec: {containers: [{name: x\n");
        Write("b-pod.yaml", BadPod);
        var (code, output, error) = Run("pss", "--level", "restricted", _dir);
        Assert.Equal(2, code);
        Assert.Matches(@"a-broken\.yaml:3:1: error: ", error);
        Assert.Contains("Pod prod/web: violates PodSecurity", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_standard_input_for_dash()
    {
        var (code, output, _) = Run(new StringReader(BadPod), "pss", "--level", "restricted", "-");
        Assert.Equal(1, code);
        Assert.Contains("<stdin>:1: Pod prod/web", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--level", "strict")]
    [InlineData("--version", "v1.30")]
    [InlineData("--format", "xml")]
    [InlineData("--frobnicate")]
    public void Bad_options_exit_2(params string[] options)
    {
        var (code, _, error) = Run(["pss", .. options, Write("pod.yaml", BadPod)]);
        Assert.Equal(2, code);
        Assert.StartsWith("bulwark pss: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var (code, _, error) = Run("pss", "--level", "baseline", Path.Combine(_dir, "nope.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("nope.yaml: error: no such file or directory", error, StringComparison.Ordinal);
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(TextReader.Null, args);

    private static (int Code, string Output, string Error) Run(TextReader stdin, params string[] args)
    {
        var root = new RootCommand { PssCommand.Create(stdin) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
