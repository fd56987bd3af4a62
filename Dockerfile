# syntax=docker/dockerfile:1
# One image for every role (server, extractor, ingestor, curator); the role is chosen by the ROLES variable.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY schema/ schema/
COPY src/ src/
RUN dotnet restore src/Discogsography.Server/Discogsography.Server.csproj
RUN dotnet publish src/Discogsography.Server/Discogsography.Server.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data /discogs-data && chown -R app:app /data /discogs-data
# The aspnet image ships a non-root user named app (uid 1654).
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    DATA_DIRECTORY=/data \
    Logging__Format=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["dotnet", "Discogsography.Server.dll", "health", "--url", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["dotnet", "Discogsography.Server.dll"]
