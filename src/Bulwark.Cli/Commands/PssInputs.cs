namespace Bulwark.Cli.Commands;

/// <summary>One text to scan: a file, or standard input for <c>-</c>.</summary>
internal sealed record PssSource(string DisplayPath, Func<string> ReadText);

/// <summary>Expands the PATH arguments: files as given, directories recursively, <c>-</c> for stdin.</summary>
internal static class PssInputs
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml", ".json" };

    // Folders that hold build output, dependencies or VCS data, never manifests worth judging.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    public static IEnumerable<PssSource> Expand(IReadOnlyList<string> paths, TextReader stdin, List<PssInputError> errors)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new PssSource("<stdin>", stdin.ReadToEnd);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in FilesUnder(path))
                {
                    yield return FromFile(file);
                }
            }
            else if (File.Exists(path))
            {
                yield return FromFile(path);
            }
            else
            {
                errors.Add(new PssInputError(path, 0, 0, "no such file or directory"));
            }
        }
    }

    private static PssSource FromFile(string path) => new(path, () => File.ReadAllText(path));

    private static IEnumerable<string> FilesUnder(string directory)
    {
        var files = Directory.EnumerateFiles(directory)
            .Where(f => Extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
        var subdirectories = Directory.EnumerateDirectories(directory)
            .Where(d => !SkippedFolders.Contains(Path.GetFileName(d)))
            .Order(StringComparer.Ordinal)
            .SelectMany(FilesUnder);
        return files.Concat(subdirectories);
    }
}
