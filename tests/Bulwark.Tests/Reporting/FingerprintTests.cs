using System.Security.Cryptography;
using System.Text;
using Bulwark.Engine;
using Bulwark.Reporting;
using Bulwark.Rules;

namespace Bulwark.Tests.Reporting;

/// <summary>Fingerprints are the documented hash, and hashing a whole report on several threads changes none.</summary>
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
    public void A_report_hashed_on_all_cores_has_each_finding_s_own_fingerprint()
    {
        Assert.True(CorpusFindings.Count > 1000);
        var paths = CorpusFindings.Select(f => Path.GetFileName(f.Location.File)).ToArray();

        var together = Fingerprints.Of(CorpusFindings, paths);

        Assert.Equal(CorpusFindings.Select((f, i) => Fingerprints.Of(f, paths[i])), together);
    }
}
