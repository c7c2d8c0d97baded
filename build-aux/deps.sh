#!/bin/sh
# deps.sh: installs the Debian/Ubuntu packages that newsroom's build or tests
# need and this system lacks, saying what it installs: with apt-get as root,
# through sudo otherwise.  On a system without apt-get it names the packages
# and fails.  Called by `make`, `make run`, `make check` and `make install-deps`
# with the Makefile's lists; nothing is done when nothing is missing.
#
# Usage: build-aux/deps.sh ITEM...
#   lib:MODULE:PACKAGE   a library pkg-config knows as MODULE
#   cmd:COMMAND:PACKAGE  a program (a name on PATH, or an absolute path)
# Environment:
#   NEWSROOM_NO_INSTALL=1  only name what is missing (exit 1 when anything is)
#   PKG_CONFIG             the pkg-config program (default pkg-config)
set -u
pc=${PKG_CONFIG:-pkg-config}
have_pc=0
command -v "$pc" >/dev/null 2>&1 && have_pc=1

missing=""
add() { # PACKAGE: once each, in the order first met
    case " $missing " in *" $1 "*) ;; *) missing="${missing:+$missing }$1" ;; esac
}
for item in "$@"; do
    kind=${item%%:*}
    rest=${item#*:}
    what=${rest%:*}
    pkg=${rest##*:}
    case $kind in
    lib)
        if [ $have_pc = 0 ]; then
            add pkg-config
            add "$pkg"
        elif ! "$pc" --exists "$what" 2>/dev/null; then
            add "$pkg"
        fi ;;
    cmd)
        command -v "$what" >/dev/null 2>&1 || add "$pkg" ;;
    *)
        echo "deps.sh: bad item '$item' (lib:MODULE:PACKAGE or cmd:COMMAND:PACKAGE)" >&2
        exit 2 ;;
    esac
done
[ -n "$missing" ] || exit 0

if [ -n "${NEWSROOM_NO_INSTALL:-}" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "newsroom needs these packages (Debian/Ubuntu names): $missing" >&2
    command -v apt-get >/dev/null 2>&1 || echo "(no apt-get here: install their equivalents with this system's package manager)" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "newsroom needs these packages: $missing" >&2
    echo "as root, run: apt-get install -y $missing" >&2
    exit 1
fi

echo "installing what newsroom needs: $missing${as_root:+ (through sudo)}" >&2
apt_install() {
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}
# shellcheck disable=SC2086  # the package names are words
if ! apt_install $missing; then
    # a fresh system (a container, a chroot) may have no package lists yet
    echo "updating the package lists, then trying again" >&2
    $as_root apt-get update || exit 1
    apt_install $missing || {
        echo "newsroom: could not install: $missing" >&2
        exit 1
    }
fi
