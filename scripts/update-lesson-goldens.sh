#!/bin/sh
# Regenerates the golden traces of the built-in lessons (tests/lessons/NAME.trace) with the built
# kafkascope-cli. Run it after a deliberate change in engine behaviour or in a lesson, then read
# `git diff tests/lessons` before committing: every changed line is a changed behaviour.
#   scripts/update-lesson-goldens.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cli=$build/app/kafkascope-cli
[ -x "$cli" ] || { echo "no $cli: build it first (cmake --build $build --target kafkascope-cli)" >&2; exit 2; }
mkdir -p "$root/tests/lessons"
status=0
for file in "$root"/resources/lessons/*.lesson; do
    name=$(basename "$file" .lesson)
    if "$cli" lesson run "$name" > "$root/tests/lessons/$name.trace"; then
        echo "$name: passed"
    else
        echo "$name: FAILED (exit $?); its trace was written all the same" >&2
        status=1
    fi
done
exit $status
