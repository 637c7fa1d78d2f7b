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

    // The global scope's platform ARGs; shared by every file, since variables are immutable and a
    // scope's own entries shadow them.
    private static readonly Dictionary<string, Variable> PlatformVariables =
        PlatformArgs.ToDictionary(p => p.Key, p => new Variable(p.Value, "built-in platform ARG", false), StringComparer.Ordinal);

    // Made on the first Set: many stages declare no variable at all.
    private Dictionary<string, Variable>? _variables;
    private readonly Dictionary<string, Variable>? _fallback;

    public VariableScope()
    {
    }

    private VariableScope(Dictionary<string, Variable>? variables, Dictionary<string, Variable>? fallback)
    {
        _variables = variables;
        _fallback = fallback;
    }

    /// <summary>The global scope FROM sees before any ARG: only the platform ARGs.</summary>
    public static VariableScope Global() => new(null, PlatformVariables);

    public Variable? Lookup(string name) =>
        _variables is not null && _variables.TryGetValue(name, out var variable) ? variable : _fallback?.GetValueOrDefault(name);

    public void Set(string name, Variable variable) => (_variables ??= new(StringComparer.Ordinal))[name] = variable;

    /// <summary>A new stage's scope: the ENV of the stage it is built on (ARGs do not carry over).</summary>
    public VariableScope InheritEnv()
    {
        var inherited = new VariableScope();
        if (_variables is null)
        {
            return inherited;
        }

        foreach (var (name, variable) in _variables)
        {
            if (variable.IsEnv)
            {
                inherited.Set(name, variable);
            }
        }

        return inherited;
    }

    public VariableScope Clone() => new(_variables is null ? null : new(_variables, StringComparer.Ordinal), _fallback);
}

/// <summary>A variable's value (null when declared without one) and where it came from.</summary>
public sealed record Variable(string? Value, string Source, bool IsEnv);
