FROM alpine:3.19 AS builder
USER 1000

FROM ubuntu:22.04
# expect: DF004
USER 0:0
