using Bulwark.Tests.Cli;
using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary><c>--generate-network-policies</c>: default-deny ingress per namespace that lacks one, Pod Security labels on Namespaces.</summary>
public sealed class GenerationTests
{
    private const string Manifests = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop # the storefront
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: covered
          labels:
            pod-security.kubernetes.io/enforce: baseline
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny
          namespace: covered
        spec:
          podSelector: {}
          policyTypes: [Ingress]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: billing
        spec:
          automountServiceAccountToken: false
          containers:
            - name: web
              image: web:1.0
        """;

    [Fact]
    public void Writes_policies_for_uncovered_namespaces_and_labels_namespaces_once()
    {
        var dir = Directory.CreateTempSubdirectory("bulwark-gen").FullName;
        var manifest = Path.Combine(dir, "all.yaml");
        File.WriteAllText(manifest, Manifests + "\n");
        CliRunner.InProcess("fix", manifest, "--generate-network-policies", "--select", "K8S001");
        var policies = File.ReadAllText(Path.Combine(dir, "bulwark-network-policies.yaml"));
        var namespaces = YamlLoader.Parse(policies).Documents.Select(d => ((YamlMapping)d.Root!).Mapping("metadata")!.String("namespace")).ToList();
        Assert.Equal(["billing", "shop"], namespaces);
        var labelled = File.ReadAllText(manifest);
        Assert.Contains("  name: shop # the storefront\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n", labelled, StringComparison.Ordinal);
        Assert.Contains("    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/audit: restricted\n", labelled, StringComparison.Ordinal);

        CliRunner.InProcess("fix", dir, "--generate-network-policies", "--select", "K8S001");
        Assert.Equal(policies, File.ReadAllText(Path.Combine(dir, "bulwark-network-policies.yaml")));
        Assert.Equal(labelled, File.ReadAllText(manifest));
    }
}
