using System.Text.RegularExpressions;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class TlsVerificationDisabled : DockerfileRule
{
    // curl short options that take a value: a `k` after one of these is the value, not --insecure.
    private const string CurlValueOptions = "AbcCdDeEFHKmoPQrTuUwxXyYz";

    // Commands with their own ways to skip verification; any other command is only looked at for
    // variable assignments, or when the RUN mentions a config setting (`echo sslverify=0 >> yum.conf`).
    private static readonly HashSet<string> Relevant = new(StringComparer.Ordinal)
    {
        "curl", "wget", "git", "npm", "yarn", "pnpm", "conda", "pip", "pip3", "python", "python3", "yum", "dnf", "microdnf", "tdnf",
        "apt-get", "apt", "export",
    };

    private static readonly System.Buffers.SearchValues<string> ConfigMarkers =
        System.Buffers.SearchValues.Create(["verify", "trusted-host"], StringComparison.OrdinalIgnoreCase);

    // Asked of every word: a vectorised search, where string.Contains(x, OrdinalIgnoreCase) compares
    // char by char through casing tables under invariant globalization.
    private static readonly System.Buffers.SearchValues<string> VerifyWord =
        System.Buffers.SearchValues.Create(["verify"], StringComparison.OrdinalIgnoreCase);

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF011",
        Name = "tls-verification-disabled",
        DefaultSeverity = Severity.High,
        Practice = Practices.ImagePinned,
        Title = "TLS certificate verification turned off",
        Description = "Reports RUN commands that skip certificate checks (`curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`, `git -c http.sslVerify=false`, `git config http.sslVerify false`, `npm`/`yarn config set strict-ssl false`, `sslverify=0` for yum/dnf, apt `Verify-Peer=false`, `conda config --set ssl_verify false`) and ENV/ARG or RUN variables that do (`NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY`, `NPM_CONFIG_STRICT_SSL=false`, `PIP_TRUSTED_HOST`, `GOINSECURE`). Every stage is checked.",
        Rationale = "Without certificate verification anyone on the network path (a proxy, a compromised Wi-Fi, a hostile CI network) can serve their own packages and scripts, which then run during the build or ship in the image. An ENV setting also stays active for the application at run time.",
        Remediation = "Remove the option and install the CA certificate the build needs (`COPY corp-ca.crt /usr/local/share/ca-certificates/` + `update-ca-certificates`).",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweIntegrityCheck],
        Mitre = [Taxonomy.MitreSupplyChain, Taxonomy.MitreIngressTransfer],
        Example = "RUN curl -k https://example.com/tool -o /usr/local/bin/tool",
        UseInstead = "RUN curl -fsSL https://example.com/tool -o /usr/local/bin/tool",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        foreach (var run in DockerfileFacts.ShellRuns(model))
        {
            var configText = DockerfileFacts.Mentions(run, ConfigMarkers);
            foreach (var script in DockerfileFacts.Scripts(run))
            {
                foreach (var command in script.Commands.Where(c => configText || c.Assignments.Count > 0 || Relevant.Contains(c.Name)))
                {
                    if (Insecure(command) is var (word, what))
                    {
                        Report(context, model, script.SpanOf(word), run.Stage, $"RUN `{command.Name}` {what}: TLS certificates are not verified", evidence: word.Value);
                    }
                }
            }
        }

        foreach (var instruction in model.Instructions.Where(i => i.Is("ENV") || i.Is("ARG")))
        {
            foreach (var pair in instruction.Pairs.Where(p => p.Value is not null && InsecureVariable(p.Name.Raw, p.Value.Value)))
            {
                Report(context, model, pair.Value!.Span, instruction.Stage, $"{instruction.Keyword} {pair.Name.Raw}={pair.Value.Value} turns off TLS certificate verification", evidence: $"{pair.Name.Raw}={pair.Value.Value}");
            }
        }
    }

    private static (ShellWord, string)? Insecure(ShellCommand command)
    {
        var variables = command.Name == "export" ? command.Assignments.Concat(command.Arguments) : command.Assignments;
        foreach (var word in variables)
        {
            var eq = word.Value.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && InsecureVariable(word.Value[..eq], word.Value[(eq + 1)..]))
            {
                return (word, $"sets {word.Value}");
            }
        }

        foreach (var word in command.Arguments)
        {
            if (Describe(command, word) is { } what)
            {
                return (word, what);
            }
        }

        return null;
    }

    private static string? Describe(ShellCommand command, ShellWord word)
    {
        var value = word.Value;
        return command.Name switch
        {
            "curl" when value == "--insecure" || IsCurlInsecureCluster(value) => $"uses {value}",
            "wget" when value == "--no-check-certificate" => $"uses {value}",
            "git" when SslVerifyOff().IsMatch(value) || (value.Equals("http.sslVerify", StringComparison.OrdinalIgnoreCase) && NextIsFalse(command, word)) => "turns http.sslVerify off",
            "npm" or "yarn" or "pnpm" when value.StartsWith("--strict-ssl=false", StringComparison.Ordinal) || (value == "strict-ssl" && NextIsFalse(command, word)) => "turns strict-ssl off",
            "conda" when value == "ssl_verify" && NextIsFalse(command, word) => "turns ssl_verify off",
            _ when value.StartsWith("--trusted-host", StringComparison.Ordinal) || value == "global.trusted-host" => $"uses {value}",
            _ when value.AsSpan().ContainsAny(VerifyWord) && (YumSslVerifyOff().IsMatch(value) || value.Contains("Verify-Peer=false", StringComparison.OrdinalIgnoreCase) || value.Contains("Verify-Host=false", StringComparison.OrdinalIgnoreCase)) => $"sets {value}",
            _ => null,
        };
    }

    private static bool IsCurlInsecureCluster(string value)
    {
        if (value.Length < 2 || value[0] != '-' || value[1] == '-')
        {
            return false;
        }

        foreach (var c in value.AsSpan(1))
        {
            if (c == 'k')
            {
                return true;
            }

            if (!char.IsAsciiLetter(c) || CurlValueOptions.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private static bool NextIsFalse(ShellCommand command, ShellWord word)
    {
        var index = command.Words.ToList().IndexOf(word);
        return index + 1 < command.Words.Count && command.Words[index + 1].Value.ToLowerInvariant() is "false" or "0" or "no";
    }

    /// <summary>Environment variables that switch verification off for curl-less tools (Node, Python, git, npm, pip, Go).</summary>
    private static bool InsecureVariable(string name, string value) => name.ToUpperInvariant() switch
    {
        "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => value.Trim('"', '\'') == "0",
        "GIT_SSL_NO_VERIFY" or "PIP_TRUSTED_HOST" or "GOINSECURE" => value.Trim('"', '\'') is { Length: > 0 } v && v.ToLowerInvariant() is not ("0" or "false" or "no"),
        "NPM_CONFIG_STRICT_SSL" => value.Trim('"', '\'').Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    [GeneratedRegex(@"(?i)^http\.sslVerify=(false|0|no)$", RegexOptions.CultureInvariant)]
    private static partial Regex SslVerifyOff();

    [GeneratedRegex(@"(?i)(^|[.=\s])sslverify\s*=\s*(0|false|no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YumSslVerifyOff();
}
