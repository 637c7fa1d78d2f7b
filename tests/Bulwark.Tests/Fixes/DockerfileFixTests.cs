using Bulwark.Diagnostics;
using Bulwark.Engine;
using Bulwark.Fixes;
using Bulwark.Rules;

namespace Bulwark.Tests.Fixes;

/// <summary>
/// Each Dockerfile fix on real-looking input, compared as whole texts: the intended lines change, every
/// other byte (comments, continuations, CRLF, heredocs, case, indentation) stays, and fixing again
/// changes nothing.
/// </summary>
public sealed class DockerfileFixTests
{
    private static string L(params string[] lines) => FixKit.DockerLines("\n", lines);

    [Fact]
    public void Add_of_local_files_becomes_copy_in_the_keywords_case_and_archives_stay_add()
    {
        var before = L(
            "FROM alpine:3.20",
            "# the application",
            "ADD app/ /srv/app/",
            "add --chown=1:1 conf /etc/conf",
            "ADD rootfs.tar.gz /",
            "USER 10001:10001");
        var after = L(
            "FROM alpine:3.20",
            "# the application",
            "COPY app/ /srv/app/",
            "copy --chown=1:1 conf /etc/conf",
            "ADD rootfs.tar.gz /",
            "USER 10001:10001");
        AssertFixes(before, after, includeUnsafe: false, "DF019");
    }

    [Fact]
    public void Apt_lists_are_removed_on_a_new_continuation_line_in_the_files_style_with_crlf_and_comments_kept()
    {
        var before = FixKit.DockerLines(
            "\r\n",
            "FROM debian:12-slim",
            "# install tools",
            "RUN apt-get update \\",
            "    # curl for the health check",
            "    && apt-get install -y --no-install-recommends curl",
            "USER 10001:10001");
        var after = FixKit.DockerLines(
            "\r\n",
            "FROM debian:12-slim",
            "# install tools",
            "RUN apt-get update \\",
            "    # curl for the health check",
            "    && apt-get install -y --no-install-recommends curl \\",
            "    && rm -rf /var/lib/apt/lists/*",
            "USER 10001:10001");
        AssertFixes(before, after, includeUnsafe: false, "DF016");
    }

