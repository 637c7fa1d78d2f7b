FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled
COPY app /app
