using Bulwark.Diagnostics;
using Bulwark.Rules;
using Xunit;

namespace Bulwark.Tests.Dockerfile;

/// <summary>The seed guide's own Dockerfile examples, judged the way the guide judges them.</summary>
public sealed class DockerfileSeedTests
{
    [Fact]
    public void The_multi_stage_go_build_onto_distroless_as_nonroot_has_no_finding_above_low()
    {
        var result = Scan.Dockerfile(
            "# Build stage",
            "FROM golang:1.22 AS builder",
            "WORKDIR /app",
            "COPY . .",
            "RUN CGO_ENABLED=0 go build -o myapp",
            "# Runtime stage - minimal image",
            "FROM gcr.io/distroless/static-debian12",
            "COPY --from=builder /app/myapp /",
            "USER nonroot:nonroot",
            "ENTRYPOINT [\"/myapp\"]");

        Assert.Empty(result.Errors);
        Assert.All(result.Findings, f => Assert.Equal(Severity.Low, f.Severity));

        // What remains are the low-severity refinements: digests, the user name, the health check.
        Assert.Equal(["DF005", "DF018", "IMG002", "IMG002"], result.Findings.Select(f => f.Rule.Id).Order());
    }

    [Fact]
    public void The_bad_env_api_key_is_a_secret_finding_with_the_value_redacted()
    {
        var result = Scan.Dockerfile("FROM alpine:3.19", "# BAD - Secret in image", "ENV API_KEY=secret123");

        var finding = Assert.Single(result.Findings, f => f.Rule.Id == "DF006");
        Assert.Equal(Practices.SecretsNotInImage, finding.Rule.Practice);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal((3, 13), (finding.Location.Line, finding.Location.Column));
        Assert.Contains("sec****", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", finding.Evidence ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("secret123", finding.Fix?.Title ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimal_base_examples_pass_and_full_os_latest_images_do_not()
    {
        var minimal = Scan.Dockerfile("FROM alpine:3.19", "USER 10001", "HEALTHCHECK NONE");
        var full = Scan.Dockerfile("FROM ubuntu:latest", "USER 10001", "HEALTHCHECK NONE");

        Assert.Equal(["IMG002"], minimal.Findings.Select(f => f.Rule.Id));
        Assert.Equal(["DF002", "IMG001"], full.Findings.Select(f => f.Rule.Id).Order());
    }

    [Fact]
    public void Pinned_versions_are_good_and_a_digest_is_better()
    {
        var tag = Scan.Dockerfile("FROM nginx:1.25.4-alpine", "USER 101", "HEALTHCHECK NONE");
        var digest = Scan.Dockerfile("FROM nginx@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b", "USER 101", "HEALTHCHECK NONE");

        Assert.Equal(["IMG002"], tag.Findings.Select(f => f.Rule.Id));
        Assert.Empty(digest.Findings);
    }

    [Fact]
    public void The_dedicated_app_user_example_is_non_root_but_named()
    {
        var result = Scan.Dockerfile(
            "FROM alpine:3.19",
            "RUN addgroup -S appgroup && adduser -S appuser -G appgroup",
            "USER appuser");

        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "DF004");
        Assert.Equal(Severity.Low, Assert.Single(result.Findings, f => f.Rule.Id == "DF005").Severity);
    }
}
