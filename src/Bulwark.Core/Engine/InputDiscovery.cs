using System.IO.Enumeration;

namespace Bulwark.Engine;

/// <summary>
/// Expands the paths a user named into input files: directories recursively (skipping VCS, vendor and
/// build output folders) and files by name. Explicitly named files are always taken.
/// </summary>
public static class InputDiscovery
{
    // Longer extensions match none of the names below; they are lower-cased on the heap, not the stack.
    private const int MaxStackExtension = 32;

    // As Directory.EnumerateFiles lists: hidden entries (.github) included, unreadable directories an error.
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    public static InputKind Classify(string path) => ClassifyName(Path.GetFileName(path.AsSpan()));

    public static bool IsDockerfile(string name) => IsDockerfile(name.AsSpan());

    private static InputKind ClassifyName(ReadOnlySpan<char> name)
    {
        if (IsDockerfile(name))
        {
            return InputKind.Dockerfile;
        }

        Span<char> buffer = stackalloc char[MaxStackExtension];
        var ext = LowerExtension(name, buffer);
        return ext switch
        {
            ".yaml" or ".yml" or ".json" => InputKind.Yaml,
            ".sh" or ".bash" or ".mk" => InputKind.Shell,
            _ when name is "Makefile" or "makefile" or "GNUmakefile" => InputKind.Shell,
            _ => InputKind.Unknown,
        };
    }

    private static bool IsDockerfile(ReadOnlySpan<char> name) =>
        name is "Dockerfile" or "Containerfile" or "dockerfile"
        || ((HasDockerfilePrefix(name, "Dockerfile") || HasDockerfilePrefix(name, "Containerfile")) && !HasNotDockerfileExtension(name))
        || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);

    private static bool HasDockerfilePrefix(ReadOnlySpan<char> name, string prefix) =>
        name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name[prefix.Length] is '.' or '-' or '_';

    // Variants such as Dockerfile.dev, Dockerfile-chroot and Dockerfile_arm are common; files beside
    // them that merely share the prefix (Dockerfile.dockerignore, Dockerfile.md) are not Dockerfiles.
    private static bool HasNotDockerfileExtension(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxStackExtension];
        return LowerExtension(name, buffer)
            is ".dockerignore" or ".md" or ".txt" or ".json" or ".yaml" or ".yml" or ".sh" or ".ps1" or ".orig" or ".bak"
            or ".swp" or ".rej" or ".patch" or ".tmpl" or ".j2";
    }

    /// <summary>The name's extension (with the dot) lower-cased as <see cref="string.ToLowerInvariant()"/> does, without a string per file.</summary>
    private static ReadOnlySpan<char> LowerExtension(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var ext = Path.GetExtension(name);
        return ext.Length <= buffer.Length ? buffer[..ext.ToLowerInvariant(buffer)] : ext.ToString().ToLowerInvariant();
    }

    private static bool IsSkippedDirectory(ReadOnlySpan<char> name) =>
        name is ".git" or "node_modules" or "bin" or "obj" or ".hg" or ".svn" or ".terraform" or "vendor";

    /// <summary>Files under <paramref name="path"/> that Bulwark understands, in a stable order.</summary>
    public static IEnumerable<string> Expand(string path) => Directory.Exists(path) ? Walk(path) : [path];

    /// <summary>
    /// Depth first: each directory's files in ordinal order, then its subdirectories in ordinal order.
    /// One listing per directory (files and subdirectories together) and one explicit stack of
    /// directories still to walk; names are classified before a path string is made for them. Paths
    /// come out as the root was named (relative stays relative), but directories are listed by their
    /// full path, worked out once for the root: a relative one would be resolved against the working
    /// directory again (a system call) for every directory listed.
    /// </summary>
    private static IEnumerable<string> Walk(string root)
    {
        var pending = new Stack<(string Named, string Full)>();
        pending.Push((root, Path.GetFullPath(root)));
        var files = new List<string>();
        var subdirectories = new List<string>();
        while (pending.TryPop(out var directory))
        {
            List(directory.Full, files, subdirectories);
            foreach (var file in files)
            {
                yield return Path.Join(directory.Named, file);
            }

            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push((Path.Join(directory.Named, subdirectories[i]), Path.Join(directory.Full, subdirectories[i])));
            }
        }
    }

    /// <summary>Fills <paramref name="files"/> with the names of the directory's input files and <paramref name="subdirectories"/> with those to walk, both sorted.</summary>
    private static void List(string directory, List<string> files, List<string> subdirectories)
    {
        files.Clear();
        subdirectories.Clear();
        var entries = new FileSystemEnumerable<(string Name, bool IsDirectory)>(
            directory, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), EveryEntry)
        {
            ShouldIncludePredicate = (ref entry) =>
                entry.IsDirectory ? !IsSkippedDirectory(entry.FileName) : ClassifyName(entry.FileName) != InputKind.Unknown,
        };
        foreach (var (name, isDirectory) in entries)
        {
            (isDirectory ? subdirectories : files).Add(name);
        }

        files.Sort(StringComparer.Ordinal);
        subdirectories.Sort(StringComparer.Ordinal);

        // Helm chart templates are Go templates, not YAML: they are scanned after rendering
        // (`helm template x | bulwark scan -`), so a directory walk skips them without noise.
        if (IsChart(directory, files))
        {
            subdirectories.Remove("templates");
        }
    }

    /// <summary>
    /// Whether the directory holds a Chart.yaml file. Its listing (every .yaml is an input) says whether
    /// a name like it is there at all; the file system, as for any path, decides whether it matches.
    /// </summary>
    private static bool IsChart(string directory, List<string> files) =>
        files.Exists(f => f.Equals("Chart.yaml", StringComparison.OrdinalIgnoreCase))
        && File.Exists(Path.Combine(directory, "Chart.yaml"));
}
