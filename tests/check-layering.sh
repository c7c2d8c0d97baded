#!/bin/sh
# The core (src/) never includes curses nor the browser; only src/main.c may
# call into ui/ (through ui/ui.h).  ui/ reaches the core through src/ headers.
cd "$(dirname "$0")/.." || exit 1
bad=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses|ncursesw/|term\.h|panel\.h)' src/*.c src/*.h 2>/dev/null)
bad2=$(grep -lE '#[[:space:]]*include[[:space:]]*"ui\.h"' src/*.c src/*.h 2>/dev/null | grep -v '^src/main.c$')
bad3=$(grep -lE '#[[:space:]]*include[[:space:]]*"\.\./src/' ui/*.c ui/*.h 2>/dev/null)
if [ -n "$bad$bad2$bad3" ]; then
    echo "layering: core must not include curses or ui/: $bad $bad2 $bad3" >&2
    exit 1
fi
echo "layering: src/ is free of curses"
