using Bulwark.Common;
using Bulwark.Diagnostics;
using Bulwark.Dockerfile;

namespace Bulwark.Rules.Dockerfile;

public sealed class BuildToolsInFinalStage : DockerfileRule
{
    private static readonly WordSet Compilers = ["gcc", "g++", "cc", "c++", "clang", "clang++", "make", "cmake", "ninja", "javac", "rustc"];

    private static readonly HashSet<string> ToolPackages = new(StringComparer.Ordinal)
    {
        "gcc", "g++", "clang", "make", "cmake", "build-essential", "build-base", "golang", "golang-go", "go", "maven", "gradle",
        "rustc", "cargo", "default-jdk", "default-jdk-headless", "gcc-c++", "dotnet-sdk", "nodejs-dev", "musl-dev",
    };

    // Programs this rule reacts to; RUNs that call none of them are skipped without looking closer.
    private static readonly WordSet Relevant =
        [.. Compilers, .. DockerfileFacts.PackageManagers, "go", "mvn", "mvnw", "gradle", "gradlew", "npm", "pnpm", "yarn", "dotnet", "cargo"];

    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "DF003",
        Name = "build-tools-in-final-stage",
        DefaultSeverity = Severity.Medium,
        Practice = Practices.ImageMultiStage,
        Title = "Final stage contains build tools or runs a build",
        Description = "Judges the final stage and the stages it is built on (`FROM <stage>`), whose layers all ship. Reports a base image that is an SDK (`golang`, `rust`, `gcc`, `maven`, `gradle`, `dotnet/sdk`, JDK images, ...), a RUN that builds (`go build`, `mvn package`, `gradle build`, `npm run build`, `yarn build`, `dotnet publish`, `cargo build`, `gcc`, `make`, ...), or a RUN that installs compilers (`gcc`, `build-essential`, `build-base`, `golang`, `maven`, JDKs, ...). A RUN that removes the packages it installed again in the same layer (`apk del .build-deps`, `apt-get purge`) is not reported.",
        Rationale = "Compilers, SDKs and package caches in the runtime image let an intruder build and run tools inside the container, add hundreds of megabytes and CVEs, and are never needed at run time. The seed: separate build dependencies from runtime with multi-stage builds.",
        Remediation = "Build in a `FROM <sdk> AS builder` stage and `COPY --from=builder` only the artefacts onto a minimal final base.",
        Surfaces = Surfaces.Dockerfile,
        Cwe = [Taxonomy.CweExposedResource],
        Mitre = [Taxonomy.MitreImplantImage, Taxonomy.MitreIngressTransfer],
        Example = "FROM golang:1.22\nCOPY . .\nRUN go build -o /app",
        UseInstead = "FROM golang:1.22 AS builder\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=builder /app /app",
    };

    public override void Check(DockerfileModel model, RuleContext context)
    {
        if (model.FinalStage is not { } final)
        {
            return;
        }

        CheckBase(model, final, context);
        foreach (var run in DockerfileFacts.ShippedRuns(model))
        {
            if (run.Calls(Relevant) && !PackageCommands.RemovesPackages(run.Run) && FirstBuildCommand(run) is var (script, command, what))
            {
                Report(context, model, script.SpanOf(command), final, $"{Describe(run.Stage!, model)} {what}; build in a separate stage and copy only the result", evidence: command.ToString());
            }
        }
    }

    private static void CheckBase(DockerfileModel model, BuildStage final, RuleContext context)
    {
        var root = final.Root;
        if (!root.IsScratch && root.BaseImage?.Expanded is { IsResolved: true } && BaseImages.Parse(root.BaseImage.Value) is { } image && BaseImages.IsSdk(image))
        {
            Report(context, model, root.BaseImage.Span, final, $"final stage runs on the SDK image {root.BaseImage.Value}: the compiler and build toolchain ship in the image", evidence: root.BaseImage.Value);
        }
    }

    private static (RunScript, ShellCommand, string)? FirstBuildCommand(RunFacts run)
    {
        foreach (var script in run.Scripts)
        {
            foreach (var command in script.Commands)
            {
                if (BuildActivity(command) is { } what)
                {
                    return (script, command, what);
                }
            }
        }

        return null;
    }

    private static string? BuildActivity(ShellCommand c)
    {
        var sub = c.SubcommandSpan;
        return c.Name switch
        {
            "go" when sub is "build" or "install" => $"runs `go {sub}`",
            "mvn" or "mvnw" when sub is "package" or "install" or "verify" or "compile" => $"runs `{c.Name} {sub}`",
            "gradle" or "gradlew" when sub is "build" or "assemble" or "installDist" or "bootJar" or "jar" or "shadowJar" => $"runs `{c.Name} {sub}`",
            "npm" or "pnpm" when sub is "run" && AnyArgumentStartsWith(c, "build") => $"runs `{c.Name} run build`",
            "yarn" or "pnpm" when sub is "build" => $"runs `{c.Name} build`",
            "dotnet" when sub is "build" or "publish" => $"runs `dotnet {sub}`",
            "cargo" when sub is "build" or "install" => $"runs `cargo {sub}`",
            _ when Compilers.Contains(c.Name) => $"runs the compiler/build tool `{c.Name}`",
            _ => InstalledTool(c),
        };
    }

    private static bool AnyArgumentStartsWith(ShellCommand c, string prefix)
    {
        foreach (var argument in c.ArgumentSpan)
        {
            if (argument.ValueSpan.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? InstalledTool(ShellCommand c)
    {
        if (PackageCommands.Parse(c) is not { IsInstall: true, Manager: not "pip" } install)
        {
            return null;
        }

        foreach (var package in install.Packages)
        {
            if (IsToolPackage(PackageCommands.PackageNameSpan(package)))
            {
                return $"installs the build tool package `{PackageCommands.PackageName(package)}`";
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ToolPackageLookup = ToolPackages.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsToolPackage(ReadOnlySpan<char> package) =>
        ToolPackageLookup.Contains(package)
        || (package.StartsWith("openjdk", StringComparison.Ordinal) && !package.Contains("jre", StringComparison.Ordinal))
        || package.StartsWith("dotnet-sdk-", StringComparison.Ordinal)
        || (package.StartsWith("java-", StringComparison.Ordinal) && package.EndsWith("-devel", StringComparison.Ordinal));
}
