#!/usr/bin/env bash
# Proves the NuGet package works outside the solution: packs it, creates fresh projects in a temporary folder that
# reference the package from a local folder source, and runs them on a seed article:
#   - a net10.0 console and a net8.0 console (the program in Program.cs.txt; JSON checked field by field).
# The net8.0 app is published self-contained with the .NET 8 runtime pack from NuGet, so it runs on .NET 8 even on a
# machine where only the newest runtime is installed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')

# A version of its own, so that no package cached by an earlier run under the same number is used instead.
version="0.0.0-consumer.$(date +%s%N)"
trap 'rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/geopolitics.nlp/$version"' EXIT
dotnet pack "$repo/src/Geopolitics.Nlp/Geopolitics.Nlp.csproj" -c Release -o "$work/feed" --nologo -v quiet -p:Version="$version"
seed=$(ls "$repo"/seeds/003_*.txt)

# new_app NAME TFM SDK PACKAGES...: a fresh project folder with the local feed and the package references.
new_app() {
  local name=$1 tfm=$2 sdk=$3; shift 3
  mkdir "$work/$name"
  cat > "$work/$name/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
  {
    echo "<Project Sdk=\"$sdk\">"
    echo "  <PropertyGroup>"
    echo "    <OutputType>Exe</OutputType>"
    echo "    <TargetFramework>$tfm</TargetFramework>"
    echo "    <ImplicitUsings>enable</ImplicitUsings>"
    echo "    <Nullable>enable</Nullable>"
    echo "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>"
    echo "  </PropertyGroup>"
    echo "  <ItemGroup>"
    echo "    <PackageReference Include=\"Geopolitics.Nlp\" Version=\"$version\" />"
    for package in "$@"; do
      echo "    <PackageReference Include=\"${package%@*}\" Version=\"${package#*@}\" />"
    done
    echo "  </ItemGroup>"
    echo "</Project>"
  } > "$work/$name/$name.csproj"
}

# build_app NAME TFM: builds (net10.0, run with the installed runtime) or publishes self-contained (other frameworks)
# and prints the command that runs it.
build_app() {
  local name=$1 tfm=$2
  if [ "$tfm" = net10.0 ]; then
    dotnet build "$work/$name" --nologo -v quiet -o "$work/$name/out" > /dev/null
    echo "dotnet $work/$name/out/$name.dll"
  else
    dotnet publish "$work/$name" --nologo -v quiet -r "$rid" --self-contained -o "$work/$name/out" > /dev/null
    echo "$work/$name/out/$name"
  fi
}

check_json() {
  python3 - "$seed" "$1" "$2" <<'PY'
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
print(f"consumer test ({sys.argv[3]}): JSON ok — {len(a['tokens'])} tokens, {len(a['entities'])} entities, {len(a['dates'])} dates, {len(a['claims'])} claims")
PY
}

for tfm in net10.0 net8.0; do
  app="console${tfm//./}"
  new_app "$app" "$tfm" Microsoft.NET.Sdk Microsoft.Extensions.DependencyInjection@10.0.0
  cp "$repo/tests/Consumer/Program.cs.txt" "$work/$app/Program.cs"
  run=$(build_app "$app" "$tfm")
  $run "$seed" > "$work/$app/out.json"
  check_json "$work/$app/out.json" "$tfm console"
done

echo "consumer test passed (Geopolitics.Nlp $version)"
