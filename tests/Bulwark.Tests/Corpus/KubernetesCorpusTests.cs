using Bulwark.Engine;
using Bulwark.Rules;

namespace Bulwark.Tests.Corpus;

/// <summary>The whole real-world Kubernetes corpus: no crash, errors exactly for the files that are really invalid.</summary>
public sealed class KubernetesCorpusTests
{
    // Known invalid upstream (see shared/corpus/README.md): broken indentation, and duplicate mapping keys.
    private static readonly string[] InvalidFiles =
    [
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/configuring-the-gateway/llm-gateway.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/configuring-the-gateway/llm-httproute.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/hdml-static-pv-pvc.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/llm-service.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/producer-job.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/gke-model-armor/preparing-the-model/vllm-gemma-deployment.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vllm-llama3-8b-instruct.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/streaming/kafka-confluent/manifests/05-replicator/my-target-cluster.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/streaming/kafka-confluent/manifests/05-replicator/replicator.yaml",
        "GoogleCloudPlatform__kubernetes-engine-samples/streaming/kafka-confluent/manifests/06-confluent-platform/platform.yaml",
        "kubernetes__examples/_archived/openshift-origin/etcd-controller.yaml",
        "kubernetes__examples/_archived/openshift-origin/etcd-discovery-controller.yaml",
        "kubernetes__examples/_archived/openshift-origin/openshift-controller.yaml",
        "kubernetes__examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml",
        "kubernetes__examples/_archived/volumes/scaleio/sc-pvc.yaml",
    ];

    private static readonly Lazy<ScanResult> Scan = new(() =>
    {
        var root = TestPaths.SharedPath("corpus", "k8s");
        var inputs = InputDiscovery.Expand(root).Select(f => new ScanInput(f));
        return new ScanEngine(RuleCatalog.All, RuleOptions.Default).Scan(inputs);
    });

    [Fact]
    public void Errors_are_reported_for_exactly_the_invalid_files()
    {
        var root = TestPaths.SharedPath("corpus", "k8s");
        var withErrors = Scan.Value.Errors.Select(e => Path.GetRelativePath(root, e.File).Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(InvalidFiles.Order(StringComparer.Ordinal), withErrors);
        Assert.All(Scan.Value.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
    }

    [Fact]
    public void Comments_at_other_indentations_do_not_break_parsing()
    {
        // YamlDotNet's Parser rejects these 26+ valid files when fed Comment tokens; our scanner keeps them aside.
        var files = Scan.Value.Files.Values.Where(f => f.Comments.Count > 0).ToList();
        Assert.True(files.Count > 800, $"only {files.Count} files had comments");
    }

    [Fact]
    public void Every_finding_has_a_real_position_and_an_object()
    {
        var findings = Scan.Value.Findings;
        Assert.True(findings.Count > 1000);
        Assert.All(findings, f =>
        {
            Assert.True(f.Location.Line > 0 && f.Location.Column > 0);
            Assert.NotNull(f.Object);
        });
    }

    [Fact]
    public void Workloads_in_list_kinds_and_json_manifests_are_scanned()
    {
        var files = Scan.Value.Findings.Select(f => f.Location.File).ToHashSet();
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
    }
}