    [Fact]
    public void Apt_cleanup_follows_trailing_operator_style_and_inline_style()
    {
        AssertFixes(
            L("FROM ubuntu:24.04", "RUN apt-get update && \\", "\tapt-get install -y curl", "USER 10001:10001"),
            L("FROM ubuntu:24.04", "RUN apt-get update && \\", "\tapt-get install -y curl && \\", "\trm -rf /var/lib/apt/lists/*", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
        AssertFixes(
            L("FROM ubuntu:24.04", "RUN apt-get update && apt-get install -y curl > /dev/null", "USER 10001:10001"),
            L("FROM ubuntu:24.04", "RUN apt-get update && apt-get install -y curl > /dev/null && rm -rf /var/lib/apt/lists/*", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
    }

    [Fact]
    public void Cache_options_are_added_to_apk_and_pip_installs()
    {
        AssertFixes(
            L("FROM alpine:3.20", "RUN apk add --virtual .deps curl && apk --update add jq", "USER 10001:10001"),
            L("FROM alpine:3.20", "RUN apk add --no-cache --virtual .deps curl && apk --update add --no-cache jq", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
        AssertFixes(
            L("FROM python:3.12-slim", "RUN pip install -r requirements.txt && python -m pip install gunicorn", "USER 10001:10001"),
            L("FROM python:3.12-slim", "RUN pip install --no-cache-dir -r requirements.txt && python -m pip install --no-cache-dir gunicorn", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
    }

    [Fact]
    public void Dnf_and_yum_get_clean_all_after_a_semicolon_or_under_the_same_sudo()
    {
        AssertFixes(
            L("FROM rockylinux:9", "RUN dnf install -y git; \\", "    dnf install -y make;", "USER 10001:10001"),
            L("FROM rockylinux:9", "RUN dnf install -y git; \\", "    dnf install -y make; dnf clean all", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
        AssertFixes(
            L("FROM centos:7", "USER 1000", "RUN sudo yum install -y git"),
            L("FROM centos:7", "USER 1000", "RUN sudo yum install -y git && sudo yum clean all"),
            includeUnsafe: false,
            "DF016");
    }

    [Fact]
    public void A_heredoc_script_gets_its_cleanup_as_a_line_of_its_own()
    {
        AssertFixes(
            L("FROM debian:12", "RUN <<EOF", "set -e", "apt-get update", "apt-get install -y curl", "EOF", "USER 10001:10001"),
            L("FROM debian:12", "RUN <<EOF", "set -e", "apt-get update", "apt-get install -y curl", "rm -rf /var/lib/apt/lists/*", "EOF", "USER 10001:10001"),
            includeUnsafe: false,
            "DF016");
    }

    [Fact]
    public void Apt_cleanup_is_refused_when_a_later_run_needs_the_lists_or_a_comment_ends_the_script()
    {
        var split = L("FROM debian:12", "RUN apt-get update", "RUN apt-get install -y curl", "USER 10001:10001");
        var report = FixKit.Dockerfile(split, includeUnsafe: false);
        Assert.Equal(split, report.Fixed);
        Assert.Contains(report.Skipped, s => s.RuleId == "DF016" && s.Reason.Contains("line 3", StringComparison.Ordinal));
        Assert.Null(FindingOf(split, "DF016").Fix);

        var commented = L("FROM debian:12", "RUN apt-get update && apt-get install -y curl # tools", "USER 10001:10001");
        report = FixKit.Dockerfile(commented, includeUnsafe: false);
        Assert.Equal(commented, report.Fixed);
        Assert.Contains(report.Skipped, s => s.RuleId == "DF016" && s.Reason == "a comment ends the RUN script");
    }

    [Fact]
    public void Latest_and_untagged_images_are_pinned_only_to_the_configured_tag()
    {
        var before = L(
            "FROM localhost:5000/tools AS tools",
            "FROM nginx:latest",
            "COPY --from=tools /bin/tool /usr/local/bin/tool",
            "COPY --from=docker.io/library/nginx /etc/nginx/nginx.conf /etc/nginx/nginx.conf",
            "USER 10001:10001");
        var after = L(
            "FROM localhost:5000/tools:2.1 AS tools",
            "FROM nginx:1.27-alpine",
            "COPY --from=tools /bin/tool /usr/local/bin/tool",
            "COPY --from=docker.io/library/nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf",
            "USER 10001:10001");
        var options = FixOptions.Default.WithImageTags([new("nginx", "1.27-alpine"), new("localhost:5000/tools", "2.1")]);

        Assert.Equal(before, FixKit.Dockerfile(before, includeUnsafe: false).Fixed);
        Assert.Equal(FixApplicability.DisplayOnly, FindingOf(before, "IMG001", line: 2).Fix?.Applicability);
        Assert.Equal(FixApplicability.Safe, FindingOf(before, "IMG001", options, line: 2).Fix?.Applicability);
        AssertFixes(before, after, includeUnsafe: false, "IMG001", options);
    }

    [Fact]
    public void An_image_from_an_arg_is_not_pinned_and_says_why()
    {
        var text = L("ARG BASE=nginx", "FROM ${BASE}", "USER 10001:10001");
        var report = FixKit.Dockerfile(text, includeUnsafe: false, FixOptions.Default.WithImageTags([new("nginx", "1.27")]));
        Assert.Equal(text, report.Fixed);
        Assert.Contains(report.Skipped, s => s.RuleId == "IMG001" && s.Reason.Contains("variable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FROM alpine:3.20", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001")]
    [InlineData("FROM python:3.12-alpine3.20", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001")]
    [InlineData("FROM debian:12-slim", "RUN groupadd -r -g 10001 app && useradd --no-log-init -r -u 10001 -g app app", "USER 10001:10001")]
    [InlineData("FROM rockylinux:9", "RUN groupadd -r -g 10001 app && useradd --no-log-init -r -u 10001 -g app app", "USER 10001:10001")]
    [InlineData("FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4", null, "USER 10001:10001")]
    [InlineData("FROM gcr.io/distroless/static-debian12", null, "USER 65532:65532")]
    [InlineData("FROM mcr.microsoft.com/dotnet/aspnet:8.0", null, "USER 1654:1654")]
    [InlineData("FROM scratch", null, "USER 10001:10001")]
    [InlineData("FROM mcr.microsoft.com/windows/servercore:ltsc2022", null, "USER ContainerUser")]
    [InlineData("FROM registry.example.com/base:1.0", null, "USER 10001:10001")]
    public void The_user_is_created_as_the_base_image_family_does_and_set_before_the_entrypoint(string from, string? run, string user)
    {
        var before = L(from, "COPY app /app", "# start the app", "ENTRYPOINT [\"/app\"]");
        var inserted = run is null ? new[] { user } : [run, user];
        var after = L([from, "COPY app /app", .. inserted, "# start the app", "ENTRYPOINT [\"/app\"]"]);
        AssertFixes(before, after, includeUnsafe: true, "DF004");
    }

    [Fact]
    public void An_unknown_base_image_is_recognised_by_its_package_manager()
    {
        AssertFixes(
            L("FROM registry.example.com/base:1.0", "RUN apk add --no-cache curl", "CMD [\"curl\"]"),
            L("FROM registry.example.com/base:1.0", "RUN apk add --no-cache curl", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001", "CMD [\"curl\"]"),
            includeUnsafe: true,
            "DF004");
    }

    [Fact]
    public void A_user_the_dockerfile_creates_is_reused_and_a_taken_name_is_not_created_twice()
    {
        AssertFixes(
            L("FROM debian:12-slim", "RUN useradd -r -u 1001 web", "COPY app /app", "CMD [\"/app\"]"),
            L("FROM debian:12-slim", "RUN useradd -r -u 1001 web", "COPY app /app", "USER 1001", "CMD [\"/app\"]"),
            includeUnsafe: true,
            "DF004");
        AssertFixes(
            L("FROM alpine:3.20", "RUN adduser -D app", "CMD [\"/app\"]"),
            L("FROM alpine:3.20", "RUN adduser -D app", "USER 10001:10001", "CMD [\"/app\"]"),
            includeUnsafe: true,
            "DF004");
    }

    [Fact]
    public void A_root_user_after_the_last_build_step_is_replaced_in_place()
    {
        AssertFixes(
            L("FROM alpine:3.20", "RUN apk add --no-cache curl", "USER root", "EXPOSE 8080", "CMD [\"app\"]"),
            L("FROM alpine:3.20", "RUN apk add --no-cache curl", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001", "EXPOSE 8080", "CMD [\"app\"]"),
            includeUnsafe: true,
            "DF004");
        AssertFixes(
            L("FROM alpine:3.20", "USER root", "RUN apk add --no-cache curl", "CMD [\"app\"]"),
            L("FROM alpine:3.20", "USER root", "RUN apk add --no-cache curl", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001", "CMD [\"app\"]"),
            includeUnsafe: true,
            "DF004");
    }

    [Fact]
    public void A_final_stage_built_on_a_root_stage_gets_its_user_after_its_from()
    {
        AssertFixes(
            L("FROM alpine:3.20 AS base", "USER root", "FROM base", "CMD [\"sh\"]"),
            L("FROM alpine:3.20 AS base", "USER root", "FROM base", "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app", "USER 10001:10001", "CMD [\"sh\"]"),
            includeUnsafe: true,
            "DF004");
    }

    [Fact]
    public void Inserted_lines_follow_the_files_case_indentation_and_line_breaks_even_without_a_final_newline()
    {
        var before = "from alpine:3.20\r\n  run echo hi\r\n  cmd [\"sh\"]";
        var after = "from alpine:3.20\r\n  run echo hi\r\n  run addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\r\n  user 10001:10001\r\n  cmd [\"sh\"]";
        AssertFixes(before, after, includeUnsafe: true, "DF004");

        var last = "FROM alpine:3.20\nCOPY app /app";
        AssertFixes(last, last + "\nRUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app\nUSER 10001:10001\n", includeUnsafe: true, "DF004");
    }

    [Fact]
    public void The_configured_uid_and_gid_are_used()
    {
        AssertFixes(
            L("FROM alpine:3.20", "CMD [\"sh\"]"),
            L("FROM alpine:3.20", "RUN addgroup -S -g 3000 app && adduser -S -u 2000 -G app app", "USER 2000:3000", "CMD [\"sh\"]"),
            includeUnsafe: true,
            "DF004",
            FixOptions.Default.WithIdentity(2000, 3000));
    }

    [Fact]
    public void The_user_fix_is_unsafe_and_the_others_are_safe_in_scan_and_in_the_loop()
    {
        var text = L("FROM alpine:3.20", "ADD app /app", "RUN apk add curl", "CMD [\"/app\"]");
        Assert.Equal(FixApplicability.Unsafe, FindingOf(text, "DF004").Fix?.Applicability);
        Assert.Equal(FixApplicability.Safe, FindingOf(text, "DF019").Fix?.Applicability);
        Assert.Equal(FixApplicability.Safe, FindingOf(text, "DF016").Fix?.Applicability);

        var safeOnly = FixKit.Dockerfile(text, includeUnsafe: false);
        Assert.Equal(L("FROM alpine:3.20", "COPY app /app", "RUN apk add --no-cache curl", "CMD [\"/app\"]"), safeOnly.Fixed);
        Assert.Equal(FixApplicability.Unsafe, FindingOf(safeOnly.Fixed, "DF004").Fix?.Applicability);
    }

    [Fact]
    public void Everything_at_once_on_a_multi_stage_file_with_heredocs_and_comments()
    {
        var before = L(
            "# syntax=docker/dockerfile:1",
            "FROM golang:1.22 AS build",
            "RUN apt-get update && apt-get install -y make",
            "ADD . /src",
            "RUN <<EOF",
            "cd /src",
            "make build",
            "EOF",
            "",
            "FROM alpine:latest",
            "# runtime deps",
            "RUN apk update \\",
            "  && apk add ca-certificates",
            "COPY --from=build /src/bin/app /usr/local/bin/app",
            "HEALTHCHECK CMD [\"app\", \"health\"]",
            "ENTRYPOINT [\"app\"]");
        var after = L(
            "# syntax=docker/dockerfile:1",
            "FROM golang:1.22 AS build",
            "RUN apt-get update && apt-get install -y make",
            "COPY . /src",
            "RUN <<EOF",
            "cd /src",
            "make build",
            "EOF",
            "",
            "FROM alpine:3.20",
            "# runtime deps",
            "RUN apk update \\",
            "  && apk add ca-certificates \\",
            "  && rm -rf /var/cache/apk/*",
            "COPY --from=build /src/bin/app /usr/local/bin/app",
            "RUN addgroup -S -g 10001 app && adduser -S -u 10001 -G app app",
            "USER 10001:10001",
            "HEALTHCHECK CMD [\"app\", \"health\"]",
            "ENTRYPOINT [\"app\"]");
        var report = AssertFixes(before, after, includeUnsafe: true, null, FixOptions.Default.WithImageTags([new("alpine", "3.20")]));
        Assert.Equal(["DF004", "DF016", "DF019", "IMG001"], report.Applied.Select(a => a.RuleId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_wrong_edit_is_caught_the_file_put_back_and_the_rules_named()
    {
        var text = L("FROM alpine:3.20", "ADD app /app", "USER 10001:10001");
        var runner = new FixRunner(new ScanEngine(RuleCatalog.All, RuleOptions.Default), FixOptions.Default, includeUnsafe: false, [new LineSwallowingFixer()]);
        var report = runner.Run([new ScanInput("Dockerfile", text)]).Files.Single();
        Assert.Equal(text, report.Fixed);
        Assert.Empty(report.Applied);
        Assert.NotNull(report.InternalError);
        Assert.Contains("internal error: fixing DF019 produced a wrong edit", report.InternalError, StringComparison.Ordinal);
    }

    /// <summary>Applies the real DF019 fix plus the deletion of the line break after the ADD, merging it into the next instruction.</summary>
    private sealed class LineSwallowingFixer : ISurfaceFixer
    {
        public FileFix? FixFor(Finding finding, AnalysisSession session, FixOptions options)
        {
            if (new Bulwark.Fixes.Dockerfile.DockerfileFixer().FixFor(finding, session, options) is not TextFix { RuleId: "DF019" } fix)
            {
                return null;
            }

            var text = session.Files[fix.File].Text;
            var newline = text.IndexOf('\n', fix.Edits[0].End);
            return fix with { Edits = [.. fix.Edits, new TextEdit(newline, newline + 1, " ")] };
        }
    }

    private static FileFixReport AssertFixes(string before, string after, bool includeUnsafe, string? rule, FixOptions? options = null)
    {
        var report = FixKit.Dockerfile(before, includeUnsafe, options);
        Assert.Null(report.InternalError);
        Assert.Equal(after, report.Fixed);
        if (rule is not null)
        {
            Assert.Equal([rule], report.Applied.Select(a => a.RuleId).Distinct());
        }

        var again = FixKit.Dockerfile(after, includeUnsafe, options);
        Assert.Equal(after, again.Fixed);
        Assert.Empty(again.Applied);
        return report;
    }

    private static Finding FindingOf(string text, string rule, FixOptions? options = null, int? line = null) =>
        Assert.Single(
            new ScanEngine(RuleCatalog.All, RuleOptions.Default) { FixOptions = options ?? FixOptions.Default }.Scan([new ScanInput("Dockerfile", text)]).Findings,
            f => f.Rule.Id == rule && (line is null || f.Location.Line == line));
}
