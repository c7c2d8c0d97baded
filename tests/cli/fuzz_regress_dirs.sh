#!/bin/sh
# `make fuzz-smoke` on a fresh clone: every harness fuzz/fuzz.mk runs has
# its regression directory in git (git keeps no empty directory), and the
# run skips a directory that is missing rather than fail.
. "$NEWSROOM_TOP/tests/lib.sh"
cd "$NEWSROOM_TOP" || fail "no source tree"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || skip "not a git checkout"
harnesses=$(sed -n 's/^HARNESSES *?= *//p' fuzz/fuzz.mk)
[ -n "$harnesses" ] || fail "no HARNESSES in fuzz/fuzz.mk"
for h in $harnesses; do
    [ -n "$(git ls-files "tests/data/fuzz-regress/$h")" ] ||
        fail "tests/data/fuzz-regress/$h holds no file git keeps: a fresh clone lacks it"
    ok
done
grep -q 'fuzz-regress/$$h; \[ -d $$regress \]' fuzz/fuzz.mk || fail "fuzz.mk passes regression directories unchecked"
ok
done_ok
