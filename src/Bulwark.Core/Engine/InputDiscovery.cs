namespace Bulwark.Engine;

/// <summary>
/// Expands the paths a user named into input files: directories recursively (skipping VCS, vendor and
/// build output folders) and files by name. Explicitly named files are always taken.
/// </summary>
public static class InputDiscovery
{
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", "bin", "obj", ".hg", ".svn", ".terraform", "vendor",
    };

    public static InputKind Classify(string path)
    {
        var name = Path.GetFileName(path);
        if (IsDockerfile(name))
        {
            return InputKind.Dockerfile;
        }

        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".yaml" or ".yml" or ".json" => InputKind.Yaml,
            ".sh" or ".bash" => InputKind.Shell,
            _ when name is "Makefile" or "makefile" or "GNUmakefile" || ext == ".mk" => InputKind.Shell,
            _ => InputKind.Unknown,
        };
    }

    public static bool IsDockerfile(string name) =>
        name is "Dockerfile" or "Containerfile" or "dockerfile"
        || (HasDockerfilePrefix(name, "Dockerfile") && !NotDockerfileExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        || (HasDockerfilePrefix(name, "Containerfile") && !NotDockerfileExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".dockerfile", StringComparison.OrdinalIgnoreCase);

    // Variants such as Dockerfile.dev, Dockerfile-chroot and Dockerfile_arm are common; files beside
    // them that merely share the prefix (Dockerfile.dockerignore, Dockerfile.md) are not Dockerfiles.
    private static readonly HashSet<string> NotDockerfileExtensions = new(StringComparer.Ordinal)
    {
        ".dockerignore", ".md", ".txt", ".json", ".yaml", ".yml", ".sh", ".ps1", ".orig", ".bak", ".swp", ".rej", ".patch", ".tmpl", ".j2",
    };

    private static bool HasDockerfilePrefix(string name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] is '.' or '-' or '_';

    /// <summary>Files under <paramref name="path"/> that Bulwark understands, in a stable order.</summary>
    public static IEnumerable<string> Expand(string path)
    {
        if (!Directory.Exists(path))
        {
            yield return path;
            yield break;
        }

        foreach (var file in Walk(path))
        {
            yield return file;
        }
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var files = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal);
        foreach (var file in files.Where(f => Classify(f) != InputKind.Unknown))
        {
            yield return file;
        }

        var isChart = File.Exists(Path.Combine(directory, "Chart.yaml"));
        foreach (var sub in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);

            // Helm chart templates are Go templates, not YAML: they are scanned after rendering
            // (`helm template x | bulwark scan -`), so a directory walk skips them without noise.
            if (SkippedDirectories.Contains(name) || (isChart && name == "templates"))
            {
                continue;
            }

            foreach (var file in Walk(sub))
            {
                yield return file;
            }
        }
    }
}
