namespace Bulwark.Dockerfile;

/// <summary>
/// The build variables visible at one point of a Dockerfile: global ARGs for FROM, the stage's ARGs
/// and ENVs elsewhere. A variable declared without a value (<c>ARG NAME</c>) is present with a null
/// value: only a <c>--build-arg</c> could give it one.
/// </summary>
public sealed class VariableScope
{
    /// <summary>BuildKit's automatic platform ARGs, valued as for a linux/amd64 build on a linux/amd64 host.</summary>
    public static readonly IReadOnlyDictionary<string, string> PlatformArgs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TARGETPLATFORM"] = "linux/amd64",
        ["TARGETOS"] = "linux",
        ["TARGETARCH"] = "amd64",
        ["TARGETVARIANT"] = string.Empty,
        ["BUILDPLATFORM"] = "linux/amd64",
        ["BUILDOS"] = "linux",
        ["BUILDARCH"] = "amd64",
        ["BUILDVARIANT"] = string.Empty,
    };

    private readonly Dictionary<string, Variable> _variables = new(StringComparer.Ordinal);

    public VariableScope()
    {
    }

    private VariableScope(IEnumerable<KeyValuePair<string, Variable>> variables)
    {
        foreach (var (name, variable) in variables)
        {
            _variables[name] = variable;
        }
    }

    /// <summary>The global scope FROM sees before any ARG: only the platform ARGs.</summary>
    public static VariableScope Global() =>
        new(PlatformArgs.Select(p => KeyValuePair.Create(p.Key, new Variable(p.Value, "built-in platform ARG", false))));

    public Variable? Lookup(string name) => _variables.GetValueOrDefault(name);

    public void Set(string name, Variable variable) => _variables[name] = variable;

    /// <summary>A new stage's scope: the ENV of the stage it is built on (ARGs do not carry over).</summary>
    public VariableScope InheritEnv() => new(_variables.Where(v => v.Value.IsEnv));

    public VariableScope Clone() => new(_variables);
}

/// <summary>A variable's value (null when declared without one) and where it came from.</summary>
public sealed record Variable(string? Value, string Source, bool IsEnv);
