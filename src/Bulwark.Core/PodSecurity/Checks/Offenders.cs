using Bulwark.Diagnostics;

namespace Bulwark.PodSecurity.Checks;

/// <summary>Names of offending containers/volumes in visit order (not de-duplicated), with spans.</summary>
internal sealed class Offenders
{
    public List<string> Names { get; } = [];

    public List<SourceSpan> Spans { get; } = [];

    public int Count => Names.Count;

    public void Add(string name, SourceSpan span)
    {
        Names.Add(name);
        Spans.Add(span);
    }

    /// <summary>Upstream's setter list: <c>pod</c> first when the pod sets it, then <c>container(s) "a", "b"</c>.</summary>
    public List<string> Setters(bool pod)
    {
        var setters = new List<string>();
        if (pod)
        {
            setters.Add("pod");
        }

        if (Count > 0)
        {
            setters.Add(MessageText.Containers(Names));
        }

        return setters;
    }
}
