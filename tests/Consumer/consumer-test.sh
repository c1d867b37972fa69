#!/usr/bin/env bash
# Proves the NuGet package works outside the solution: packs it, creates a fresh console project in a temporary
# folder that references the package from a local folder source, analyzes a seed article and checks the JSON.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)

# A version of its own, so that no package cached by an earlier run under the same number is used instead.
version="0.0.0-consumer.$(date +%s%N)"
trap 'rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/geopolitics.nlp/$version"' EXIT
dotnet pack "$repo/src/Geopolitics.Nlp/Geopolitics.Nlp.csproj" -c Release -o "$work/feed" --nologo -v quiet -p:Version="$version"

mkdir "$work/app"
cd "$work/app"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
cat > app.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Geopolitics.Nlp" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
  </ItemGroup>
</Project>
XML
cp "$repo/tests/Consumer/Program.cs.txt" Program.cs
seed=$(ls "$repo"/seeds/003_*.txt)
dotnet build --nologo -v quiet -o bin-out > /dev/null
dotnet bin-out/app.dll "$seed" > out.json

python3 - "$seed" out.json <<'PY'
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
a = json.load(open(sys.argv[2], encoding='utf-8'))
assert a['id'] == 'consumer' and a['documentDate'] == '2025-09-04', a['id']
assert len(a['tokens']) > 1000 and len(a['sentences']) > 20
for t in a['tokens']:
    assert text[t['start']:t['end']] == t['text']
for e in a['entities']:
    assert text[e['start']:e['end']] == e['text']
# Every stage runs in the packed library: seed 003 names Putin, dates his meeting and reports what he said.
assert any(e['text'] == 'Vladimir Putin' and e['type'] == 'PERSON' for e in a['entities']), 'no entities from the package'
assert any(d['value'] == '2025-09-03' for d in a['dates']), 'no dates from the package'
assert len(a['claims']) > 0, 'no claims from the package' 
print(f"consumer test: JSON ok — {len(a['tokens'])} tokens, {len(a['entities'])} entities, {len(a['dates'])} dates, {len(a['claims'])} claims")
PY
echo "consumer test passed (Geopolitics.Nlp $version)"
