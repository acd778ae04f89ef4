#!/usr/bin/env python3
"""Times an edit in the cockpit at portfolio scale, through tmux (80x24).

Opens a copy of the demo workspace, waits for the whole list, shows every top-level screen
(keys 2-5, then 1; each key timed to its screen's first frame), then changes the first
account's tier (`t`, `g`, Enter) and times Enter to the frame that shows `[+]`, then the
switch to the scorecard after it. The copy and its journal live in a temporary folder.

    swift build -c release
    scripts/measure-edit.py [--accounts 100000] [--kam .build/release/kam]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("KAM_BENCH_CACHE", "/tmp/kam-bench")
SOCKET = f"kam-edit-{os.getpid()}"


def tmux(*args):
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)


def title():
    lines = tmux("capture-pane", "-p").stdout.splitlines()
    return lines[0] if lines else ""


def wait_for(predicate, timeout=300, every=0.005):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        text = tmux("capture-pane", "-p").stdout
        if predicate(text):
            return time.monotonic()
        time.sleep(every)
    sys.exit("timed out; pane:\n" + tmux("capture-pane", "-p").stdout)


def timed_key(key, predicate):
    sent = time.monotonic()
    tmux("send-keys", key)
    return (wait_for(predicate) - sent) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--accounts", type=int, default=100000)
    parser.add_argument("--kam", default=os.path.join(ROOT, ".build/release/kam"))
    args = parser.parse_args()
    source = f"{CACHE}/demo-{args.accounts}.json"
    if not os.path.exists(source):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run([args.kam, "demo", "--accounts", str(args.accounts), "--output", source], check=True,
                       stdout=subprocess.DEVNULL)
    home = tempfile.mkdtemp(prefix="kam-edit-")
    path = f"{home}/workspace.json"
    shutil.copy(source, path)
    env = [f"HOME={home}", f"XDG_CONFIG_HOME={home}/config", f"XDG_STATE_HOME={home}/state",
           f"XDG_DATA_HOME={home}/data", "TERM=tmux-256color", "LANG=C.UTF-8"]
    try:
        tmux("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "env", *env, args.kam, path)
        wait_for(lambda text: re.search(r"Total \(?\d", text) is not None, every=0.1)
        for key, name in [("2", "Scorecard"), ("3", "Profitability"), ("4", "Segmentation"), ("5", "Pipeline"),
                          ("1", "Accounts")]:
            ms = timed_key(key, lambda text, name=name: name in text.splitlines()[0])
            print(f"first showing of {name}: {ms:.0f} ms")
        time.sleep(3)
        tmux("send-keys", "t")
        wait_for(lambda text: "Tier of" in text)
        tmux("send-keys", "g")
        time.sleep(0.3)
        print(f"edit (tier), Enter to the frame with [+]: {timed_key('Enter', lambda t: '[+]' in t.splitlines()[0]):.0f} ms")
        print(f"then Scorecard: {timed_key('2', lambda t: 'Scorecard' in t.splitlines()[0]):.0f} ms")
        tmux("send-keys", ":q!", "Enter")
        time.sleep(1)
    finally:
        tmux("kill-server")
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
