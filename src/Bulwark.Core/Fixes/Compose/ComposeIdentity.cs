using Bulwark.Compose;
using Bulwark.Yaml;

namespace Bulwark.Fixes.Compose;

/// <summary>
/// The identity of a compose file, for the fix loop's "nothing lost or renamed" check: its top-level
/// keys, and the names of its services, networks, volumes, secrets and configs.
/// </summary>
internal static class ComposeIdentity
{
    private static readonly string[] NamedSections = ["services", "networks", "volumes", "secrets", "configs"];

    public static bool Handles(YamlMapping root) => ComposeDocumentHandler.IsCompose(root);

    public static IEnumerable<string> Of(YamlMapping root)
    {
        foreach (var entry in root.EffectiveEntries())
        {
            yield return $"compose|{entry.KeyText}";
            if (NamedSections.Contains(entry.KeyText) && entry.Value is YamlMapping section)
            {
                foreach (var name in section.EffectiveEntries())
                {
                    yield return $"compose|{entry.KeyText}|{name.KeyText}";
                }
            }
        }
    }
}
