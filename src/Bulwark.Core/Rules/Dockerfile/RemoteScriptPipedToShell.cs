using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class RemoteScriptPipedToShell : DockerfileRule
{
    private static readonly WordSet Downloaders = ["curl", "wget", "fetch"];

    private static readonly System.Buffers.SearchValues<string> DownloadMarkers = System.Buffers.SearchValues.Create(["curl", "wget", "fetch"], StringComparison.Ordinal);

    private static readonly WordSet Interpreters =
    [
        "sh", "bash", "ash", "dash", "zsh", "ksh", "python", "python2", "python3", "perl", "ruby", "node", "php", "pwsh", "source", ".", "eval",
    ];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF010",
        Name = "remote-script-piped-to-shell",
        DefaultSeverity = Severity.High,
        Practice = Practices.ImagePinned,
        Title = "Downloaded script is executed without verification",
        Description = "Reports RUN commands that pipe `curl`, `wget` or `fetch` output into a shell or interpreter (`curl ... | sh`, `wget -qO- ... | sudo bash`, `| python3`), or run a download through command or process substitution (`sh -c \"$(curl ...)\"`, `bash <(curl ...)`, `eval \"$(wget -O- ...)\"`). Every stage is checked: code run in a builder stage shapes what it builds.",
        Rationale = "The script is executed as it arrives, with the build's privileges, without a checksum or signature: whoever controls the server, the DNS or the network path controls the image. The build is also not reproducible. No peer Dockerfile linter reports this pattern.",
        Remediation = "Download to a file, verify its checksum or signature (`echo \"<sha256>  install.sh\" | sha256sum -c -`), then run it; better, install a pinned package or copy from a pinned image.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreSupplyChain, Taxonomy.MitreIngressTransfer],
        Example = "RUN curl -fsSL https://example.com/install.sh | sh",
        UseInstead = "RUN curl -fsSLo install.sh https://example.com/install-1.2.3.sh \\\n && echo \"<sha256>  install.sh\" | sha256sum -c - \\\n && sh install.sh",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var run in DockerfileFacts.Runs(model))
        {
            if (!run.Calls(Downloaders) && !run.Mentions(DownloadMarkers))
            {
                continue;
            }

            foreach (var script in run.Scripts)
            {
                CheckScript(model, run.Run, script, context);
            }
        }
    }

    private static void CheckScript(DockerfileModel model, Instruction run, RunScript script, RuleContext context)
    {
        var commands = script.Commands;
        for (var i = 0; i < commands.Length; i++)
        {
            var command = commands[i];
            var piped = command.PipelinePosition > 0 && Interpreters.Contains(command.Name) && DownloadsEarlierInPipeline(commands, i);
            if (piped)
            {
                var first = FirstOfPipeline(commands, command.Pipeline);
                var span = script.Source.SpanOf(first.Start, command.End);
                Report(context, model, span, run.Stage, $"RUN pipes a download into `{command.Name}`: the remote script runs unverified", evidence: $"{first.Name} | {command.Name}");
            }
            else if (Interpreters.Contains(command.Name) && ShellWord.FirstWhere(command.Arguments, IsSubstitutedDownload) is { } word)
            {
                Report(context, model, script.SpanOf(word), run.Stage, $"RUN runs a download with `{command.Name}` through substitution: the remote script runs unverified", evidence: word.Raw);
            }
        }
    }

    // A method of its own: inline, the lambda's closure over the loop's command was allocated for every
    // command, piped or not; here only when a pipe is found.
    private static ShellCommand FirstOfPipeline(ShellCommand[] commands, int pipeline) => Array.Find(commands, c => c.Pipeline == pipeline)!;

    private static bool DownloadsEarlierInPipeline(ShellCommand[] commands, int i)
    {
        for (var k = 0; k < i; k++)
        {
            if (commands[k].Pipeline == commands[i].Pipeline && Downloaders.Contains(commands[k].Name))
            {
                return true;
            }
        }

        return false;
    }

    // A downloader run by command substitution, process substitution or backticks: "$(curl ", "<(wget ", "`fetch ".
    private static readonly System.Buffers.SearchValues<string> SubstitutedDownloads = System.Buffers.SearchValues.Create(
        [.. Downloaders.SelectMany(d => new[] { "$(" + d + " ", "<(" + d + " ", "`" + d + " " })], StringComparison.Ordinal);

    private static bool IsSubstitutedDownload(ShellWord word) => word.RawSpan.ContainsAny(SubstitutedDownloads);
}
