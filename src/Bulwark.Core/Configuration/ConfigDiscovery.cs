namespace Bulwark.Configuration;

/// <summary>Finds the config file that applies to a directory: its own <c>.bulwark.yaml</c> or the nearest parent's.</summary>
public static class ConfigDiscovery
{
    /// <summary>The nearest <see cref="ConfigSchema.FileName"/> at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ConfigSchema.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
