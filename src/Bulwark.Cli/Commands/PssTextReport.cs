using Bulwark.PodSecurity;

namespace Bulwark.Cli.Commands;

/// <summary>Human output: one line per failing judgement with upstream's full message, then a summary.</summary>
internal static class PssTextReport
{
    public static void Write(TextWriter output, IReadOnlyList<PssRow> rows)
    {
        foreach (var row in rows.Where(r => !r.Result.Allowed))
        {
            output.WriteLine($"{row.Object.File}:{row.Object.Line}: {Describe(row)}: {Verdict(row)}");
        }

        var objects = rows.Select(r => r.Object).Distinct().Count();
        var denied = rows.Where(r => r.Denies).Select(r => r.Object).Distinct().Count();
        output.WriteLine($"{objects} {(objects == 1 ? "object" : "objects")} checked, {denied} not allowed");
    }

    private static string Describe(PssRow row)
    {
        var match = row.Object.Match;
        return $"{match.Kind} {row.Namespace}/{match.Name}";
    }

    // Upstream never enforces on controllers, only on the pods they create; say which one it is.
    private static string Verdict(PssRow row) => row.Mode switch
    {
        null => row.Result.EnforceMessage,
        PodSecurityMode.Enforce when row.Object.Match.Kind == "Pod" => $"enforce would deny: {row.Result.EnforceMessage}",
        PodSecurityMode.Enforce => $"enforce would deny its pods: {row.Result.EnforceMessage}",
        var mode => $"{mode.Value.Name()}: {row.Result.WarnMessage}",
    };
}
