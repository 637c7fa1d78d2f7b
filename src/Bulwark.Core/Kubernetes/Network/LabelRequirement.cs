namespace Bulwark.Kubernetes.Network;

/// <summary>The operators of a label selector; <see cref="Equals"/> is what a <c>matchLabels</c> entry means.</summary>
public enum SelectorOperator
{
    Equals,
    In,
    NotIn,
    Exists,
    DoesNotExist,
}

/// <summary>One requirement of a label selector, with the API's meaning for each operator.</summary>
public sealed record LabelRequirement(string Key, SelectorOperator Operator, IReadOnlyList<string> Values)
{
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var has = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            SelectorOperator.Equals or SelectorOperator.In => has && Values.Contains(value!, StringComparer.Ordinal),

            // NotIn matches pods that lack the key altogether, as the API does.
            SelectorOperator.NotIn => !has || !Values.Contains(value!, StringComparer.Ordinal),
            SelectorOperator.Exists => has,
            _ => !has,
        };
    }

    /// <summary>The requirement in kubectl's selector syntax: <c>app=web</c>, <c>tier in (a,b)</c>, <c>!x</c>.</summary>
    public override string ToString() => Operator switch
    {
        SelectorOperator.Equals => $"{Key}={Values[0]}",
        SelectorOperator.In => $"{Key} in ({string.Join(',', Values)})",
        SelectorOperator.NotIn => $"{Key} notin ({string.Join(',', Values)})",
        SelectorOperator.Exists => Key,
        _ => "!" + Key,
    };
}
