#!/usr/bin/env python3
"""End-to-end terminal figures for kam, through tmux, with visidata beside them.

For each portfolio size: the time from launch to the first drawn account list (the first
account's row on screen: a large file shows its first accounts while the rest loads), the
time until the full list's total is shown (`Total (N)`, after the whole file has loaded),
and the bytes kam writes to the terminal per cursor move at 80x24 (tmux pipe-pane), once
loaded. visidata is timed to its first screen of the same accounts, given as a JSON array.
Once loaded (and a few seconds on, after the cursor moves), it shows each top-level screen
in turn (keys 2-9, then 1) and times each key to that screen's first frame; on Linux it also
reads kam's peak resident memory (VmHWM in /proc) once the list has loaded and after each
screen: the peak memory with the portfolio open, as a user who looks at every screen makes it.

    swift build -c release
    scripts/measure-terminal.py [--sizes 10000,100000] [--runs 3] [--kam .build/release/kam]

Workspaces are cached in $KAM_BENCH_CACHE (default /tmp/kam-bench), never in git.
visidata is installed with pip when missing; if that fails it is skipped with a message.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.environ.get("KAM_BENCH_CACHE", "/tmp/kam-bench")
SOCKET = f"kam-measure-{os.getpid()}"


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET, *args], check=check, capture_output=True, text=True)


def capture():
    return tmux("capture-pane", "-p", check=False).stdout


def wait_for(predicate, timeout, every=0.002):
    """Polls the pane every `every` seconds until predicate(text) holds; returns the time it
    held, or None. Each poll runs a tmux client: poll a long load less often, or the polling
    takes the cores from kam."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate(capture()):
            return time.monotonic()
        time.sleep(every)
    return None


def wait_quiet(path, quiet=0.15, timeout=10):
    """Waits until the file at path stops growing for `quiet` seconds; returns its size."""
    end = time.monotonic() + timeout
    size, since = -1, time.monotonic()
    while time.monotonic() < end:
        now = os.path.getsize(path) if os.path.exists(path) else 0
        if now != size:
            size, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return size
        time.sleep(0.01)
    return size


def wait_stable(quiet=0.5, timeout=60):
    """Waits until the pane has not changed for `quiet` seconds; returns its text."""
    end = time.monotonic() + timeout
    text, since = capture(), time.monotonic()
    while time.monotonic() < end:
        time.sleep(0.05)
        now = capture()
        if now != text:
            text, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            break
    return text


def peak_memory_mb():
    """kam's peak resident memory so far in MB (VmHWM of the pane's process), or None."""
    pid = tmux("display-message", "-p", "#{pane_pid}", check=False).stdout.strip()
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


def screen_title(text):
    """The screen's name in the title bar ("Demo portfolio › Scorecard   2026Q3")."""
    lines = text.splitlines()
    return re.sub(r"\s{2,}.*", "", lines[0].split("›")[-1].strip()) if lines else ""


def measure_screens():
    """Each top-level screen's first showing (keys 2, 3, ... until one opens no screen, then
    back to 1): [(screen title, ms from the key to its frame, peak MB after it)]. The time is
    from sending the key to the new screen's title on the pane (the frame is painted whole),
    polled every 2 ms; the memory is the process peak so far, the first entry the list's."""
    shown = [(screen_title(capture()), None, peak_memory_mb())]

    def show(key):
        before = screen_title(capture())
        sent = time.monotonic()
        tmux("send-keys", key)
        switched = wait_for(lambda text: screen_title(text) != before, timeout=30)
        if switched is not None:
            shown.append((screen_title(wait_stable()), (switched - sent) * 1000, peak_memory_mb()))
        return switched is not None

    for key in "23456789":
        if not show(key):
            break
    show("1")
    return [entry for entry in shown if entry[2] is not None]


def launch(command, env):
    """Starts command in a detached 80x24 tmux session; returns the launch time."""
    tmux("kill-server", check=False)
    start = time.monotonic()
    subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24",
                    "env", *[f"{k}={v}" for k, v in env.items()], *command], check=True)
    return start


def workspace(kam, accounts):
    path = f"{CACHE}/demo-{accounts}.json"
    if not os.path.exists(path):
        os.makedirs(CACHE, exist_ok=True)
        print(f"generating {path} ...", file=sys.stderr)
        subprocess.run([kam, "demo", "--accounts", str(accounts), "--output", path], check=True,
                       stdout=subprocess.DEVNULL)
    return path


def accounts_array(path, accounts):
    """The accounts of a workspace as a JSON array file, for visidata."""
    out = f"{CACHE}/accounts-{accounts}.json"
    if not os.path.exists(out):
        with open(path) as f:
            data = json.load(f)
        with open(out, "w") as f:
            json.dump(data["accounts"], f)
    return out


def first_account_name(path):
    """The first account's name, from the file's first megabyte (the list cuts long names)."""
    with open(path, "rb") as f:
        head = f.read(1 << 20).decode("utf-8", "replace")
    match = re.search(r'"accounts": \[\s*\{\s*"id": "[^"]*",\s*"name": "([^"]*)"', head)
    if not match:
        sys.exit(f"{path}: no first account in its first megabyte")
    return match.group(1)[:10]


