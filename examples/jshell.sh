#!/usr/bin/env bash
# Opens JShell with vietparse-core and its dependencies on the class path and the API imported.
#   examples/jshell.sh            (builds the jar first if it is missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/examples/target/vietparse.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -ntp -DskipTests package)
fi
exec jshell --class-path "$jar" --startup DEFAULT --startup "$root/examples/vietparse.jsh" "$@"
