# Permission tests mean nothing as root: root writes through permission
# bits.  Sourced after lib.sh; as_unprivileged, run as root, runs the test
# again as nobody (setpriv) from a copy of what it needs that nobody can
# read (the binary, tests/, config/, sample-articles/) and exits with its
# status.  It returns 1 when it cannot (no setpriv): the test goes on as
# root.  As any other user it returns 0 at once.
as_unprivileged() {
    [ "$(id -u)" = 0 ] || return 0
    [ -z "${NEWSROOM_UNPRIV:-}" ] || return 0
    command -v setpriv >/dev/null || return 1
    u=$T/unpriv
    mkdir -p "$u/bin"
    cp "$NEWSROOM" "$u/bin/newsroom"
    cp -r "$NEWSROOM_TOP/tests" "$NEWSROOM_TOP/sample-articles" "$NEWSROOM_TOP/config" "$u/"
    chmod -R a+rX "$u"
    chmod 755 "$T"
    if env LSAN_OPTIONS="suppressions=$u/tests/data/lsan.supp" NEWSROOM_UNPRIV=1 \
        NEWSROOM="$u/bin/newsroom" NEWSROOM_TOP="$u" NEWSROOM_DATADIR="$u/config" TMPDIR=/tmp \
        setpriv --reuid=65534 --regid=65534 --clear-groups sh "$u/tests/$(basename "$(dirname "$0")")/$(basename "$0")"; then
        exit 0
    else
        exit $?
    fi
}
