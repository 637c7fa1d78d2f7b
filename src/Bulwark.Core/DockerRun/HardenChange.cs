namespace Bulwark.DockerRun;

public enum HardenAction
{
    Added,
    Replaced,
    Removed,

    /// <summary>Left as the user wrote it, with a warning: changing it would change what the container does.</summary>
    Kept,
}

/// <summary>One change the hardener made (or chose not to make), with the reason, for stderr.</summary>
public sealed record HardenChange(HardenAction Action, string Text, string Reason)
{
    public override string ToString() => Action switch
    {
        HardenAction.Added => $"+ added {Text}: {Reason}",
        HardenAction.Replaced => $"~ replaced {Text}: {Reason}",
        HardenAction.Removed => $"- removed {Text}: {Reason}",
        _ => $"! kept {Text}: {Reason}",
    };
}

/// <summary>The defaults the hardener adds, from the seed guide (the PID limit is Bulwark's choice).</summary>
public sealed record HardenDefaults
{
    public string User { get; init; } = "1000:1000";

    public string Memory { get; init; } = "512m";

    public string Cpus { get; init; } = "0.5";

    public string PidsLimit { get; init; } = "256";

    public string TmpfsOptions { get; init; } = "rw,noexec,nosuid";

    public string LogMaxSize { get; init; } = "10m";

    public string LogMaxFile { get; init; } = "3";
}
