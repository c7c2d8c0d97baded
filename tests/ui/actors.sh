#!/bin/sh
# The actors screen lists every person, place and organisation with its
# kind and counts, most mentioned first; f filters it by name and kind;
# Enter lists the articles that name the actor, the name highlighted in
# each, and Enter there opens the article at that mention.  An actor with
# no statements opens on the articles that name it.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (2"
    keys A
    wait_for "Actors: people, places and organisations"
    wait_for "Donald Trump  person · 26 mentions · 2 articles"
    wait_for "Russia  place ·"
    wait_for "White House  organisation ·"
    # most mentioned first
    first=$(screen | sed -n '2p')
    case "$first" in "Donald Trump "*) ok ;; *) fail "not most mentioned first: $first" ;; esac
    # f: places only
    keys f
    keys -l "place"
    keys Enter
    wait_for "Actors: places"
    wait_gone "Donald Trump"
    wait_for "Russia  place"
    # f: a name
    keys f
    keys C-u
    keys -l "witkoff"
    keys Enter
    wait_for 'matching "witkoff"'
    wait_for "Steve Witkoff  person"
    screen | grep -q "Russia" && fail "the name filter kept Russia"; ok
    # Enter: the articles that name him, his name marked in each
    keys Enter
    wait_for "Articles naming Steve Witkoff"
    wait_for "NBC News ·"
    wait_for "FOX News ·"
    plain=$(attr_of "held a three-hour") || fail "no words around the FOX mention"
    name=$(attr_of "Steve Witkoff,") || fail "the name is not in the FOX snippet"
    [ "$name" != "$plain" ] || fail "the name is not highlighted in the snippet"; ok
    # Enter on the FOX article: opened at the mention
    keys j Enter
    wait_for "mention 1 of"
    keys q q q
    wait_for "Articles (2"
    # a person with no statements (Steve Witkoff) from the actor prompt
    keys a
    keys -l "steve witkoff"
    keys Enter
    wait_for "no statements; Steve Witkoff: named in 2 articles"
    wait_for "Articles naming Steve Witkoff"
    keys Q
    wait_for "EXIT=0"
done
done_ok
