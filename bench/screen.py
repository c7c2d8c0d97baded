#!/usr/bin/env python3
"""Drives a full-screen program in a private tmux server and times it.

  screen.py first-screen [--runs N] -- CMD...
      Milliseconds from starting CMD until its screen stops changing (the
      time of the last change before it stays still for --settle ms), median
      of N runs, minus the same for a program that just prints a screenful
      (tmux's own cost).  Prints one number.
  screen.py keys-time [--runs N] --prep KEYS --go KEYS -- CMD...
      Starts CMD, waits until it settles, sends --prep keys, waits again,
      then times --go keys until the screen settles.  KEYS are tmux key
      names separated by spaces; text is sent literally with "lit:TEXT".
  screen.py peak-rss --keys KEYS -- CMD...
      Runs CMD under /usr/bin/time (or a Python wrapper), browses with
      KEYS, quits with q, and prints its peak resident set size in KB.
  screen.py first-output [--runs N] -- CMD...
      Milliseconds from starting CMD on a pseudo-terminal of its own (no
      tmux) until the last byte it writes before it stays silent for
      --settle ms, median of N runs: the first screen timed to the byte,
      where polling tmux costs a few ms a look.  Prints one number.

Every run uses a 120x40 window.  Exit status 2 when the program never drew.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

SOCK = f"nrbench{os.getpid()}"


def tmux(*args, check=False):
    r = subprocess.run(["tmux", "-L", SOCK, "-f", "/dev/null", *args],
                       capture_output=True, text=True)
    if check and r.returncode != 0:
        raise RuntimeError(f"tmux {' '.join(args)}: {r.stderr.strip()}")
    return r


def capture(target):
    r = tmux("capture-pane", "-p", "-t", target)
    return r.stdout if r.returncode == 0 else None


def settle(target, t0, settle_ms, limit_s=10.0, blank_start=True):
    """Polls until the screen has not changed for settle_ms; returns the
    time of the last change relative to t0 (s), or None if nothing drew."""
    last = "" if blank_start else (capture(target) or "")
    last_change = None
    still_since = time.perf_counter()
    while True:
        cur = capture(target)
        now = time.perf_counter()
        if cur is None or now - t0 > limit_s:   # ended, or never still
            break
        if cur.strip() == "" and last.strip() == "":
            cur = last
        if cur != last:
            last, last_change, still_since = cur, now, now
        elif (now - still_since) * 1000 >= settle_ms:
            break
    return None if last_change is None else last_change - t0


def start(name, cmd):
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40",
         " ".join(shlex.quote(c) for c in cmd), check=True)


def kill(name):
    tmux("kill-session", "-t", name)


def first_screen_once(cmd, i, settle_ms):
    name = f"r{i}"
    t0 = time.perf_counter()
    start(name, cmd)
    t = settle(name, t0, settle_ms)
    kill(name)
    return t


def median_first_screen(cmd, runs, settle_ms):
    got = [first_screen_once(cmd, i, settle_ms) for i in range(runs)]
    got = [g for g in got if g is not None]
    return statistics.median(got) if got else None


def first_output_once(cmd, settle_ms):
    """Seconds from fork to the last output byte before settle_ms of
    silence, on a 120x40 pseudo-terminal; None when nothing came."""
    import fcntl
    import pty
    import select
    import signal
    import struct
    import termios
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    last = None
    deadline = t0 + 10
    try:
        while time.perf_counter() < deadline:
            r, _w, _x = select.select([fd], [], [], settle_ms / 1000)
            if not r:
                if last is not None:
                    break
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            last = time.perf_counter()
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    return None if last is None else last - t0


def send(target, keys):
    for k in keys.split():
        if k.startswith("lit:"):
            tmux("send-keys", "-t", target, "-l", k[4:])
        else:
            tmux("send-keys", "-t", target, k)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["first-screen", "keys-time", "peak-rss", "first-output"])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--settle", type=int, default=400, help="ms of stillness")
    ap.add_argument("--prep", default="")
    ap.add_argument("--go", default="")
    ap.add_argument("--keys", default="")
    argv = sys.argv[1:]
    if "--" not in argv:
        ap.error("the command goes after --")
    cut = argv.index("--")
    a = ap.parse_args(argv[:cut])
    cmd = argv[cut + 1:]
    if a.mode == "first-output":
        got = [first_output_once(cmd, a.settle) for _ in range(a.runs)]
        got = [g for g in got if g is not None]
        if not got:
            sys.exit(2)
        print(f"{statistics.median(got) * 1000:.1f}")
        return
    tmux("new-session", "-d", "-s", "keep", "-x", "120", "-y", "40", "sleep 600", check=True)
    try:
        if a.mode == "first-screen":
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
                for i in range(38):
                    f.write(f"line {i:02d} " + "x" * 100 + "\n")
                screenful = f.name
            base = median_first_screen(["sh", "-c", f"cat {screenful}; sleep 30"],
                                       a.runs, a.settle)
            t = median_first_screen(cmd, a.runs, a.settle)
            os.unlink(screenful)
            if t is None:
                sys.exit(2)
            print(f"{max(0.0, t - (base or 0)) * 1000:.1f}")
        elif a.mode == "keys-time":
            got = []
            for i in range(a.runs):
                name = f"k{i}"
                t0 = time.perf_counter()
                start(name, cmd)
                if settle(name, t0, a.settle) is None:
                    kill(name)
                    continue
                send(name, a.prep)
                settle(name, time.perf_counter(), a.settle, blank_start=False)
                t0 = time.perf_counter()
                send(name, a.go)
                t = settle(name, t0, a.settle, blank_start=False)
                kill(name)
                if t is not None:
                    got.append(t)
            if not got:
                sys.exit(2)
            print(f"{statistics.median(got) * 1000:.1f}")
        else:
            fd, out = tempfile.mkstemp(suffix=".rss")
            os.close(fd)
            if os.access("/usr/bin/time", os.X_OK):
                wrapped = ["/usr/bin/time", "-f", "%M", "-o", out, *cmd]
            else:
                wrapped = [sys.executable, "-c",
                           "import os,resource,subprocess,sys;"
                           "subprocess.run(sys.argv[2:]);"
                           "open(sys.argv[1],'w').write(str(resource.getrusage("
                           "resource.RUSAGE_CHILDREN).ru_maxrss))", out, *cmd]
            start("m", wrapped)
            settle("m", time.perf_counter(), a.settle)
            for k in a.keys.split():
                send("m", k)
                settle("m", time.perf_counter(), 150, 5.0, blank_start=False)
            for _ in range(6):
                if capture("m") is None:
                    break
                send("m", "Escape q")
                time.sleep(0.3)
            kill("m")
            time.sleep(0.2)
            try:
                kb = open(out).read().strip().splitlines()[-1]
                print(int(kb))
            except (ValueError, IndexError, OSError):
                sys.exit(2)
            finally:
                os.unlink(out)
    finally:
        tmux("kill-server")


if __name__ == "__main__":
    main()
