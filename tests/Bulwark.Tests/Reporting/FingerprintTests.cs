using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Tests.Reporting;

/// <summary>Fingerprints are the documented hash, and writing a report on several threads changes none.</summary>
public sealed class FingerprintTests
{
    private static readonly IReadOnlyList<Bulwark.Diagnostics.Finding> CorpusFindings =
        new ScanEngine(RuleCatalog.All, RuleOptions.Default)
            .Scan(InputDiscovery.Expand(TestPaths.SharedPath("corpus", "dockerfile")).Select(f => new ScanInput(f)))
            .Findings;

    [Fact]
    public void A_fingerprint_is_the_first_16_bytes_of_SHA256_over_the_parts_joined_by_NUL()
    {
        var finding = CorpusFindings.First(f => f.Object is not null && f.Evidence is not null);
        var key = string.Join('\0', finding.Rule.Id, "some/Dockerfile", finding.Object!.ToString(), finding.Container ?? "", finding.Evidence);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))[..16]);

        Assert.Equal(expected, Fingerprints.Of(finding, "some/Dockerfile"));
    }

    [Fact]
    public void Each_finding_of_a_report_written_on_two_threads_carries_its_own_fingerprint()
    {
        Assert.True(CorpusFindings.Count > 1000, "the report must be long enough to be written in two halves");
        var result = new ScanResult([.. CorpusFindings], [], new Dictionary<string, Bulwark.Engine.SourceFile>(), []);
        var output = new StringWriter();

        new JsonReportWriter().Write(result, output, new ReportOptions());

        using var report = JsonDocument.Parse(output.ToString());
        var written = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => (File: f.GetProperty("file").GetString()!, Fingerprint: f.GetProperty("fingerprint").GetString())).ToList();
        Assert.Equal(CorpusFindings.Count, written.Count);
        Assert.Equal(CorpusFindings.Select((f, i) => Fingerprints.Of(f, written[i].File)), written.Select(w => w.Fingerprint));
    }
}
