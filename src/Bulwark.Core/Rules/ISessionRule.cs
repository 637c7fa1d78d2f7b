using Bulwark.Engine;
using Bulwark.Profiles;

namespace Bulwark.Rules;

/// <summary>How the engine runs any rule: over the whole session, pulling the models it checks.</summary>
public interface ISessionRule : IRule
{
    void Run(AnalysisSession session, RuleContext context);
}

/// <summary>Base for runtime-practice rules over every normalized container of the scan.</summary>
public abstract class ContainerRule : ISessionRule
{
    public abstract RuleMetadata Metadata { get; }

    public abstract void Check(ContainerProfile container, RuleContext context);

    /// <summary>Virtual so a practice rule can also judge another surface's models (IMG001 checks Dockerfile FROMs too).</summary>
    public virtual void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var container in session.Models<ContainerProfile>())
        {
            Check(container, context);
        }
    }
}

/// <summary>Base for rules over one model type (Kubernetes objects, Dockerfiles, ...).</summary>
public abstract class ModelRule<T> : ISessionRule
    where T : class
{
    public abstract RuleMetadata Metadata { get; }

    public abstract void Check(T model, RuleContext context);

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var model in session.Models<T>())
        {
            Check(model, context);
        }
    }
}
