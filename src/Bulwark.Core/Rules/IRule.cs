namespace Bulwark.Rules;

/// <summary>A rule: its metadata; how it runs is <see cref="ISessionRule"/>.</summary>
public interface IRule
{
    RuleMetadata Metadata { get; }
}
