using Bulwark.Common;
using Bulwark.Rules.Dockerfile;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>The pre-check must never hide a value <see cref="SecretDetector"/> would recognise.</summary>
public sealed class SecretShapesTests
{
    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("ASIAIOSFODNN7EXAMPLE")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U")]
    [InlineData("ghp_abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("github_pat_11ABCDEFG0abcdefghijklmnopqrstuvwxyz0123456789ABCDEF")]
    [InlineData("xoxb-1234567890-abcdefghij")]
    [InlineData("AIzaSyA1234567890abcdefghijklmnopqrstuv")]
    [InlineData("sk_live_abcdefghijklmnop1234")]
    [InlineData("https://user:hunter2@example.com/repo.git")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA")]
    public void Every_shape_the_detector_knows_passes_the_pre_check(string value)
    {
        Assert.NotNull(SecretDetector.DescribeSecretValue(value));
        Assert.True(SecretShapes.MayMatch(value));
    }

    [Theory]
    [InlineData("apt-get")]
    [InlineData("--no-install-recommends")]
    [InlineData("/var/lib/apt/lists/*")]
    public void Ordinary_words_skip_the_detector(string value) => Assert.False(SecretShapes.MayMatch(value));
}
