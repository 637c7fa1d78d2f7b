using Bulwark.Engine;
using Bulwark.Profiles;

namespace Bulwark.Rules;

/// <summary>How the engine runs any rule: over the whole session, pulling the models it checks.</summary>
public interface ISessionRule : IRule
{
    void Run(AnalysisSession session, RuleContext context);

    /// <summary>
    /// True when the rule judges each model by itself (nothing from other files or other objects), so
    /// the engine may run it over a part of the inputs at a time, on several threads (<see cref="PartitionedScan"/>).
    /// Cross-file rules (namespaces, network policies, suppressions) keep the default and see the whole session.
    /// </summary>
    bool JudgesEachModelAlone => false;
}

/// <summary>Base for runtime-practice rules over every normalized container of the scan.</summary>
public abstract class ContainerRule : ISessionRule
{
    public abstract RuleMetadata Metadata { get; }

    public abstract void Check(ContainerProfile container, RuleContext context);

    /// <summary>True as long as <see cref="Run"/> only adds models checked one at a time; an override that looks across models must say false.</summary>
    public virtual bool JudgesEachModelAlone => true;

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

    /// <summary><see cref="Check"/> sees one model and the options, nothing else.</summary>
    public bool JudgesEachModelAlone => true;

    public void Run(AnalysisSession session, RuleContext context)
    {
        foreach (var model in session.Models<T>())
        {
            Check(model, context);
        }
    }
}
