#!/bin/sh
# A full-text search that runs long (150 prefix terms, each matching
# thousands of words) stops on Esc with a message; the browser answers keys
# again at once.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
# a long full-text search: Esc stops it
mkdir "$T/in"
python3 - "$T/in" <<'PY'
import random, sys
random.seed(1)
syl = ['ba', 'ca', 'da', 'fa', 'ga', 'ma', 'na', 'ra', 'sa', 'ta', 'be', 'le', 'ro', 'mi', 'nu']
for i in range(300):
    words = ['a' + ''.join(random.choice(syl) for _ in range(random.randint(1, 3))) for _ in range(400)]
    open(f'{sys.argv[1]}/a{i:04d}.txt', 'w').write(f'Title {i}\n\n' + ' '.join(words) + '.\n')
PY
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
ui_start 200 30
wait_for "Title"
keys F
wait_for "Find in store"
keys -l "$(python3 -c 'print(" ".join(["a*"] * 150))')"
keys Enter
wait_for "Esc stops it" 20
sleep 0.5
keys Escape
wait_for "search cancelled" 5
keys '?'
wait_for "Keys" 5
keys q
quit_ui

done_ok
