namespace Bulwark.Fixes;

public enum PatchOp
{
    /// <summary>Adds a key (creating missing parent mappings and sequences) or appends at <c>-</c>.</summary>
    Add,

    /// <summary>Replaces an existing value.</summary>
    Replace,

    /// <summary>Removes an existing key or sequence item.</summary>
    Remove,
}

/// <summary>One path operation of a fix, relative to the object it targets.</summary>
public sealed record FixOperation(PatchOp Op, FixPath Path, FixValue? Value = null)
{
    public static FixOperation Add(FixPath path, FixValue value) => new(PatchOp.Add, path, value);

    public static FixOperation Replace(FixPath path, FixValue value) => new(PatchOp.Replace, path, value);

    public static FixOperation Remove(FixPath path) => new(PatchOp.Remove, path);

    /// <summary>Same operation, path and (semantically) value: two fixes asking for it are one edit.</summary>
    public bool SameAs(FixOperation other) =>
        Op == other.Op && Path.Equals(other.Path)
        && (Value is null ? other.Value is null : other.Value is not null && Value.SemanticEquals(other.Value));

    public override string ToString() => Value is null ? $"{Op.ToString().ToLowerInvariant()} {Path}" : $"{Op.ToString().ToLowerInvariant()} {Path} {Value}";
}
