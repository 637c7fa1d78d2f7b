using Bulwark.Diagnostics;
using Bulwark.Yaml;

namespace Bulwark.PodSecurity;

/// <summary>
/// What admission hands the checks: the pod (or template) metadata and its spec.
/// <paramref name="SpecKey"/> is the <c>spec:</c> key, where findings about missing pod-level fields
/// point. <paramref name="IsPod"/> selects API defaulting that the API server applies to Pods only
/// (since 1.28, hostNetwork hostPort defaulting no longer touches pod templates).
/// </summary>
public sealed record PodInput(YamlMapping? Metadata, YamlMapping Spec, SourceSpan? SpecKey = null, bool IsPod = true);
