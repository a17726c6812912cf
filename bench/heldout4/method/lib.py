# -*- coding: utf-8 -*-
"""Helpers shared by build_questions.py and validate.py: course filters and target table."""
import json, datetime as dt
D = dt.date
TODAY = D(2026, 11, 23)
R = json.load(open("/work/blind4/out/courses_meta.json"))
BY = {r["code"]: r for r in R}

def _sd(r):
    return D.fromisoformat(r["start"])

def active(r):
    return r["status"] in ("Mở đăng ký", "Dự kiến") and (r["planned"] or _sd(r) >= TODAY)

def F(prov=None, topic=None, aud=None, otype=None, mode=None, month=None, months=None, quarter=None,
      org=None, planned=True, nearest=False, status=None, year=None, title=None, n=None):
    out = []
    for r in R:
        if status:
            if r["status"] != status:
                continue
        elif not active(r):
            continue
        if prov and r["prov"] not in ([prov] if isinstance(prov, str) else prov):
            continue
        if topic and r["topic"] not in ([topic] if isinstance(topic, str) else topic):
            continue
        if aud and not set(aud if isinstance(aud, list) else [aud]) & set(r["aud"]):
            continue
        if otype and r["otype"] not in ([otype] if isinstance(otype, str) else otype):
            continue
        if mode == "online" and r["mode"] not in ("Trực tuyến", "Kết hợp (trực tiếp và trực tuyến)"):
            continue
        if mode == "tt" and r["mode"] != "Trực tuyến":
            continue
        if mode == "off" and r["mode"] == "Trực tuyến":
            continue
        if org and org.lower() not in r["org"].lower():
            continue
        if title and title.lower() not in r["title"].lower():
            continue
        if not planned and r["planned"]:
            continue
        s = _sd(r)
        pl = r["planned"]
        if month:
            if pl and pl[0] == "quy":
                continue
            if (s.year, s.month) != tuple(month):
                continue
        if months:
            if pl and pl[0] == "quy":
                continue
            if (s.year, s.month) not in [tuple(x) for x in months]:
                continue
        if quarter:
            y, q = quarter
            if s.year != y or (s.month - 1) // 3 + 1 != q:
                continue
        if year and s.year != year:
            continue
        out.append(r)
    out.sort(key=lambda r: (r["start"], r["code"]))
    if nearest:
        out = [x for x in out if not x["planned"]][:1]
    if n is not None:
        out = out[:n]
    return [r["code"] for r in out]

def dmy(iso):
    d = D.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"
