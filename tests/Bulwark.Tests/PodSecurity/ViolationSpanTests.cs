using Bulwark.PodSecurity;
using Xunit;

namespace Bulwark.Tests.PodSecurity;

/// <summary>Each violation points at the offending field, or at the nearest enclosing key when it is missing.</summary>
public sealed class ViolationSpanTests
{
    private const string Yaml = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
          - name: app
            image: x
            securityContext:
              privileged: true
          - name: bare
            image: x
          volumes:
          - name: host
            hostPath:
              path: /
        """;

    [Theory]
    [InlineData("privileged", 10, 19)]
    [InlineData("allowPrivilegeEscalation", 9, 5)]
    [InlineData("capabilities_restricted", 9, 5)]
    [InlineData("restrictedVolumes", 15, 5)]
    [InlineData("runAsNonRoot", 5, 1)]
    [InlineData("seccompProfile_restricted", 5, 1)]
    public void First_location_is_the_field_or_its_nearest_key(string check, int line, int column)
    {
        var violation = Violation(check);
        Assert.Equal((line, column), (violation.Span.Start.Line, violation.Span.Start.Column));
    }

    [Fact]
    public void Missing_field_in_container_without_security_context_points_at_its_name()
    {
        var locations = Violation("allowPrivilegeEscalation").Locations;
        Assert.Equal([(9, 5), (11, 11)], locations.Select(l => (l.Start.Line, l.Start.Column)));
    }

    private static PodSecurityViolation Violation(string check) =>
        Pss.Check("restricted:latest", Yaml).Violations.Single(v => v.CheckId == check);
}
