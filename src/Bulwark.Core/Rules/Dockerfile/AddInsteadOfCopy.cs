using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>
/// ADD of local files, which COPY does with fewer surprises. Only ADDs that COPY can replace without
/// changing what lands in the image are reported: URLs (DF009's), archives ADD would unpack, sources
/// whose name is not known (an unresolved ARG, a glob that could match an archive) and ADD-only flags
/// are left alone.
/// </summary>
public sealed class AddInsteadOfCopy : DockerfileRule
{
    private static readonly string[] ArchiveExtensions = [".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".zst", ".tzst"];

    private static readonly string[] AddOnlyFlags = ["checksum", "keep-git-dir", "unpack"];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF019",
        Name = "add-instead-of-copy",
        DefaultSeverity = Severity.Low,
        Practice = Practices.ImagePinned,
        Title = "ADD used to copy local files",
        Description = "Reports ADD instructions (any stage) whose sources are all local files, directories or heredocs that COPY handles identically: not URLs or git repositories (see DF009), not names ADD would treat as archives to unpack (`.tar`, `.gz`, `.tgz`, `.bz2`, `.xz`, `.zst`, ...), not globs that could match one (`src/*`), not sources from an ARG without a default, and no ADD-only flag (`--checksum`, `--keep-git-dir`, `--unpack`).",
        Rationale = "ADD also downloads URLs and unpacks local tar archives, detected by their content rather than their name: what lands in the image then depends on which kind of file happens to be in the build context. COPY only copies, so the Dockerfile says exactly what it does (Docker's best practices recommend COPY).",
        Remediation = "Use `COPY` for local files; keep `ADD` only to unpack an archive on purpose (or `ADD --checksum` for a pinned download).",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweCodingStandards],
        Mitre = [Taxonomy.MitreImplantImage],
        Example = "ADD app/ /srv/app/",
        UseInstead = "COPY app/ /srv/app/",
        Fix = FixAvailability.Safe,
        FixNote = "Replacing the keyword is safe: the rule only reports ADDs whose sources COPY treats the same way (local, no archive name, no ADD-only flag). The one difference left is a tar archive named without an archive extension, which ADD would unpack; Bulwark cannot see the build context to rule that out.",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var add in model.Stages.SelectMany(s => s.InstructionsNamed("ADD")).Where(IsPlainCopy))
        {
            var sources = string.Join(' ', Sources(add).Select(s => s.Value));
            Report(context, model, add.KeywordSpan, add.Stage, $"ADD {sources} copies local files: use COPY, which does not also fetch URLs or unpack archives", evidence: "ADD " + sources);
        }
    }

    /// <summary>True when COPY would do exactly what this ADD does.</summary>
    public static bool IsPlainCopy(Instruction add) =>
        add.Arguments.Length >= 2 && !add.Flags.Any(f => AddOnlyFlags.Contains(f.Name)) && Sources(add).All(IsLocalPlain);

    private static IEnumerable<DockerWord> Sources(Instruction add) => add.Arguments.Take(add.Arguments.Length - 1);

    private static bool IsLocalPlain(DockerWord source)
    {
        if (source.Raw.StartsWith("<<", StringComparison.Ordinal))
        {
            return true;
        }

        if (source.Expanded is { IsResolved: false })
        {
            return false;
        }

        var value = source.Value;
        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("git@", StringComparison.Ordinal))
        {
            return false;
        }

        // For a glob only the literal text after the last wildcard is certain: "*.py" is plain, "src/*" could be an archive.
        var literal = value[(value.LastIndexOfAny(['*', '?', ']']) + 1)..];
        var isGlob = literal.Length != value.Length;
        if (isGlob && !literal.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        return !ArchiveExtensions.Any(e => literal.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
