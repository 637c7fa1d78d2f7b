using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Rules;
using Bulwark.Yaml;

namespace Bulwark.Tests.Fixes;

/// <summary>Runs the fix loop in memory over texts, as <c>bulwark fix</c> does over files.</summary>
internal static class FixKit
{
    public static FixRun Run(IReadOnlyList<ScanInput> inputs, bool includeUnsafe = true, FixOptions? options = null) =>
        new FixRunner(new ScanEngine(RuleCatalog.All, RuleOptions.Default), options ?? FixOptions.Default, includeUnsafe).Run(inputs);

    /// <summary>Fixes one Dockerfile's text in memory.</summary>
    public static FileFixReport Dockerfile(string text, bool includeUnsafe = true, FixOptions? options = null) =>
        Run([new ScanInput("Dockerfile", text)], includeUnsafe, options).Files.Single();

    /// <summary>Dockerfile text from lines, each ended by <paramref name="newline"/>.</summary>
    public static string DockerLines(string newline, params string[] lines) => string.Concat(lines.Select(l => l + newline));

    public static FileFixReport Fix(string yaml, bool includeUnsafe = true, string name = "pod.yaml") =>
        Run([new ScanInput(name, yaml)], includeUnsafe).Files.Single();

    public static string Fixed(string yaml, bool includeUnsafe = true) => Fix(yaml, includeUnsafe).Fixed;

    /// <summary>The document's data (no styles, no comments), to compare two texts by meaning.</summary>
    public static FixValue Tree(string yaml, int document = 0) => SemanticTree.From(YamlLoader.Parse(yaml).Documents[document].Root);

    /// <summary>The value at a JSON pointer of a tree, or null.</summary>
    public static FixValue? At(FixValue tree, string pointer) =>
        FixPath.Parse(pointer).Segments.Aggregate<string, FixValue?>(tree, (node, segment) => node is null ? null : PatchApplier.Child(node, segment));

    /// <summary>A small container-bearing pod in the given style, for edit tests.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
