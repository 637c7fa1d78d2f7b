namespace Bulwark.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the threshold.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold (or, for <c>pss</c>, a pod not allowed).</summary>
    public const int Findings = 1;

    /// <summary>Usage, config or input error (unreadable or unparseable input), or an internal error.</summary>
    public const int Usage = 2;
}
