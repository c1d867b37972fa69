#!/usr/bin/env bash
# Proves the NuGet package works outside the solution: packs it, creates fresh projects in a temporary folder that
# reference the package from a local folder source (no project reference, nothing from the repository but the
# package and the source files named below), and runs them:
#   - a net10.0 console with the program in Program.cs.txt (through AddArticleAnalyzer), on a seed article;
#   - a net8.0 console compiling samples/Console/Program.cs unchanged, on a seed article;
#   - a net10.0 worker compiling samples/Worker/*.cs unchanged, on a small JSONL file, until it stops by itself.
# Every JSON result is checked field by field. The net8.0 app is published self-contained with the .NET 8 runtime
# pack from NuGet, so it runs on .NET 8 even on a machine where only the newest runtime is installed.
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

# check_json FILE LABEL ID: FILE holds the analysis of the seed as JSON (after any lines the program printed before it).
check_json() {
  python3 - "$seed" "$1" "$2" "$3" <<'PY'
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
out = open(sys.argv[2], encoding='utf-8').read()
a = json.loads(out[out.index('\n{') + 1:] if not out.startswith('{') else out)
assert a['id'] == sys.argv[4] and a['documentDate'] == '2025-09-04', a['id']
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

# net10.0: a consumer's own program, through dependency injection.
new_app console100 net10.0 Microsoft.NET.Sdk Microsoft.Extensions.DependencyInjection@10.0.0
cp "$repo/tests/Consumer/Program.cs.txt" "$work/console100/Program.cs"
run=$(build_app console100 net10.0)
$run "$seed" > "$work/console100/out.txt"
check_json "$work/console100/out.txt" "net10.0 console" consumer

# net8.0: the README's console sample, unchanged. It prints sentences and entities (by their annotation names), then the JSON.
new_app console80 net8.0 Microsoft.NET.Sdk
cp "$repo/samples/Console/Program.cs" "$work/console80/Program.cs"
run=$(build_app console80 net8.0)
$run "$seed" > "$work/console80/out.txt"
grep -q '^PERSON Vladimir Putin → Vladimir Putin$' "$work/console80/out.txt" || { echo "consumer test (net8.0 console): no entity line"; exit 1; }
check_json "$work/console80/out.txt" "net8.0 console sample" a1

# net10.0: the README's hosted JSONL worker, unchanged, on three articles (two seeds and an empty text); it stops the
# application when the file is done, so a time limit catches a worker that would not.
new_app worker100 net10.0 Microsoft.NET.Sdk.Worker Microsoft.Extensions.Hosting@10.0.0
cp "$repo"/samples/Worker/*.cs "$work/worker100/"
run=$(build_app worker100 net10.0)
python3 - "$seed" "$(ls "$repo"/seeds/001_*.txt)" > "$work/worker100/articles.jsonl" <<'PY'
import json, sys
for i, path in enumerate(sys.argv[1:]):
    print(json.dumps({"id": f"w{i}", "text": open(path, encoding='utf-8').read()}, ensure_ascii=False))
print(json.dumps({"id": "empty", "text": ""}))
PY
(cd "$work/worker100" && timeout 600 $run --input articles.jsonl --output analyses.jsonl > worker.log 2>&1) \
  || { cat "$work/worker100/worker.log"; echo "consumer test (net10.0 worker): did not finish"; exit 1; }
python3 - "$work/worker100/analyses.jsonl" <<'PY'
import json, sys
raw = open(sys.argv[1], encoding='utf-8').read()
assert raw.endswith('\n'), 'the last line is not complete'
lines = [json.loads(line) for line in raw.splitlines()]
assert [a['id'] for a in lines] == ['w0', 'w1', 'empty'], [a['id'] for a in lines]
for a in lines[:2]:
    assert len(a['tokens']) > 500 and a['entities'] and a['dates'] and a['claims'], a['id']
assert lines[2]['tokens'] == [] and lines[2]['entities'] == []
print(f"consumer test (net10.0 worker sample): JSONL ok — {len(lines)} lines in input order")
PY

echo "consumer test passed (Geopolitics.Nlp $version)"
