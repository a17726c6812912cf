"""Render spec_courses.py into an office-style courses.csv (each union in its own date habit)
and dump canonical records (records.json) used by build_questions.py."""
import csv, json, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import spec_courses as S

OUT = os.path.join(os.path.dirname(__file__), "..")
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
WD_LONG = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]

def P(s):
    """canonical -> (datetime, has_time) or ('M',y,m)/('Q',y,q)"""
    if isinstance(s, tuple):
        k, v = s
        y, n = v.split("-")
        return (k, int(y), int(n))
    if " " in s:
        return (dt.datetime.strptime(s, "%Y-%m-%d %H:%M"), True)
    return (dt.datetime.strptime(s, "%Y-%m-%d").replace(hour=8), False)

def dmy(d, pad=True):
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"

def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"

def planned(p, habit):
    k, y, n = p
    if k == "M":
        return {"comma": f"T{n}/{y}", "thang": f"tháng {n} năm {y}", "tuan": f"Tuần 2 tháng {n}/{y}",
                "dash": f"cuối tháng {n}/{y}"}.get(habit, f"Tháng {n}/{y}")
    return {"tuan": f"Q{n}/{y}"}.get(habit, f"Quý {ROMAN[n-1]}/{y}")

def render_start(r, habit, idx):
    """returns (start_cell, end_cell)"""
    p = P(r["start"])
    if p[0] in ("M", "Q"):
        return planned(p, habit), ""
    d, has_t = p
    e = P(r["end"]) if r.get("end") else None
    ed, e_t = (e if e else (None, False))
    same_day = ed is not None and ed.date() == d.date()
    # end cell default
    def endcell(fmt="dmy"):
        if ed is None or (same_day and not e_t):
            return ""
        if fmt == "iso":
            return ed.strftime("%Y-%m-%d %H:%M") if e_t else ed.strftime("%Y-%m-%d")
        return f"{dmy(ed)} {hm(ed)}" if e_t else dmy(ed)
    plain_range = (not has_t) and ed is not None and not e_t and ed.date() > d.date()
    if habit == "hngay":
        if plain_range and ed.month == d.month and ed.year == d.year:
            return f"{d.day}-{ed.day}/{d.month}/{d.year}", ""
        if has_t:
            return f"{d.hour}h{d.minute:02d} ngày {d.day}/{d.month}/{d.year}", endcell()
        return dmy(d, False), endcell()
    if habit in ("buoi", "toi"):
        if has_t and (d.hour, d.minute) == (18, 30):
            return f"Tối {dmy(d)}", endcell()
        if has_t and (d.hour, d.minute) == (13, 30):
            return f"Chiều {dmy(d)}", endcell()
        if has_t and d.hour >= 17:
            return f"{d.hour-12}h{d.minute:02d} tối {dmy(d)}", endcell()
        if has_t:
            return f"{d.hour}h{d.minute:02d} ngày {dmy(d)}", endcell()
        if d.weekday() == 6:
            return f"CN {dmy(d)}", endcell()
        return f"Sáng {dmy(d)}", endcell()
    if habit == "iso":
        return (d.strftime("%Y-%m-%d %H:%M") if has_t else d.strftime("%Y-%m-%d")), endcell("iso")
    if habit == "thu":
        if has_t and (d.hour, d.minute) == (18, 30):
            return f"Tối {dmy(d)}", endcell()
        if has_t and (d.hour, d.minute) == (13, 30):
            return f"Chiều {dmy(d)}", endcell()
        if has_t:
            return f"{dmy(d)} {hm(d)}", endcell()
        return f"{WD_LONG[d.weekday()]}, {dmy(d)}", endcell()
    if habit == "tuden":
        if plain_range and ed.year == d.year:
            return f"Từ {d.day:02d}/{d.month:02d} đến {ed.day:02d}/{ed.month:02d}/{d.year}", ""
        return (f"{dmy(d)} {hm(d)}" if has_t else dmy(d)), endcell()
    if habit in ("dmy", "thang"):
        return (f"{dmy(d)} {hm(d)}" if has_t else dmy(d)), endcell()
    if habit == "dshort":
        if has_t and (d.hour, d.minute) == (18, 30):
            return f"Tối {dmy(d, False)}", endcell()
        return (f"{dmy(d, False)} {hm(d)}" if has_t else dmy(d, False)), endcell()
    if habit == "hngay2":
        return (f"{d.hour}h{d.minute:02d} ngày {dmy(d)}" if has_t else dmy(d)), endcell()
    if habit == "dash":
        if plain_range and ed.year == d.year:
            return f"{d.day:02d}/{d.month:02d} - {ed.day:02d}/{ed.month:02d}/{d.year}", ""
        return (f"{dmy(d)} {hm(d)}" if has_t else dmy(d)), endcell()
    if habit == "tcn":
        if has_t and (d.hour, d.minute) == (18, 30):
            return f"Tối {dmy(d)}", endcell()
        if has_t:
            return f"{dmy(d)} {hm(d)}", endcell()
        return f"{WD_SHORT[d.weekday()]} {dmy(d)}", endcell()
    if habit == "serial":
        if has_t:
            return f"{dmy(d)} {hm(d)}", endcell()
        serial = (d.date() - dt.date(1899, 12, 30)).days
        if idx % 2:
            return d.strftime("%Y-%m-%d 00:00:00"), endcell()
        return str(serial), endcell()
    if habit == "comma":
        if plain_range and ed.month == d.month and ed.year == d.year:
            n = (ed.date() - d.date()).days
            if n == 1:
                sep = ", " if idx % 2 else " và "
                return f"{d.day}{sep}{ed.day}/{d.month}/{d.year}", ""
            return f"{d.day}-{ed.day}/{d.month}/{d.year}", ""
        return (f"{dmy(d, False)} {hm(d)}" if has_t else dmy(d, False)), endcell()
    if habit == "sang":
        if has_t and (d.hour, d.minute) == (13, 30):
            return f"Chiều {dmy(d)}", endcell()
        if has_t:
            return f"{dmy(d)} {hm(d)}", endcell()
        return f"Sáng {dmy(d)}", endcell()
    if habit == "tuan":
        if has_t:
            return f"{dmy(d)} {hm(d)}", endcell()
        return f"{WD_SHORT[d.weekday()]} {dmy(d)}", endcell()
    if habit == "hm":
        return f"{dmy(d)} {hm(d)}", endcell()
    raise ValueError(habit)

