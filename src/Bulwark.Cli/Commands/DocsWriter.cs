using Bulwark.Docs;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary>Regenerates docs/rules: one page per rule and the catalogue as README.md.</summary>
public static class DocsWriter
{
    public static void Write(string directory, IReadOnlyList<RuleMetadata> rules)
    {
        Directory.CreateDirectory(directory);
        foreach (var rule in rules)
        {
            AtomicFile.Write(Path.Combine(directory, rule.Id + ".md"), RuleDocs.Page(rule));
        }

        AtomicFile.Write(Path.Combine(directory, "README.md"), RuleDocs.Index(rules));
    }
}
