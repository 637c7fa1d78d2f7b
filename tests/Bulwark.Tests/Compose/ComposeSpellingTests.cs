using Bulwark.Engine;
using Bulwark.Profiles;
using Bulwark.Rules;

namespace Bulwark.Tests.Compose;

/// <summary>Every spelling compose and the daemon accept for security options and users.</summary>
public sealed class ComposeSpellingTests
{
    [Theory]
    [InlineData("no-new-privileges", false)]
    [InlineData("no-new-privileges:true", false)]
    [InlineData("no-new-privileges=true", false)]
    [InlineData("no-new-privileges:false", true)]
    [InlineData("no-new-privileges=false", true)]
    public void Every_no_new_privileges_spelling_is_read(string option, bool escalationAllowed)
    {
        var p = Profile($"services:\n  app:\n    image: a:1\n    security_opt: [\"{option}\"]\n");
        Assert.Equal(escalationAllowed, p.AllowPrivilegeEscalation?.Value);
        Assert.Equal(4, p.AllowPrivilegeEscalation?.Span?.Start.Line);
    }

    [Theory]
    [InlineData("seccomp:unconfined", "Unconfined", null, null)]
    [InlineData("seccomp=unconfined", "Unconfined", null, null)]
    [InlineData("apparmor:unconfined", null, "Unconfined", null)]
    [InlineData("apparmor=unconfined", null, "Unconfined", null)]
    [InlineData("systempaths=unconfined", null, null, "Unmasked")]
    public void Confinement_options_are_read_in_both_spellings(string option, string? seccomp, string? apparmor, string? proc)
    {
        var p = Profile($"services:\n  app:\n    image: a:1\n    security_opt: [\"{option}\"]\n");
        Assert.Equal(seccomp, p.SeccompProfile?.Value);
        Assert.Equal(apparmor, p.AppArmorProfile?.Value);
        Assert.Equal(proc, p.ProcMount?.Value);
    }

    [Theory]
    [InlineData("\"1000:1000\"", 1000L, 1000L, null)]
    [InlineData("\"0\"", 0L, null, null)]
    [InlineData("app", null, null, "app")]
    [InlineData("app:root", null, 0L, "app")]
    [InlineData("${UID}:${GID}", null, null, "${UID}:${GID}")]
    public void User_forms_are_read(string user, long? uid, long? gid, string? name)
    {
        var p = Profile($"services:\n  app:\n    image: a:1\n    user: {user}\n");
        Assert.Equal(uid, p.RunAsUser?.Value);
        Assert.Equal(gid, p.RunAsGroup?.Value);
        Assert.Equal(name, p.UserName?.Value);
    }

    private static ContainerProfile Profile(string yaml)
    {
        var session = new ScanEngine([], RuleOptions.Default).Load([new ScanInput("compose.yaml", yaml)]);
        Assert.Empty(session.Errors);
        return Assert.Single(session.Models<ContainerProfile>());
    }
}
