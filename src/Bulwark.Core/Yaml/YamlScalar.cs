using System.Globalization;
using Bulwark.Diagnostics;
using YamlDotNet.Core;

namespace Bulwark.Yaml;

public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, ScalarStyle style, SourceSpan span, string? anchor, string? tag)
        : base(span, anchor, tag)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>YAML null: an empty plain scalar or <c>~</c>/<c>null</c> (YAML 1.1 and 1.2 core schema).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The boolean this scalar denotes, accepting YAML 1.1 spellings that Kubernetes' decoder accepts.</summary>
    public bool? AsBool()
    {
        if (!IsPlain)
        {
            return null;
        }

        return Value switch
        {
            "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" => true,
            "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" => false,
            _ => null,
        };
    }

    public long? AsInt64()
    {
        if (!IsPlain)
        {
            return null;
        }

        return long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public override string ToString() => Value;
}
