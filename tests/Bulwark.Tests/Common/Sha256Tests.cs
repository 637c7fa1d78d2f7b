using System.Text;
using Bulwark.Common;
using Xunit;

namespace Bulwark.Tests.Common;

/// <summary>Fingerprints and baselines must not change: the managed SHA-256 equals the platform's.</summary>
public sealed class Sha256Tests
{
    [Fact]
    public void Every_length_across_block_and_padding_boundaries_matches_the_platform()
    {
        var random = new Random(6);
        for (var length = 0; length <= 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            AssertSameAsPlatform(data);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("DF018\0../shared/corpus/dockerfile/app/Dockerfile\0DockerfileStage/0\0\0")]
    public void Known_texts_match_the_platform(string text) => AssertSameAsPlatform(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_standard_test_vector_is_right()
    {
        var digest = new byte[Sha256.HashSize];
        Sha256.HashData("abc"u8, digest);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(digest));
    }

    private static void AssertSameAsPlatform(byte[] data)
    {
        var digest = new byte[Sha256.HashSize];
        Sha256.HashData(data, digest);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), digest);
    }
}
