using Bulwark.Common;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// What is known about well-known base images without pulling them: full OS images, SDK images,
/// images that already run as a non-root user, Windows images. Matched on the repository's last
/// path component(s) and the tag, so mirrors (<c>mirror.example.com/library/ubuntu</c>) match too.
/// </summary>
public static class BaseImages
{
    /// <summary>General-purpose distributions: a whole OS userland (shell, package manager, coreutils).</summary>
    private static readonly HashSet<string> FullOs = new(StringComparer.Ordinal)
    {
        "ubuntu", "debian", "centos", "fedora", "amazonlinux", "rockylinux", "almalinux", "oraclelinux",
        "opensuse/leap", "opensuse/tumbleweed", "archlinux", "kalilinux/kali-rolling", "photon", "mageia",
        "clearlinux", "ubi8/ubi", "ubi9/ubi", "ubi8", "ubi9", "ubi8/ubi-init", "ubi9/ubi-init", "windows/servercore", "windows",
        "buildpack-deps",
    };

    /// <summary>Language runtime images whose default variant is a full Debian with compilers (python:3.12, node:20).</summary>
    private static readonly HashSet<string> FullByDefault = new(StringComparer.Ordinal)
    {
        "python", "node", "ruby", "perl", "php", "erlang", "elixir",
    };

    /// <summary>Images that carry a compiler or SDK: a final stage on them ships the build toolchain.</summary>
    private static readonly HashSet<string> Sdk = new(StringComparer.Ordinal)
    {
        "golang", "rust", "gcc", "maven", "gradle", "dotnet/sdk", "dotnet/core/sdk", "openjdk", "eclipse-temurin",
        "amazoncorretto", "haskell", "swift", "sbt", "clojure",
    };

    private static readonly string[] MinimalMarkers = ["slim", "alpine", "minimal", "micro", "distroless", "chiseled", "chiselled", "busybox", "nanoserver"];

    public static ImageReference? Parse(string image) =>
        string.IsNullOrWhiteSpace(image) || image.Contains('$', StringComparison.Ordinal) ? null : ImageReference.Parse(image);

    /// <summary>A full OS (or full-Debian language) image with no slim/alpine/minimal marker in its name or tag.</summary>
    public static bool IsFullOs(ImageReference image)
    {
        var name = ShortName(image);
        var minimal = MinimalMarkers.Any(m => image.Repository.Contains(m, StringComparison.Ordinal) || (image.Tag ?? string.Empty).Contains(m, StringComparison.Ordinal));
        return !minimal && (FullOs.Contains(name) || FullOs.Contains(LastComponent(image)) || FullByDefault.Contains(name));
    }

    /// <summary>An SDK/compiler image; JRE-only tags of Java images do not count.</summary>
    public static bool IsSdk(ImageReference image)
    {
        var name = ShortName(image);
        var tag = image.Tag ?? string.Empty;
        var javaRuntimeOnly = name is "eclipse-temurin" or "amazoncorretto" or "openjdk" && tag.Contains("jre", StringComparison.Ordinal);
        return !javaRuntimeOnly && (Sdk.Contains(name) || Sdk.Contains(LastTwo(image)));
    }

    /// <summary>Images documented to run as a non-root user by default (distroless <c>:nonroot</c>, chiselled .NET, nginx-unprivileged, Nano Server's <c>ContainerUser</c>).</summary>
    public static bool RunsAsNonRoot(ImageReference image)
    {
        var tag = image.Tag ?? string.Empty;
        return (image.Repository.Contains("distroless", StringComparison.Ordinal) && tag.Contains("nonroot", StringComparison.Ordinal))
            || tag.Contains("chiseled", StringComparison.Ordinal) || tag.Contains("chiselled", StringComparison.Ordinal)
            || image.Repository.EndsWith("nginx-unprivileged", StringComparison.Ordinal)
            || image.Repository.EndsWith("nanoserver", StringComparison.Ordinal);
    }

    public static bool IsWindows(string image) => image.AsSpan().ContainsAny(WindowsMarkers);

    // One vectorised search: with invariant globalization, string.Contains(x, OrdinalIgnoreCase) on
    // short strings compares char by char through casing tables, and this runs for every RUN.
    private static readonly System.Buffers.SearchValues<string> WindowsMarkers =
        System.Buffers.SearchValues.Create(["windows", "nanoserver", "servercore"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository without <c>library/</c>: <c>ubuntu</c>, <c>opensuse/leap</c>, <c>dotnet/sdk</c>.</summary>
    private static string ShortName(ImageReference image) =>
        image.Repository.StartsWith("library/", StringComparison.Ordinal) ? image.Repository[8..] : image.Repository;

    private static string LastComponent(ImageReference image) => image.Repository[(image.Repository.LastIndexOf('/') + 1)..];

    private static string LastTwo(ImageReference image)
    {
        var parts = image.Repository.Split('/');
        return parts.Length >= 2 ? parts[^2] + "/" + parts[^1] : image.Repository;
    }
}
