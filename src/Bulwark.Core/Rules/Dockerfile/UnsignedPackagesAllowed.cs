using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class UnsignedPackagesAllowed : DockerfileRule
{
    private static readonly Common.WordSet UnsignedOptions =
    [
        "--allow-untrusted", "--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes", "--nogpgcheck",
        "--no-gpg-checks", "--nosignature", "--nodigest", "--force-bad-verify", "--no-verify-signature", "--skip-signature-check",
    ];

    // Every pattern below contains one of these; a RUN without any is skipped unread.
    private static readonly System.Buffers.SearchValues<string> Markers = System.Buffers.SearchValues.Create(
        ["--allow-u", "--allow-i", "--force-yes", "--force-bad", "gpgcheck", "--nogpg", "--no-gpg", "--nosig", "--nodig", "--no-verify", "--skip-sig", "trusted=yes", "allowunauth", "allowinsecure"],
        StringComparison.OrdinalIgnoreCase);

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF012",
        Name = "unsigned-packages-allowed",
        DefaultSeverity = Severity.High,
        Practice = Practices.ImagePinned,
        Title = "Package signature checks turned off",
        Description = "Reports RUN commands that let a package manager install unsigned or unverified packages: `apk --allow-untrusted`, `apt-get --allow-unauthenticated`/`--allow-insecure-repositories`/`--force-yes`, `-o APT::Get::AllowUnauthenticated=true`, `[trusted=yes]` apt sources, `yum`/`dnf`/`microdnf` `--nogpgcheck` or `gpgcheck=0`, `zypper --no-gpg-checks`, `rpm --nosignature`/`--nodigest`, `dpkg --force-bad-verify`. Every stage is checked. Local packages built earlier in the same build are exempt: a `file:` apt source marked `[trusted=yes]`, and `apk add --allow-untrusted` of local `.apk` files only.",
        Rationale = "Package signatures are what ties a package to its distribution: without them a mirror, proxy or attacker on the network can substitute any package, which then runs as root during the build and ships in the image.",
        Remediation = "Import the repository's signing key (`apt-key`/`signed-by=`, `rpm --import`, `/etc/apk/keys`) and keep signature checks on.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreSupplyChain, Taxonomy.MitreImplantImage],
        Example = "RUN apk add --allow-untrusted /tmp/tool.apk",
        UseInstead = "COPY tool-signing.rsa.pub /etc/apk/keys/\nRUN apk add /tmp/tool.apk",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var run in DockerfileFacts.Runs(model))
        {
            if (!run.Mentions(Markers))
            {
                continue;
            }

            foreach (var script in run.Scripts)
            {
                foreach (var command in script.Commands)
                {
                    if (FirstUnsigned(command) is { } word && !InstallsLocalPackages(command, word))
                    {
                        Report(context, model, script.SpanOf(word), run.Stage, $"RUN `{command.Name}` uses {word.Value}: package signatures are not checked", evidence: word.Value);
                    }
                }
            }
        }
    }

    /// <summary>Packages this build made itself (a local <c>file:</c> repository, local <c>.apk</c> files) never came over the network.</summary>
    private static bool InstallsLocalPackages(ShellCommand command, ShellWord word)
    {
        if (TrustedSource().IsMatch(word.Value))
        {
            return word.Value.Contains("file:/", StringComparison.Ordinal) || command.Words.Any(w => w.Value.StartsWith("file:/", StringComparison.Ordinal));
        }

        return word.Value == "--allow-untrusted" && PackageCommands.Parse(command) is { Packages.Count: > 0 } install
            && install.Packages.All(p => !p.Value.Contains("://", StringComparison.Ordinal)
                && (p.Value.StartsWith('/') || p.Value.StartsWith("./", StringComparison.Ordinal) || p.Value.EndsWith(".apk", StringComparison.Ordinal)));
    }

    private static ShellWord? FirstUnsigned(ShellCommand command)
    {
        foreach (var word in command.WordSpan)
        {
            if (IsUnsigned(word.ValueSpan))
            {
                return word;
            }
        }

        return null;
    }


    private static bool IsUnsigned(ReadOnlySpan<char> value) =>
        UnsignedOptions.Contains(value)
        || (value.ContainsAny(AllowWord)
            && value.ContainsAny(AllowSettings))
        || (value.Contains("trusted=yes", StringComparison.Ordinal) && TrustedSource().IsMatch(value))
        || (value.ContainsAny(GpgCheckWord) && GpgCheckOff().IsMatch(value));

    // Asked of every word: vectorised searches, where string.Contains(x, OrdinalIgnoreCase) compares
    // char by char through casing tables under invariant globalization.
    private static readonly System.Buffers.SearchValues<string> AllowWord = System.Buffers.SearchValues.Create(["Allow"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> AllowSettings =
        System.Buffers.SearchValues.Create(["AllowUnauthenticated=true", "AllowInsecureRepositories=true"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> GpgCheckWord = System.Buffers.SearchValues.Create(["gpgcheck"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\[[^\]]*trusted=yes[^\]]*\]|^trusted=yes\]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrustedSource();

    [GeneratedRegex(@"(?i)(^|[.=\s])(repo_)?gpgcheck\s*=\s*(0|false|no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GpgCheckOff();
}