# "Total (10000)", or "Total 100000" where the count in brackets does not fit the column.
FULL_TOTAL = re.compile(r"Total \(?\d")


def measure_kam(kam, path, runs, moves, settle=0):
    home = tempfile.mkdtemp(prefix="kam-measure-")
    env = {"TERM": "tmux-256color", "LANG": "C.UTF-8", "HOME": home, "XDG_CONFIG_HOME": f"{home}/config",
           "XDG_DATA_HOME": f"{home}/data", "XDG_STATE_HOME": f"{home}/state"}
    first_name = first_account_name(path)
    opens, fulls, per_move, screens = [], [], [], []
    for run in range(runs):
        start = launch([kam, path], env)
        # The first drawn list: the first account's row is on screen (with its figures).
        shown = wait_for(lambda text: first_name in text and "Total" in text, timeout=120)
        if shown is None:
            print("kam: the account list did not appear; pane:\n" + capture(), file=sys.stderr)
            sys.exit(1)
        loaded = wait_for(lambda text: FULL_TOTAL.search(text) is not None, timeout=300, every=0.02)
        if loaded is None:
            print("kam: the full list did not appear; pane:\n" + capture(), file=sys.stderr)
            sys.exit(1)
        opens.append((shown - start) * 1000)
        fulls.append((loaded - start) * 1000)
        if run == 0:
            log = f"{home}/pane.log"
            time.sleep(0.3 + settle)
            tmux("pipe-pane", "-o", f"cat >> {log}")
            before = wait_quiet(log)
            for _ in range(moves):
                tmux("send-keys", "j")
                after = wait_quiet(log)
                per_move.append(after - before)
                before = after
            tmux("pipe-pane")
            screens = measure_screens()
        tmux("send-keys", "q")
        time.sleep(0.2)
        tmux("kill-server", check=False)
    shutil.rmtree(home, ignore_errors=True)
    return opens, fulls, per_move, screens


def ensure_visidata():
    if shutil.which("vd"):
        return True
    print("visidata missing: pip install visidata ...", file=sys.stderr)
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "visidata"], capture_output=True, text=True)
    if result.returncode != 0 or not shutil.which("vd"):
        print("visidata could not be installed; skipping the comparison.\n" + result.stderr[-500:], file=sys.stderr)
        return False
    return True


def measure_visidata(path, accounts, runs):
    array = accounts_array(path, accounts)
    first_id = "ACC-00001"
    times = []
    home = tempfile.mkdtemp(prefix="vd-measure-")
    for _ in range(runs):
        start = launch(["vd", "--quitguard=False", array], {"TERM": "tmux-256color", "HOME": home})
        shown = wait_for(lambda text: first_id in text, timeout=120)
        if shown is None:
            print("visidata: no first screen; pane:\n" + capture(), file=sys.stderr)
            times.append(float("nan"))
        else:
            times.append((shown - start) * 1000)
        tmux("kill-server", check=False)
    shutil.rmtree(home, ignore_errors=True)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--moves", type=int, default=10)
    parser.add_argument("--kam", default=os.path.join(ROOT, ".build/release/kam"))
    parser.add_argument("--no-visidata", action="store_true")
    parser.add_argument("--settle", type=float, default=0,
                        help="seconds to wait once loaded before the cursor moves and the screens are shown")
    args = parser.parse_args()
    if not os.path.exists(args.kam):
        sys.exit(f"{args.kam} not found: run swift build -c release first")
    visidata = not args.no_visidata and ensure_visidata()
    print(f"{'accounts':>9}  {'kam first list ms':>18}  {'kam full list ms':>17}  {'bytes/cursor move':>18}"
          f"  {'peak MB':>8}  {'visidata ms':>12}   (medians)")
    try:
        for accounts in [int(s) for s in args.sizes.split(",")]:
            path = workspace(args.kam, accounts)
            opens, fulls, moves, screens = measure_kam(args.kam, path, args.runs, args.moves, args.settle)
            vd = measure_visidata(path, accounts, args.runs) if visidata else []
            vd_text = f"{statistics.median(vd):.0f}" if vd else "skipped"
            peak_text = f"{max(mb for _, _, mb in screens):.0f}" if screens else "n/a"
            print(f"{accounts:>9}  {statistics.median(opens):>18.0f}  {statistics.median(fulls):>17.0f}"
                  f"  {statistics.mean(moves):>18.1f}  {peak_text:>8}  {vd_text:>12}")
            if screens:
                print("           peak memory after: " + ", ".join(f"{name} {mb:.0f} MB" for name, _, mb in screens))
                print("           key to first frame of each screen: "
                      + ", ".join(f"{name} {ms:.0f} ms" for name, ms, _ in screens if ms is not None))
            print(f"           kam first list runs: {', '.join(f'{t:.0f}' for t in opens)};"
                  f" full list runs: {', '.join(f'{t:.0f}' for t in fulls)}; per move: {moves}"
                  + (f"; visidata runs: {', '.join(f'{t:.0f}' for t in vd)}" if vd else ""))
    finally:
        tmux("kill-server", check=False)


if __name__ == "__main__":
    main()
