#!/bin/sh
# Rebuild blind set 38 from scratch (fixed seeds 3801 and 3802), then validate.
set -e
cd "$(dirname "$0")/.."
rm -f courses.csv targets.csv questions.jsonl dialogues.jsonl method/specs.jsonl
python3 method/gen_data.py
python3 method/gen_q.py
python3 validate.py
