using System.Text.RegularExpressions;
using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed partial class TlsVerificationDisabled : DockerfileRule
{
    // curl short options that take a value: a `k` after one of these is the value, not --insecure.
    private const string CurlValueOptions = "AbcCdDeEFHKmoPQrTuUwxXyYz";

    // Commands with their own ways to skip verification; any other command is only looked at for
    // variable assignments, or when the RUN mentions a config setting (`echo sslverify=0 >> yum.conf`).
    private static readonly WordSet Relevant =
    [
        "curl", "wget", "git", "npm", "yarn", "pnpm", "conda", "pip", "pip3", "python", "python3", "yum", "dnf", "microdnf", "tdnf",
        "apt-get", "apt", "export",
    ];

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
        foreach (var run in DockerfileFacts.Runs(model))
        {
            var configText = run.Mentions(ConfigMarkers);
            foreach (var script in run.Scripts)
            {
                foreach (var command in script.Commands)
                {
                    if ((configText || command.AssignmentCount > 0 || Relevant.Contains(command.Name)) && Insecure(command) is var (word, what))
                    {
                        Report(context, model, script.SpanOf(word), run.Stage, $"RUN `{command.Name}` {what}: TLS certificates are not verified", evidence: word.Value);
                    }
                }
            }
        }

        foreach (var instruction in model.Instructions)
        {
            if (!instruction.Is("ENV") && !instruction.Is("ARG"))
            {
                continue;
            }

            foreach (var pair in instruction.Pairs)
            {
                if (pair.Value is { } value && InsecureVariable(pair.Name.Raw, value.Value))
                {
                    Report(context, model, value.Span, instruction.Stage, $"{instruction.Keyword} {pair.Name.Raw}={value.Value} turns off TLS certificate verification", evidence: $"{pair.Name.Raw}={value.Value}");
                }
            }
        }
    }

    private static (ShellWord, string)? Insecure(ShellCommand command)
    {
        if (InsecureAssignment(command.WordSpan[..command.AssignmentCount]) is { } assignment)
        {
            return (assignment, $"sets {assignment.Value}");
        }

        if (command.Name == "export" && InsecureAssignment(command.ArgumentSpan) is { } exported)
        {
            return (exported, $"sets {exported.Value}");
        }

        foreach (var word in command.ArgumentSpan)
        {
            if (Describe(command, word) is { } what)
            {
                return (word, what);
            }
        }

        return null;
    }

    /// <summary>The first <c>NAME=value</c> word that switches verification off.</summary>
    private static ShellWord? InsecureAssignment(ReadOnlySpan<ShellWord> words)
    {
        foreach (var word in words)
        {
            var value = word.ValueSpan;
            var eq = value.IndexOf('=');
            if (eq > 0 && InsecureVariable(value[..eq], value[(eq + 1)..]))
            {
                return word;
            }
        }

        return null;
    }

    // Asked of every argument of the commands above: compares spans, and makes the message string only for a finding.
    private static string? Describe(ShellCommand command, ShellWord word)
    {
        var value = word.ValueSpan;
        return command.Name switch
        {
            "curl" when value is "--insecure" || IsCurlInsecureCluster(value) => $"uses {word.Value}",
            "wget" when value is "--no-check-certificate" => $"uses {word.Value}",
            "git" when SslVerifyOff().IsMatch(value) || (value.Equals("http.sslVerify", StringComparison.OrdinalIgnoreCase) && NextIsFalse(command, word)) => "turns http.sslVerify off",
            "npm" or "yarn" or "pnpm" when value.StartsWith("--strict-ssl=false", StringComparison.Ordinal) || (value is "strict-ssl" && NextIsFalse(command, word)) => "turns strict-ssl off",
            "conda" when value is "ssl_verify" && NextIsFalse(command, word) => "turns ssl_verify off",
            _ when value.StartsWith("--trusted-host", StringComparison.Ordinal) || value is "global.trusted-host" => $"uses {word.Value}",
            _ when value.ContainsAny(VerifyWord) && (YumSslVerifyOff().IsMatch(value) || value.Contains("Verify-Peer=false", StringComparison.OrdinalIgnoreCase) || value.Contains("Verify-Host=false", StringComparison.OrdinalIgnoreCase)) => $"sets {word.Value}",
            _ => null,
        };
    }

    private static bool IsCurlInsecureCluster(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || value[0] != '-' || value[1] == '-')
        {
            return false;
        }

        foreach (var c in value[1..])
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
        var words = command.WordSpan;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].Start == word.Start)
            {
                return words[i + 1].Value.ToLowerInvariant() is "false" or "0" or "no";
            }
        }

        return false;
    }

    /// <summary>Environment variables that switch verification off for curl-less tools (Node, Python, git, npm, pip, Go).</summary>
    private static bool InsecureVariable(string name, string value) => InsecureVariable(name.AsSpan(), value.AsSpan());

    private static bool InsecureVariable(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (name.Length > LongestVariable)
        {
            return false;
        }

        // Upper-cased into a stack buffer: this is asked of every assignment in every RUN.
        Span<char> buffer = stackalloc char[LongestVariable];
        var upper = buffer[..name.ToUpperInvariant(buffer)];
        var trimmed = value.Trim("\"'");
        return upper switch
        {
            "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => trimmed is "0",
            "GIT_SSL_NO_VERIFY" or "PIP_TRUSTED_HOST" or "GOINSECURE" => trimmed.Length > 0 && !IsOffWord(trimmed),
            "NPM_CONFIG_STRICT_SSL" => trimmed.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // The longest name InsecureVariable knows: a longer name cannot be one of them.
    private const int LongestVariable = 28;

    private static bool IsOffWord(ReadOnlySpan<char> value) => value.ToString().ToLowerInvariant() is "0" or "false" or "no";

    [GeneratedRegex(@"(?i)^http\.sslVerify=(false|0|no)$", RegexOptions.CultureInvariant)]
    private static partial Regex SslVerifyOff();

    [GeneratedRegex(@"(?i)(^|[.=\s])sslverify\s*=\s*(0|false|no)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YumSslVerifyOff();
}
