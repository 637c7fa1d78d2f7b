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

/// <summary>The four-lane SHA-256 gives each lane the digest the platform gives its message.</summary>
public sealed class Sha256LanesTests
{
    [Fact]
    public void Four_messages_of_every_mix_of_lengths_each_get_their_own_digest()
    {
        var random = new Random(11);
        for (var round = 0; round < 400; round++)
        {
            // Lengths across block and padding boundaries, so lanes run different numbers of blocks.
            var messages = Enumerable.Range(0, Sha256Lanes.Lanes).Select(_ => RandomBytes(random, random.Next(0, 300))).ToArray();
            AssertLanesMatchThePlatform(messages);
        }
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(55, 56, 63, 64)]
    [InlineData(119, 120, 128, 0)]
    [InlineData(1000, 3, 64, 55)]
    public void Padding_boundaries_in_any_lane_match_the_platform(int l0, int l1, int l2, int l3)
    {
        var random = new Random(l0 + l1 + l2 + l3);
        AssertLanesMatchThePlatform([RandomBytes(random, l0), RandomBytes(random, l1), RandomBytes(random, l2), RandomBytes(random, l3)]);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var data = new byte[length];
        random.NextBytes(data);
        return data;
    }

    private static void AssertLanesMatchThePlatform(byte[][] messages)
    {
        var digests = new byte[Sha256Lanes.Lanes * Sha256.HashSize];
        Sha256Lanes.HashData(messages[0], messages[1], messages[2], messages[3], digests);
        for (var lane = 0; lane < Sha256Lanes.Lanes; lane++)
        {
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(messages[lane]), digests.AsSpan(lane * Sha256.HashSize, Sha256.HashSize).ToArray());
        }
    }
}
