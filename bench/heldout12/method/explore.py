#!/usr/bin/env python3
"""Print the plan as validate.py derives it (to help write questions by hand)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import validate as V
C = V.load_courses(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "courses.csv"))
for c in sorted(C.values(), key=lambda c: (c["province"], c["sort"])):
    r = c["row"]
    flag = ("UP" if c["upcoming"] else "--") + ("R" if c["registrable"] else " ")
    print(f'{flag} {c["province"][:8]:8} {c["code"]:22} {c["sort"]} {"P" if c["planned"] else " "} {c["topic"]} {c["form"][:3]} '
          f'{",".join(sorted(c["aud"])):22} {c["area"] or "-":10} | {r["Tên lớp"][:60]} | {r["Ngày bắt đầu"]} | {r["Địa điểm"][:40]}')
print(V.ERR)
