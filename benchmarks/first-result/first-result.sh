#!/usr/bin/env bash
# The first result in a fresh process, as a consumer of the packed package sees it: packs the library (ReadyToRun
# images included) into a temporary local feed, builds a fresh net10.0 console that references it, and launches it
# N times (default 10) on a seed article. Each launch prints the milliseconds from `new ArticleAnalyzer()` to the
# first Analyze result and from process start to that result; the script prints the median, minimum and maximum of
# both, and of the process's CPU time (user + sys, from /usr/bin/time), with the load average before and after.
#   benchmarks/first-result/first-result.sh [N] [extra dotnet pack arguments, e.g. -p:GeoNlpReadyToRun=false]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
shift || true
work=$(mktemp -d)
version="0.0.0-first-result.$(date +%s%N)"
trap 'rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/geopolitics.nlp/$version"' EXIT
dotnet pack "$repo/src/Geopolitics.Nlp/Geopolitics.Nlp.csproj" -c Release -o "$work/feed" --nologo -v quiet -p:Version="$version" "$@"
mkdir "$work/app"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > "$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Geopolitics.Nlp" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/app/Program.cs" <<'CS'
using System.Diagnostics;
using Geopolitics.Nlp;

var processStart = Process.GetCurrentProcess().StartTime;
var text = File.ReadAllText(args[0]);
var started = Stopwatch.GetTimestamp();
var analysis = new ArticleAnalyzer().Analyze(text);
var first = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
var sinceStart = (DateTime.Now - processStart).TotalMilliseconds;
Console.WriteLine($"{first:F0} {sinceStart:F0} {analysis.Entities.Count}");
CS
dotnet build "$work/app" -c Release --nologo -v quiet -o "$work/app/out" > /dev/null
seed=$(ls "$repo"/seeds/000_*.txt)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%U %S" -o "$work/time.txt" dotnet "$work/app/out/app.dll" "$seed" > "$work/out.txt"
  echo "$(cut -d' ' -f1-2 "$work/out.txt") $(awk '{printf "%.0f", ($1 + $2) * 1000}' "$work/time.txt")" >> "$work/runs.txt"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
summary() { cut -d' ' -f"$1" "$work/runs.txt" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "first Analyze (new ArticleAnalyzer() to result): $(summary 1)"
echo "process start to first result:                  $(summary 2)"
echo "process CPU time (user + sys):                   $(summary 3)"
