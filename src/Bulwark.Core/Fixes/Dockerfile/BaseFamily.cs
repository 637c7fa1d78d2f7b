using System.Globalization;
using Bulwark.Common;
using Bulwark.Dockerfile;
using Bulwark.Rules.Dockerfile;

namespace Bulwark.Fixes.Dockerfile;

/// <summary>How a base image creates users, which decides the <c>RUN</c> the non-root fix writes.</summary>
internal enum BaseFamily
{
    /// <summary>Alpine and BusyBox: busybox <c>addgroup</c>/<c>adduser</c>.</summary>
    Busybox,

    /// <summary>Debian, Ubuntu and RHEL-like full images: shadow-utils <c>groupadd</c>/<c>useradd</c>.</summary>
    Shadow,

    /// <summary>Distroless and Chainguard: no shell, but a <c>nonroot</c> user (65532) is built in.</summary>
    Distroless,

    /// <summary>.NET 8+ images: an <c>app</c> user (1654) is built in.</summary>
    DotnetApp,

    /// <summary>Windows images: the built-in <c>ContainerUser</c> account.</summary>
    Windows,

    /// <summary>scratch: no shell, no user database; a numeric USER still works.</summary>
    Scratch,

    /// <summary>Anything else: which tools exist is not known.</summary>
    Unknown,
}

/// <summary>
/// Tells the family of the final stage's base image from its name and tag, else from the package
/// manager its RUNs call (apk means Alpine, apt Debian/Ubuntu). yum/dnf alone prove nothing: minimal
/// RHEL-like images (ubi-minimal, amazonlinux:2023, *-slim) ship without shadow-utils.
/// </summary>
internal static class BaseFamilies
{
    private static readonly HashSet<string> Debian = new(StringComparer.Ordinal)
    {
        "debian", "ubuntu", "buildpack-deps", "python", "node", "ruby", "perl", "php", "erlang", "elixir", "golang", "rust",
        "gcc", "openjdk", "eclipse-temurin", "maven", "gradle", "nginx", "httpd", "redis", "postgres", "mongo", "tomcat",
    };

    private static readonly HashSet<string> RhelLike = new(StringComparer.Ordinal)
    {
        "centos", "fedora", "rockylinux", "almalinux", "oraclelinux", "ubi", "ubi8", "ubi9", "ubi10",
    };

    private static readonly string[] DebianTags = ["bookworm", "bullseye", "buster", "stretch", "trixie", "noble", "jammy", "focal", "bionic"];

    private static readonly string[] MinimalRhelTags = ["minimal", "micro", "slim"];

    public static BaseFamily Of(BuildStage final)
    {
        var root = final.Root;
        if (root.IsScratch)
        {
            return BaseFamily.Scratch;
        }

        var image = root.BaseImage?.Expanded is { IsResolved: true } expanded ? BaseImages.Parse(expanded.Value) : null;
        return (image is null ? null : ByName(image)) ?? ByPackageManager(final) ?? BaseFamily.Unknown;
    }

    private static BaseFamily? ByName(ImageReference image)
    {
        var repository = image.Repository;
        var name = repository[(repository.LastIndexOf('/') + 1)..];
        var tag = image.Tag ?? string.Empty;
        return image switch
        {
            _ when BaseImages.IsWindows(image.Raw) => BaseFamily.Windows,
            _ when repository.Contains("distroless", StringComparison.Ordinal) || image.FullName.StartsWith("cgr.dev/chainguard/", StringComparison.Ordinal) => BaseFamily.Distroless,
            _ when repository.StartsWith("dotnet/", StringComparison.Ordinal) && DotnetMajor(tag) >= 8 => BaseFamily.DotnetApp,
            _ when name is "busybox" || repository.Contains("alpine", StringComparison.Ordinal) || tag.Contains("alpine", StringComparison.Ordinal) => BaseFamily.Busybox,
            _ when RhelLike.Contains(name) => MinimalRhelTags.Any(m => tag.Contains(m, StringComparison.Ordinal)) ? BaseFamily.Unknown : BaseFamily.Shadow,
            _ when Debian.Contains(name) || repository.StartsWith("dotnet/", StringComparison.Ordinal) || DebianTags.Any(t => tag.Contains(t, StringComparison.Ordinal)) => BaseFamily.Shadow,
            _ => null,
        };
    }

    /// <summary>The major version of a .NET tag (<c>8.0-alpine</c> → 8); an untagged or <c>latest</c> image is current.</summary>
    private static int DotnetMajor(string tag)
    {
        var digits = tag.TakeWhile(char.IsAsciiDigit).ToArray();
        return digits.Length is 0 or > 6 ? int.MaxValue : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static BaseFamily? ByPackageManager(BuildStage final)
    {
        // apk anywhere in the lineage settles it; apt only when there is no apk.
        var apt = false;
        for (var stage = final; stage is not null; stage = stage.BaseStage)
        {
            foreach (var run in stage.InstructionsNamed("RUN"))
            {
                foreach (var package in DockerfileFacts.Of(run).Packages)
                {
                    if (package.Manager == "apk")
                    {
                        return BaseFamily.Busybox;
                    }

                    apt |= package.Manager == "apt";
                }
            }
        }

        return apt ? BaseFamily.Shadow : null;
    }
}
