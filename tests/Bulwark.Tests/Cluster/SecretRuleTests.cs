using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Cluster;

public class SecretRuleTests
{
    private static string ConfigMap(string data) => "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n" + data;

    private static string Secret(string body) => "apiVersion: v1\nkind: Secret\nmetadata:\n  name: creds\ntype: Opaque\n" + body;

    [Fact]
    public void ConfigMap_key_naming_a_credential_is_reported_redacted()
    {
        var finding = Assert.Single(ClusterScan.Text(ConfigMap("  LOG_LEVEL: debug\n  DB_PASSWORD: hunter2hunter2\n"), "K8S009"));
        Assert.Equal("ConfigMap \"cfg\" key DB_PASSWORD holds a credential-like key: \"hun****\"", finding.Message);
        Assert.Equal("DB_PASSWORD=hun****", finding.Evidence);
        Assert.Equal((7, 3), (finding.Location.Line, finding.Location.Column));
        Assert.DoesNotContain("hunter2hunter2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigMap_value_shaped_like_a_credential_is_reported_at_the_value()
    {
        var finding = Assert.Single(ClusterScan.Text(ConfigMap("  app.conf: |\n    url = postgres://app:s3cretpass@db:5432/app\n"), "K8S009"));
        Assert.Equal("ConfigMap \"cfg\" key app.conf holds a URL with an embedded password: \"url****\"", finding.Message);
        Assert.Equal(6, finding.Location.Line);
    }

    [Theory]
    [InlineData("  max_total_tokens: \"4096\"\n")]
    [InlineData("  PASSWORD_FILE: /run/secrets/db\n")]
    [InlineData("  API_TOKEN: ${API_TOKEN}\n")]
    [InlineData("  DB_PASSWORD: \"\"\n")]
    [InlineData("  grafana.ini: |\n    admin_password = $__file{/etc/secrets/pw}\n")]
    public void ConfigMap_without_credentials_passes(string data) =>
        Assert.Empty(ClusterScan.Text(ConfigMap(data), "K8S009"));

    [Fact]
    public void Extra_secret_names_apply_to_ConfigMaps()
    {
        var options = RuleOptions.Default with { SecretNames = ["*_PIN"] };
        Assert.Single(ClusterScan.Run([new ScanInput("cm.yaml", ConfigMap("  CARD_PIN: \"83920175\"\n"))], options, "K8S009"));
    }

    [Fact]
    public void Secret_with_literal_credentials_is_medium_and_names_keys_only()
    {
        var finding = Assert.Single(ClusterScan.Text(Secret("data:\n  password: dG9vcg==\n  user: YWRtaW4=\n"), "K8S010"));
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("Secret \"creds\" is committed with literal values (password, user); use an external secret store or an encrypted Secret", finding.Message);
        Assert.Equal((6, 1), (finding.Location.Line, finding.Location.Column));
    }

    [Fact]
    public void Secret_config_file_without_credential_shape_is_low()
    {
        var finding = Assert.Single(ClusterScan.Text(Secret("stringData:\n  grafana.ini: |\n    [date_formats]\n    default_timezone = UTC\n"), "K8S010"));
        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void Secret_one_line_value_is_medium_whatever_the_key_is_called() =>
        Assert.Equal(Severity.Medium, Assert.Single(ClusterScan.Text(Secret("data:\n  key: QVFCQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE9PQ==\n"), "K8S010")).Severity);

    [Fact]
    public void Secret_value_decoded_to_a_private_key_is_medium()
    {
        var key = Convert.ToBase64String("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"u8.ToArray());
        Assert.Equal(Severity.Medium, Assert.Single(ClusterScan.Text(Secret($"data:\n  tls.key: {key}\n"), "K8S010")).Severity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("data: {}\n")]
    [InlineData("data:\n  password: \"\"\n")]
    [InlineData("stringData:\n  password: ${DB_PASSWORD}\n")]
    [InlineData("stringData:\n  password: '{{ .Values.password }}'\n")]
    public void Secret_without_literal_values_passes(string body) =>
        Assert.Empty(ClusterScan.Text(Secret(body), "K8S010"));

    [Theory]
    [InlineData("secret:\n      secretName: db", "", true)]
    [InlineData("secret:\n      secretName: db", "\n      readOnly: false", true)]
    [InlineData("secret:\n      secretName: db", "\n      readOnly: true", false)]
    [InlineData("projected:\n      sources:\n      - secret:\n          name: db", "", true)]
    [InlineData("projected:\n      sources:\n      - configMap:\n          name: cfg", "", false)]
    [InlineData("configMap:\n      name: cfg", "", false)]
    public void Secret_volume_must_be_mounted_read_only(string volume, string mountTail, bool reported)
    {
        var pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  initContainers:\n  - name: init\n    image: app:1\n"
            + "    volumeMounts:\n    - name: creds\n      mountPath: /secrets" + mountTail + "\n"
            + "  volumes:\n  - name: creds\n    " + volume + "\n";
        var findings = ClusterScan.Text(pod, "K8S011");
        Assert.Equal(reported, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal("init", f.Container));
        Assert.All(findings, f => Assert.Equal(mountTail.Length == 0 ? 10 : 12, f.Location.Line));
    }
}
