namespace Bulwark.Configuration;

/// <summary>
/// The shape of a config value. One tree of these (<see cref="ConfigSchema"/>) drives the loader's
/// validation, the JSON Schema for editors and the docs check, so the three cannot drift apart.
/// </summary>
public abstract record ConfigType;

/// <summary>What a string stands for; decides how the loader validates it and the schema describes it.</summary>
public enum TextKind
{
    Text,

    /// <summary>A rule ID, name, ID prefix or practice key that names at least one rule.</summary>
    RuleSelector,

    /// <summary>A path glob relative to the config file's directory.</summary>
    PathGlob,

    /// <summary>An image name without tag or digest: <c>nginx</c>, <c>ghcr.io/acme/app</c>.</summary>
    ImageName,

    /// <summary>An image tag, optionally with a digest: <c>1.27-alpine</c>, <c>1.27@sha256:...</c>.</summary>
    ImageTag,

    /// <summary>A Kubernetes resource quantity: <c>500m</c>, <c>512Mi</c>, <c>1.5</c>.</summary>
    Quantity,
}

public sealed record TextType(TextKind Kind) : ConfigType;

/// <summary>One of a fixed set of lower-case words.</summary>
public sealed record ChoiceType(IReadOnlyList<string> Choices) : ConfigType;

public sealed record BoolType : ConfigType;

/// <summary>A whole number in [<see cref="Minimum"/>, <see cref="Maximum"/>].</summary>
public sealed record IntegerType(long Minimum, long Maximum) : ConfigType;

public sealed record ListType(ConfigType Items) : ConfigType;

/// <summary>A mapping whose keys are all of one text kind and values of one type.</summary>
public sealed record MapType(TextKind Keys, ConfigType Values) : ConfigType;

/// <summary>A mapping with known keys only; any other key is an error.</summary>
public sealed record ObjectType(IReadOnlyList<ConfigProperty> Properties) : ConfigType;

/// <summary>
/// One key of an object. <see cref="Apply"/> stores the value the loader read (a string, a bool, a
/// list of values or a list of key/value pairs, as the type says) into the config being built.
/// </summary>
public sealed record ConfigProperty(string Name, ConfigType Type, string Description, Action<BulwarkConfig, object>? Apply = null)
{
    public string? Example { get; init; }
}
