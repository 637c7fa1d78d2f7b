using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class AddRemoteUrl : DockerfileRule
{
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF009",
        Name = "add-remote-url",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImagePinned,
        Title = "ADD downloads a remote URL without a checksum",
        Description = "Reports ADD sources that are http(s)/ftp URLs when the instruction has no `--checksum=sha256:...`, and git URLs (`https://.../repo.git`, `git@...`) not pinned to a full commit (`#<40 hex digits>`). Applies to every stage, since a builder stage's downloads end up in what it builds.",
        Rationale = "Whatever the server returns on the day of the build goes into the image unverified: a compromised or hijacked download site, a moved tag or a man in the middle changes the image silently, and the build is not reproducible. The seed asks for pinned, immutable inputs.",
        Remediation = "Add `--checksum=sha256:<digest>` to the ADD (BuildKit verifies it), pin git sources to a commit, or download in a RUN that verifies a checksum or signature.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreSupplyChain, Taxonomy.MitreIngressTransfer],
        Example = "ADD https://example.com/tool.tar.gz /opt/",
        UseInstead = "ADD --checksum=sha256:<64 hex digits> https://example.com/tool-1.2.3.tar.gz /opt/",
        Fix = FixAvailability.DisplayOnly,
        FixNote = "The checksum cannot be known without downloading the file, so the fix is only suggested.",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var add in model.Stages.SelectMany(s => s.InstructionsNamed("ADD")))
        {
            var checksum = add.Flag("checksum") is not null;
            foreach (var source in add.Arguments.Take(add.Arguments.Length - 1))
            {
                CheckSource(model, add, source, checksum, context);
            }
        }
    }

    private static void CheckSource(DockerfileModel model, Instruction add, DockerWord source, bool checksum, RuleContext context)
    {
        // An unresolved ARG would print as an empty gap in the URL; show it as written then.
        var url = source.Expanded is { IsResolved: true } expanded ? expanded.Value : source.Raw;
        if (IsGit(url))
        {
            if (!PinnedCommit().IsMatch(url))
            {
                Report(context, model, source.Span, add.Stage, $"ADD clones {url} without pinning a commit (#<sha>): the content can change between builds", evidence: url);
            }
        }
        else if (RemoteUrl().IsMatch(url) && !checksum)
        {
            var fix = new FixSuggestion(FixApplicability.DisplayOnly, "Add --checksum=sha256:<digest> to the ADD");
            Report(context, model, source.Span, add.Stage, $"ADD downloads {url} without --checksum: the file is not verified", evidence: url, fix: fix);
        }
    }

    private static bool IsGit(string url) =>
        url.StartsWith("git@", StringComparison.Ordinal) || url.StartsWith("git://", StringComparison.Ordinal)
        || (RemoteUrl().IsMatch(url) && (url.Split('#')[0].EndsWith(".git", StringComparison.Ordinal) || url.Contains(".git#", StringComparison.Ordinal)));

    [GeneratedRegex("^(?i:https?|ftp)://", RegexOptions.CultureInvariant)]
    private static partial Regex RemoteUrl();

    [GeneratedRegex("#[0-9a-f]{40}(:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PinnedCommit();
}
