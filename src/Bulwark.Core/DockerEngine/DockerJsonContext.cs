using System.Text.Json.Serialization;

namespace Bulwark.DockerEngine;

/// <summary>Source-generated JSON for the Engine API models: no reflection, so the CLI stays Native-AOT.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ContainerSummary[]))]
[JsonSerializable(typeof(ContainerInspect))]
[JsonSerializable(typeof(EngineInfo))]
[JsonSerializable(typeof(NetworkResource[]))]
internal sealed partial class DockerJsonContext : JsonSerializerContext;
