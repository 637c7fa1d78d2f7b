using System.CommandLine;
using Bulwark.Docs;
using Bulwark.Rules;

namespace Bulwark.Cli.Commands;

/// <summary><c>bulwark explain ID|name</c>: one rule's documentation page.</summary>
public static class ExplainCommand
{
    private static readonly Argument<string> Rule = new("rule") { Description = "Rule ID (RT001) or name (run-as-root)." };

    public static Command Create()
    {
        var command = new Command("explain", "Print the documentation of one rule.") { Rule };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(Rule) ?? string.Empty;
            if (RuleCatalog.Find(id) is not { } rule)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: unknown rule '{id}' (see 'bulwark rules')");
                return ExitCodes.Usage;
            }

            parse.InvocationConfiguration.Output.Write(RuleDocs.Page(rule.Metadata));
            return ExitCodes.Clean;
        });
        return command;
    }
}
