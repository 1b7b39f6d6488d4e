# Two images from one build: `target: worker` (the ingest CLI) and `target: api` (graph-api). Used by docker-compose.yml.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish ingest/Ingest.csproj -c Release -o /out/ingest \
 && dotnet publish graph-api/GraphApi.csproj -c Release -o /out/api

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS worker
WORKDIR /app
COPY --from=build /out/ingest .
ENTRYPOINT ["dotnet", "UnCitationGraph.Ingest.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS api
WORKDIR /app
COPY --from=build /out/api .
ENTRYPOINT ["dotnet", "UnCitationGraph.GraphApi.dll"]
