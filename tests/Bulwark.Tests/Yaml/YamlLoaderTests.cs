using Bulwark.Yaml;

namespace Bulwark.Tests.Yaml;

/// <summary>The tree the loader builds: duplicate keys, merge keys, aliases, and entries that stay the same instances.</summary>
public sealed class YamlLoaderTests
{
    [Fact]
    public void Duplicate_keys_are_reported_at_the_repeated_key_in_small_and_large_mappings()
    {
        var large = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"  k{i}: {i}"));
        var yaml = YamlLoader.Parse($"small:\n  a: 1\n  b: 2\n  a: 3\nlarge:\n{large}\n  k10: again\n");

        Assert.Equal(
            ["4:3 duplicate mapping key 'a'", "18:3 duplicate mapping key 'k10'"],
            yaml.Errors.Select(e => $"{e.Position} {e.Message}"));
        var root = Root(yaml);
        Assert.Equal("3", root.Mapping("small")!.String("a"));
        Assert.Equal("again", root.Mapping("large")!.String("k10"));
    }

    [Fact]
    public void Merge_keys_are_not_duplicates_and_explicit_keys_win_over_merged_ones()
    {
        var yaml = YamlLoader.Parse("base: &b {x: 1, y: 2}\nmore: &m {z: 3}\nuse:\n  <<: *b\n  <<: [*m]\n  y: 9\n");

        Assert.Empty(yaml.Errors);
        var use = Root(yaml).Mapping("use")!;
        Assert.Equal("1", use.String("x"));
        Assert.Equal("9", use.String("y"));
        Assert.Equal("3", use.String("z"));
        Assert.Equal(["y", "x", "z"], use.EffectiveEntries().Select(e => e.KeyText));
        Assert.Equal(3, use.Entries.Count);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var use = Root(YamlLoader.Parse("base: &b {x: 1}\nuse:\n  '<<': *b\n")).Mapping("use")!;

        Assert.Null(use.String("x"));
        Assert.IsType<YamlMapping>(use["<<"]);
    }

    [Fact]
    public void Entries_keys_and_lookups_are_the_same_instances_however_they_are_reached()
    {
        var map = Root(YamlLoader.Parse("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n"));

        var version = map["apiVersion"];
        Assert.Same(version, map["apiVersion"]);
        Assert.Same(version, map.Find("apiVersion")!.Value);
        var found = map.Find("kind")!;
        Assert.Same(found, map.Entries[1]);
        Assert.Same(map.Entries[1].Key, map.Find("kind")!.Key);
        Assert.Same(map["metadata"], map.Entries[2].Value);
        Assert.Same(version, map.Entries[0].Value);
        Assert.Same(found.Value, map["kind"]);
        Assert.Equal(new Bulwark.Diagnostics.SourcePosition(2, 1, 15), found.Key.Span.Start);
        Assert.Equal("kind", Assert.IsType<YamlScalar>(found.Key).Value);
    }

    [Fact]
    public void Anchored_tagged_and_aliased_keys_keep_their_nodes()
    {
        var map = Root(YamlLoader.Parse("&k name: a\n!!str tagged: b\nother:\n  *k : c\n"));

        var anchored = map.Entries[0].Key;
        Assert.Equal("k", anchored.Anchor);
        Assert.Equal("tag:yaml.org,2002:str", map.Entries[1].Key.Tag);
        var other = map.Mapping("other")!;
        Assert.Same(anchored, other.Entries[0].Key);
        Assert.Equal("c", other.String("name"));
    }

    [Fact]
    public void Mappings_built_from_entries_answer_like_loaded_ones()
    {
        var key = new YamlScalar("a", YamlDotNet.Core.ScalarStyle.Plain, default, null, null);
        var value = new YamlScalar("1", YamlDotNet.Core.ScalarStyle.Plain, default, null, null);
        var entry = new YamlEntry(key, value);
        var map = new YamlMapping([entry], false, default, null, null);

        Assert.Same(entry, map.Find("a"));
        Assert.Same(entry, map.Entries[0]);
        Assert.Same(value, map["a"]);
        Assert.Empty(new YamlMapping([], false, default, null, null).Entries);
    }

    [Fact]
    public void Equal_scalars_are_equal_strings_whatever_their_source()
    {
        var yaml = YamlLoader.Parse("a: same\nb: same\nc: 'same'\n");

        var root = Root(yaml);
        Assert.All(new[] { "a", "b", "c" }, k => Assert.Equal("same", root.String(k)));
        Assert.Equal(YamlDotNet.Core.ScalarStyle.SingleQuoted, root.Scalar("c")!.Style);
    }

    private static YamlMapping Root(YamlStreamFile yaml) => Assert.IsType<YamlMapping>(yaml.Documents[0].Root);
}
