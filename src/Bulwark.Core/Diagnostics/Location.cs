namespace Bulwark.Diagnostics;

/// <summary>
/// Where a finding is: a file (or <c>-</c> for stdin, or a pseudo path such as
/// <c>docker://name</c>) and, when the input has text, the span in it.
/// </summary>
public sealed record Location(string File, SourceSpan? Span)
{
    public int Line => Span?.Start.Line ?? 0;

    public int Column => Span?.Start.Column ?? 0;
}
