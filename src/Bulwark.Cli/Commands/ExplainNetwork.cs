using System.CommandLine;
using Bulwark.Engine;
using Bulwark.Kubernetes.Network;

namespace Bulwark.Cli.Commands;

/// <summary>
/// <c>bulwark scan --explain-network NAMESPACE</c>: prints, for each workload of the namespace, the
/// policies that select it and the peers and ports that may reach it, instead of the findings.
/// </summary>
public static class ExplainNetwork
{
    public static readonly Option<string?> Option = new("--explain-network")
    {
        Description = "Instead of findings, print for each workload of NAMESPACE the NetworkPolicies that select it and the peers and ports that may reach it.",
        HelpName = "NAMESPACE",
    };

    /// <returns>
    /// 0 when the namespace was explained; 2 when nothing in the scan is in it, or when an input could
    /// not be read or parsed (the table is still printed, as the scan still reports the rest).
    /// </returns>
    public static int Run(AnalysisSession session, string ns, TextWriter output)
    {
        var explainer = new NetworkExplainer(session);
        if (explainer.Explain(ns) is not { } explanation)
        {
            var known = explainer.KnownNamespaces.Count == 0 ? "none" : string.Join(", ", explainer.KnownNamespaces);
            output.WriteLine($"error: no object of the scan is in namespace \"{ns}\" (namespaces in the scan: {known})");
            return ExitCodes.Usage;
        }

        NetworkTable.Write(explanation, output);
        foreach (var error in session.Errors)
        {
            output.WriteLine("error: " + error);
        }

        return session.Errors.Count == 0 ? ExitCodes.Clean : ExitCodes.Usage;
    }
}
