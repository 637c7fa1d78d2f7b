using System.Runtime.InteropServices;

namespace Bulwark.Reporting;

/// <summary>
/// <see cref="ReportPaths"/> display paths and SARIF URIs, computed once per file: a report asks for
/// them once per finding, and a URI takes a split, an escape per segment and a join.
/// </summary>
internal sealed class ReportPathCache(ReportOptions options)
{
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _uri = new(StringComparer.Ordinal);

    public string Display(string file)
    {
        ref var display = ref CollectionsMarshal.GetValueRefOrAddDefault(_display, file, out _);
        return display ??= ReportPaths.Display(file, options);
    }

    public string Uri(string file)
    {
        ref var uri = ref CollectionsMarshal.GetValueRefOrAddDefault(_uri, file, out _);
        return uri ??= ReportPaths.Uri(file, options);
    }
}
