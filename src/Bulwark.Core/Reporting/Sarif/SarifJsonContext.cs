using System.Text.Json.Serialization;

namespace Bulwark.Reporting.Sarif;

/// <summary>Source-generated serialization for the SARIF records (no reflection, Native-AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
