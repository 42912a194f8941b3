#!/usr/bin/env bash
# Regenerates core-api's list of common passwords (src/main/resources/org/hygie/core/problem/
# common-passwords.txt): the 10,000 most frequent entries of the password list shipped in the npm
# package @zxcvbn-ts/language-common (MIT; its list is ordered by frequency in Mark Burnett's
# 10 million leaked passwords), lower case, one a line. The package's licence is copied beside it.
set -euo pipefail
version=${1:-4.1.3}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/src/main/resources/org/hygie/core/problem"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
python3 - "$work/package/src/passwords.json" "$out/common-passwords.txt" <<'PY'
import json, sys
seen, lines = set(), []
for p in json.load(open(sys.argv[1], encoding="utf-8")):
    p = p.strip().lower()
    if p and p not in seen:
        seen.add(p)
        lines.append(p)
    if len(lines) == 10000:
        break
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
cp "$work/package/LICENSE.txt" "$out/common-passwords.LICENSE.txt"
echo "wrote $(wc -l < "$out/common-passwords.txt") passwords from @zxcvbn-ts/language-common@$version"
