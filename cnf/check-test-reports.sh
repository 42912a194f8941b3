#!/bin/sh
# Prints a Surefire-like summary of the in-framework run and fails when it ran no test at all: the
# bnd tester can stay green with 0 tests (JUnit 5.12+, docs/lessons.md#tester-zero-tests) and its own summary is lost.
set -eu
dir="${1:-target/test-reports}"
since="${2:-target/test-classes}" # only reports written by this run, not a previous one
reports=$(find "$dir" -name 'TEST-*.xml' -newer "$since" 2>/dev/null || true)
if [ -z "$reports" ]; then
    echo "[ERROR] No in-framework test report under $dir: the tests did not run" >&2
    exit 1
fi
# shellcheck disable=SC2086 # one file name per word
sed -n 's/.*<testsuite [^>]*tests="\([0-9]*\)" skipped="\([0-9]*\)" failures="\([0-9]*\)" errors="\([0-9]*\)".*/\1 \2 \3 \4/p' $reports |
    awk '{ t += $1; s += $2; f += $3; e += $4 }
         END {
             printf "[INFO] In-framework tests run: %d, Failures: %d, Errors: %d, Skipped: %d\n", t, f, e, s
             if (t == 0) { print "[ERROR] The in-framework run executed no test" > "/dev/stderr"; exit 1 }
             if (f + e > 0) exit 1
         }'
