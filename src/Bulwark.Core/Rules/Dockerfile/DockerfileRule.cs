using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

/// <summary>Base for rules over one parsed Dockerfile; findings point at a span and name the stage.</summary>
public abstract class DockerfileRule : ModelRule<DockerfileModel>
{
    protected static void Report(
        RuleContext context,
        DockerfileModel model,
        SourceSpan span,
        BuildStage? stage,
        string message,
        Severity? severity = null,
        string? evidence = null,
        FixSuggestion? fix = null) =>
        context.Report(new Location(model.Path, span), message, StageRef(stage), severity: severity, evidence: evidence, fix: fix);

    /// <summary>The logical location of a finding: the build stage (global ARGs belong to none).</summary>
    public static ObjectRef? StageRef(BuildStage? stage) =>
        stage is null ? null : new ObjectRef(null, "DockerfileStage", null, stage.DisplayName);

    /// <summary>"final stage" or "stage builder": how messages name a stage.</summary>
    protected static string Describe(BuildStage stage, DockerfileModel model) =>
        stage == model.FinalStage ? $"final stage ({stage.DisplayName})" : $"stage {stage.DisplayName}";
}
