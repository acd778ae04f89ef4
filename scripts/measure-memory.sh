#!/bin/bash
# Peak memory of the cockpit on a copy of the demo workspace, in tmux at 80x24, after
# each step: loaded, every top-level screen shown, one edit (an account's tier), a save,
# an undo, the scorecard again, two quarters back. Reads VmHWM (the process's peak
# resident memory).
#
#   scripts/measure-memory.sh [ACCOUNTS] [KAM]     # default 100000, .build/release/kam
#
# The demo file is generated once into $KAM_BENCH_CACHE (default /tmp/kam-bench).
set -euo pipefail
accounts=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
kam=${2:-$root/.build/release/kam}
cache=${KAM_BENCH_CACHE:-/tmp/kam-bench}
command -v tmux >/dev/null || { echo "measure-memory: tmux is not installed" >&2; exit 2; }
mkdir -p "$cache"
demo=$cache/demo-$accounts.json
[ -f "$demo" ] || "$kam" demo --accounts "$accounts" -o "$demo" >/dev/null
copy=$cache/memory-$accounts.json
cp "$demo" "$copy"
rm -f "$copy.bak" "$cache/.memory-$accounts.json.kam-journal"
session=kam-memory-$$
trap 'tmux kill-session -t $session 2>/dev/null || true' EXIT
tmux new-session -d -x 80 -y 24 -s $session "exec $kam $copy"
pid=$(tmux display -p -t $session '#{pane_pid}')
peak() { printf '%-32s %s\n' "$1" "$(awk '/VmHWM/{printf "peak %d MB", $2/1024} /VmRSS/{printf ", now %d MB", $2/1024}' /proc/$pid/status)"; }
screen() { tmux capture-pane -p -t $session; }
until screen | grep -q "Total $accounts\|Total ($accounts)"; do sleep 0.2; done
sleep 2; peak "loaded"
for key in 2 3 4 5 1; do tmux send-keys -t $session $key; sleep 1.5; done
peak "every screen shown"
tmux send-keys -t $session t; sleep 0.5; tmux send-keys -t $session g; sleep 0.3; tmux send-keys -t $session Enter
until screen | head -1 | grep -q '\[+\]'; do sleep 0.2; done
sleep 3; peak "one edit (a tier)"
tmux send-keys -t $session C-s
until screen | grep -q "saved $copy"; do sleep 0.2; done
sleep 1; peak "saved"
tmux send-keys -t $session u; sleep 3; peak "undone"
tmux send-keys -t $session 2; sleep 3; peak "the scorecard again"
tmux send-keys -t $session 1 '['; sleep 4; peak "the list, a quarter back"
tmux send-keys -t $session '['; sleep 4; peak "another quarter back"
tmux send-keys -t $session ':q!' Enter
sleep 1
