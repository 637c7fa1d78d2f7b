namespace Bulwark.Profiles;

public enum EnvSource
{
    Literal,
    SecretRef,
    ConfigMapRef,
    FieldRef,

    /// <summary>A whole Secret imported with <c>envFrom.secretRef</c>.</summary>
    SecretEnvFrom,
    Other,
}

/// <summary>An environment variable; <see cref="Value"/> is set only for literals.</summary>
public sealed record EnvVarInfo(Setting<string> Name, Setting<string>? Value, EnvSource Source);
