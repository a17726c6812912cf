#!/bin/sh
# Rebuild blind set 37 from scratch (fixed seeds 37 / 3737), then validate.
cd "$(dirname "$0")" && python3 gen_data.py && python3 gen_qs.py && cd .. && python3 validate.py
