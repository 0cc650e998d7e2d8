#!/usr/bin/env bash
# Accepts received snapshots: each Snapshots/*.received.cs replaces its *.verified.cs.
# Run it only after reviewing the diffs (git diff shows them once accepted; nothing is committed for you).
set -euo pipefail
cd "$(dirname "$0")/Snapshots"
shopt -s nullglob
for received in *.received.cs; do
  mv -- "$received" "${received%.received.cs}.verified.cs"
  echo "accepted ${received%.received.cs}"
done
