using System.Text.RegularExpressions;

namespace Bulwark.Engine;

/// <summary>Guesses what stdin holds, since it has no file name: a Dockerfile starts with FROM/ARG/a directive.</summary>
public static partial class InputSniffer
{
    public static InputKind Sniff(string text) =>
        DockerfileStart().IsMatch(text) ? InputKind.Dockerfile : InputKind.Yaml;

    // First instruction line (after comments/blank lines) is FROM or ARG, as in every Dockerfile.
    [GeneratedRegex(@"\A(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?i:FROM|ARG)[ \t]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex DockerfileStart();
}
