#!/usr/bin/env bash
# Smoke test of the Native AOT build: answers recorded in plain mode must be read back, by a second plain
# session and by the text UI in a real terminal (tmux). Under AOT a storage mapping that silently stored empty
# documents would show up here as missing answers.
# Usage: tests/smoke/aot-smoke.sh PATH/TO/hitquiz
set -euo pipefail
bin=${1:?usage: aot-smoke.sh PATH/TO/hitquiz}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'tmux -L hitquiz-smoke kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
db="$work/smoke.db"
export HITQUIZ_CACHE="$work/cache"   # generated questions are cached here, not in the user's cache folder
common=(--db "$db" --learner smoke --questions "$root/questions")

fail() { echo "aot-smoke: $*" >&2; exit 1; }

"$bin" --version >/dev/null || fail "--version failed"
# The commands binary stays free of the text UI library (hitquiz-tui has it), or every command pays for its start-up.
if grep -q "Terminal\.Gui" "$bin"; then fail "$bin links the text UI library (Terminal.Gui); only hitquiz-tui may"; fi
"$bin" check --questions "$root/questions" >/dev/null || fail "check found errors in the shipped questions"
printf '1\n1\n1\n' | "$bin" practice --plain --count 3 --seed 7 "${common[@]}" >"$work/first.txt" || fail "first plain session failed"
grep -q "^Score: [0-3]/3 " "$work/first.txt" || fail "first session printed no score"
printf '1\n1\nsubmit\n' | "$bin" practice --plain --mode exam --count 2 --seed 7 "${common[@]}" >"$work/exam.txt" || fail "plain exam failed"
grep -q "^Exam score: [0-2]/2 .* 2 answered" "$work/exam.txt" || fail "the exam printed no score"

# The text UI reads the totals back from the database.
tmux -u -L hitquiz-smoke new-session -d -s smoke -x 100 -y 30 "$bin ${common[*]}; sleep 30"
for _ in $(seq 100); do
    screen=$(tmux -u -L hitquiz-smoke capture-pane -p -t smoke)
    grep -q "Answered so far" <<<"$screen" && break
    sleep 0.1
done
grep -q "Answered so far: 5 " <<<"$screen" || { echo "$screen" >&2; fail "the text UI did not read back the 5 answers"; }
tmux -u -L hitquiz-smoke send-keys -t smoke q
echo "aot-smoke: ok (5 answers, 2 of them in an exam, recorded and read back under Native AOT)"
