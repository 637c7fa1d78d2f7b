using System.CommandLine;
using Bulwark.Cli.Commands;

var root = new RootCommand("Bulwark: container-hardening toolkit") { PssCommand.Create() };
return root.Parse(args).Invoke();