def render_dl(s, habit):
    if not s:
        return ""
    d = dt.datetime.strptime(s, "%Y-%m-%d")
    return d.strftime("%Y-%m-%d") if habit == "iso" else dmy(d, habit not in ("dshort", "comma", "hngay"))

HEAD = ["STT", "Mã lớp", "Tên lớp học", "Chủ đề", "Đối tượng tham gia", "Đơn vị tổ chức", "Đơn vị phối hợp",
        "Tỉnh/Thành phố", "Địa điểm tổ chức", "Hình thức", "Thời gian tổ chức", "Đến ngày", "Hạn đăng ký",
        "Số ngày", "Số lượng (người)", "Trạng thái", "Ghi chú"]
PROV_SPELL = {"TP.HCM": ["TP.HCM", "TP HCM", "Hồ Chí Minh"], "Hà Nội": ["Hà Nội", "TP Hà Nội"],
              "Hải Phòng": ["Hải Phòng", "TP Hải Phòng"]}
COOP = {S.ATV: "Sở Nội vụ", S.PL: "Trung tâm Tư vấn pháp luật Công đoàn", S.TL: "Viện Công nhân và Công đoàn"}
OPEN_EXPLICIT = {"HN", "DHCD", "DN", "HPKKT"}

def main():
    rows, recs = [], []
    blank = [""] * len(HEAD)
    def line(**kv):
        r = list(blank)
        for k, v in kv.items():
            r[int(k[1:])] = v
        rows.append(r)
    line(c0="TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", c8="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    line(c0="BAN TỔ CHỨC", c8="Độc lập - Tự do - Hạnh phúc")
    line(c0="Số: 215/KH-BTC")
    rows.append(list(blank))
    line(c2="KẾ HOẠCH")
    line(c2="Tổng hợp các lớp đào tạo, bồi dưỡng cán bộ công đoàn của các đơn vị (từ tháng 11/2026 đến tháng 6/2027)")
    rows.append(list(blank))
    rows.append(list(HEAD))
    rows.append([f"({i})" for i in range(1, len(HEAD) + 1)])
    total = 0
    for ui, u in enumerate(S.UNIONS):
        line(c0=ROMAN[ui], c2=u["name"].upper())
        stt = 0
        for si, (sec, classes) in enumerate(u["sections"]):
            if sec and sec.startswith("Đợt"):
                line(c2=sec)
            elif sec:
                line(c2=sec.upper())
            for ci, r in enumerate(classes):
                stt += 1
                total += 1
                st, en = render_start(r, u["habit"], stt)
                prov = r.get("prov", u["prov"])
                spells = PROV_SPELL.get(prov, [prov])
                status = r.get("status", "")
                if not status and u["key"] in OPEN_EXPLICIT and not isinstance(r["start"], tuple) and "note" not in r:
                    status = "Mở đăng ký"
                row = [str(stt), r["code"], r["title"], r["topic"], r["aud"], u["name"],
                       COOP.get(r["topic"], "") if stt % 3 == 0 else "",
                       spells[stt % len(spells)], r["place"], r.get("mode", ""), st, en,
                       render_dl(r.get("dl"), u["habit"]), r.get("days", ""), r.get("seats", ""), status, r.get("note", "")]
                rows.append(row)
                rec = dict(r)
                rec.update(org=u["name"], org_key=u["key"], prov=prov, status=status, section=sec or "")
                recs.append(rec)
    line(c2="Tổng cộng", c16=f"{total} lớp")
    rows.append(list(blank))
    line(c2="Nơi nhận:", c10="TM. BAN THƯỜNG VỤ")
    line(c2="- LĐLĐ các tỉnh, thành phố;", c10="KT. CHỦ TỊCH")
    line(c2="- Công đoàn ngành, Công đoàn các KCN;", c10="PHÓ CHỦ TỊCH")
    line(c2="- Lưu: VT, BTC.", c10="(đã ký)")
    line(c10="Hà Nội, ngày 10 tháng 11 năm 2026")
    with open(os.path.join(OUT, "courses.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(rows)
    with open(os.path.join(os.path.dirname(__file__), "records.json"), "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=0)
    print("classes", total, "unions", len(S.UNIONS))

if __name__ == "__main__":
    main()
