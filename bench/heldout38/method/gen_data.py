# -*- coding: utf-8 -*-
"""Writes courses.csv and targets.csv (blind set 38). Fixed seed."""
import csv, os, random, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import ORGS, TITLES

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NOW = dt.datetime(2026, 11, 23, 9, 0)
R = random.Random(3801)
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
       "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX", "XXXI",
       "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI"]
BATCH_ORGS = {"NAN", "HCM", "THA", "GLI", "DNA", "CTO", "HPG", "DNG", "LDG"}
BATCH_TBA = {"GLI", "CTO"}  # batch 2 row carries the month, class time cell empty


def d2(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def rand_day(lo, hi):
    span = (hi - lo).days
    return lo + dt.timedelta(days=R.randint(0, span))


def upper_name(s):
    return s.upper()


def make_classes():
    rows = []  # (org, section rows)
    for oi, (code, names, prov, places, partner, fams, n, reg) in enumerate(ORGS):
        items = []
        k = 0
        plan = []
        for i in range(n):
            fam = fams[i % len(fams)] if i < len(fams) else R.choice(fams)
            tlist = TITLES[fam]
            t = tlist[0] if (i < len(fams) or len(tlist) == 1 or R.random() < 0.55) else tlist[1]
            plan.append((fam, t))
        batch_plan = []
        if code in BATCH_ORGS:
            t = TITLES["nv"][0]
            batch_plan = [(1, t, "Chủ tịch, Phó Chủ tịch CĐCS"), (1, t, "Ủy viên BCH CĐCS"), (2, t, "Chủ tịch, Phó Chủ tịch CĐCS"),
                          (2, t, "Ủy viên BCH CĐCS")]
            plan = plan[:max(3, n - 4)]
        used_aud = {}
        for fam, (title, topic, auds) in plan:
            key = title
            idx = used_aud.get(key, 0)
            used_aud[key] = idx + 1
            aud = auds[idx % len(auds)]
            items.append({"title": title, "topic": topic, "aud": aud, "batch": None})
        for b, (title, topic, _), aud in [(b, t, a) for b, t, a in batch_plan]:
            items.append({"title": title, "topic": topic, "aud": aud, "batch": b})
        # schedule
        for j, it in enumerate(items):
            k += 1
            it["code"] = "%s-%03d" % (code, k)
            it["org"] = names[0] if len(names) == 1 or R.random() < 0.7 else names[1]
            it["org_code"] = code
            it["prov"] = prov
            pl = places[j % len(places)] if R.random() < 0.8 else R.choice(places)
            it["place"] = pl[0]
            it["partner"] = partner if R.random() < 0.6 else ""
            if it["batch"] == 1:
                start = rand_day(dt.date(2026, 12, 1), dt.date(2026, 12, 20))
            elif it["batch"] == 2:
                start = rand_day(dt.date(2027, 3, 2), dt.date(2027, 3, 26))
            else:
                r = R.random()
                if r < 0.12:
                    start = rand_day(dt.date(2026, 11, 2), dt.date(2026, 11, 20))
                elif r < 0.24:
                    start = rand_day(dt.date(2026, 11, 24), dt.date(2026, 12, 5))
                else:
                    start = rand_day(dt.date(2026, 12, 1), dt.date(2027, 6, 25))
            it["start"] = start
        # spread look-alike dates: same title + same month -> shift
        rows.append((code, names, prov, items))
    return rows


def fill_cells(it):
    """Decide status and write the cells as an office would."""
    s = it["start"]
    it["seats"] = R.choice(["40", "50", "60", "60 người", "khoảng 40 học viên", "50-60", "80", "100", "35"])
    days = R.choice([1, 1, 2, 2, 2, 3, 3, 5])
    style = R.random()
    cells = {"when": "", "end": "", "deadline": "", "days": "", "status": "", "note": "", "mode": "", "place": it["place"]}
    tentative = False
    if it["batch"] == 2 and it["org_code"] in BATCH_TBA:
        tentative = True
        cells["when"] = ""
    elif s >= dt.date(2027, 2, 1) and R.random() < 0.14 and not it["batch"]:
        tentative = True
        if R.random() < 0.7:
            cells["when"] = R.choice(["Tháng %d/%d", "tháng %d/%d", "T%d/%d"]) % (s.month, s.year)
        else:
            q = (s.month - 1) // 3 + 1
            cells["when"] = R.choice(["Quý %s/%d" % (["I", "II", "III", "IV"][q - 1], s.year), "Quý %d/%d" % (q, s.year)])
        cells["status"] = R.choice(["Dự kiến", ""])
    if tentative:
        it["seats"] = R.choice(["50", "60", "khoảng 80 người", "100 (2 lớp)"])
        return cells
    # dated
    if days > 1 and s.month == (s + dt.timedelta(days=days - 1)).month and R.random() < 0.45:
        e = s + dt.timedelta(days=days - 1)
        cells["when"] = R.choice(["%d-%d/%d/%d" % (s.day, e.day, s.month, s.year),
                                  "Từ %02d/%02d đến %s" % (s.day, s.month, d2(e)),
                                  "%02d/%02d - %s" % (s.day, s.month, d2(e))])
        cells["days"] = R.choice(["%d" % days, "%d ngày" % days, ""])
    else:
        r = R.random()
        if r < 0.08:
            # evening class on several evenings
            cells["when"] = "Tối %s" % d2(s)
            n_ev = R.choice([4, 6])
            e = s + dt.timedelta(days=n_ev + 3)
            cells["end"] = d2(e)
            cells["days"] = "%d buổi" % n_ev
            it["evening"] = True
        elif r < 0.18:
            # weekend class: move to Saturday
            s = s + dt.timedelta(days=(5 - s.weekday()) % 7)
            it["start"] = s
            cells["when"] = "%s, %s" % (WD[s.weekday()], d2(s))
            cells["days"] = R.choice(["2", "2 ngày", "1"])
        elif r < 0.28:
            cells["when"] = "Chiều %s" % d2(s)
            cells["days"] = ""
        elif r < 0.36:
            cells["when"] = "8h00 ngày %s" % d2(s)
            cells["days"] = "%d" % days if days > 1 else ""
        elif r < 0.42:
            cells["when"] = s.isoformat()
            cells["days"] = "%d" % days if days > 1 else ""
        elif r < 0.5:
            cells["when"] = "%s, %s" % (WD[s.weekday()], d2(s))
            cells["days"] = "%d ngày" % days if days > 1 else ""
        else:
            cells["when"] = d2(s)
            cells["days"] = R.choice(["%d" % days, "%d ngày" % days])
        if cells["days"] and cells["days"][0].isdigit() and "buổi" not in cells["days"] and R.random() < 0.3:
            cells["end"] = d2(s + dt.timedelta(days=int(cells["days"].split()[0]) - 1))
    it["start"] = s
    start_dt = dt.datetime(s.year, s.month, s.day, 8)
    # status
    if start_dt < NOW:
        e_guess = s + dt.timedelta(days=max(days, 1) + (4 if it.get("evening") else 0))
        if dt.datetime(e_guess.year, e_guess.month, e_guess.day, 17) < NOW and not ("-" in cells["when"] or "đến" in cells["when"]) or s < dt.date(2026, 11, 16):
            # finished class: keep it simple, one to three days long, all in the past
            cells["status"] = R.choice(["Đã kết thúc", "Đã kết thúc", "đã kết thúc"])
            if cells["end"]:
                cells["end"] = ""
            if "buổi" in cells["days"]:
                cells["days"] = ""
                cells["when"] = d2(s)
        else:
            cells["status"] = R.choice(["Mở đăng ký", ""])
            cells["deadline"] = d2(s - dt.timedelta(days=3))
            # under way: make sure the span covers today
            e = dt.date(2026, 11, 27)
            cells["when"] = "%02d/%02d - %s" % (s.day, s.month, d2(e)) if s.month == 11 else cells["when"]
            cells["end"] = ""
            cells["days"] = "%d" % ((e - s).days + 1)
        return cells
    r = R.random()
    if r < 0.06:
        cells["status"] = "Đã hủy"
        cells["note"] = R.choice(["Không đủ số lượng học viên", "Hủy do trùng lịch Đại hội", "Đơn vị thông báo hủy lớp"])
        cells["deadline"] = d2(s - dt.timedelta(days=5))
    elif r < 0.12:
        if R.random() < 0.55:
            nd = s + dt.timedelta(days=R.randint(20, 60))
            it["newdate"] = nd
            cells["status"] = R.choice(["Đã hoãn", "Tạm hoãn", ""])
            cells["note"] = R.choice(["Hoãn sang %s do trùng lịch" % d2(nd), "Lịch mới: %s" % d2(nd),
                                      "Tạm hoãn, lịch mới: %s" % d2(nd)])
            cells["deadline"] = d2(nd - dt.timedelta(days=5))
        else:
            cells["status"] = R.choice(["Đã hoãn", "Hoãn"])
            cells["note"] = R.choice(["Tạm hoãn, thời gian sẽ thông báo sau", "Hoãn chưa có lịch mới"])
    else:
        cells["status"] = R.choice(["Mở đăng ký", "Mở đăng ký", ""])
        if R.random() < 0.85:
            dl = s - dt.timedelta(days=R.choice([2, 3, 5, 7, 10]))
            if s <= dt.date(2026, 12, 6) and R.random() < 0.6:
                dl = dt.date(2026, 11, R.choice([18, 19, 20, 21]))  # registration already closed
            cells["deadline"] = d2(dl) if R.random() < 0.8 else "17h00 ngày %s" % d2(dl)
    # online / blended
    r = R.random()
    if r < 0.12:
        cells["mode"] = "Trực tuyến"
        cells["place"] = R.choice(["Trực tuyến (Zoom)", "Trực tuyến qua Zoom"])
    elif r < 0.2:
        cells["mode"] = R.choice(["Kết hợp (trực tiếp và trực tuyến)", "Trực tiếp + trực tuyến", "Kết hợp"])
    else:
        cells["mode"] = R.choice(["Tập trung", "Tập trung (trực tiếp)", "", ""])
    return cells


HEAD = ["STT", "Mã lớp", "Tên lớp học", "Chuyên đề", "Đối tượng tham gia", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Tỉnh/Thành phố", "Địa điểm tổ chức", "Hình thức", "Thời gian", "Đến ngày", "Hạn đăng ký", "Số ngày", "SL",
        "Trạng thái", "Ghi chú"]


def write_courses(rows):
    out = []
    W = len(HEAD)
    blank = lambda: [""] * W

    def line(*cells):
        r = blank()
        for i, c in enumerate(cells):
            r[i] = c
        return r
    out.append(line("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "", "", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    out.append(line("BAN TỔ CHỨC", "", "", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc"))
    out.append(line("Số: 118/KH-BTC", "", "", "", "", "", "", "", "Hà Nội, ngày 16 tháng 11 năm 2026"))
    out.append(blank())
    out.append(line("KẾ HOẠCH"))
    out.append(line("Đào tạo, bồi dưỡng cán bộ công đoàn năm 2027 (tổng hợp kế hoạch các đơn vị, từ tháng 11/2026)"))
    out.append(blank())
    out.append(HEAD[:])
    out.append(["(%d)" % (i + 1) for i in range(W)])
    total = 0
    for si, (code, names, prov, items) in enumerate(rows):
        out.append(line(ROM[si], "", names[0].upper().replace("LĐLĐ", "LIÊN ĐOÀN LAO ĐỘNG")))
        stt = 0
        cur_batch = None
        for it in items:
            cells = fill_cells(it)
            it["cells"] = cells
            if it["batch"] != cur_batch:
                cur_batch = it["batch"]
                if cur_batch == 2 and code in BATCH_TBA:
                    out.append(line("", "", "Đợt 2 (tháng 3/2027)"))
                else:
                    out.append(line("", "", R.choice(["Đợt %d", "Đợt %d:"]) % cur_batch if cur_batch != 2 or R.random() < 0.5 else "Đợt II"))
            stt += 1
            title = it["title"]
            if R.random() < 0.08:
                title = title + " (*)"
            if R.random() < 0.05 and ", " in title:
                title = title.replace(", ", ",\n", 1)
            provcell = it["prov"]
            if it["org"].startswith(("LĐLĐ", "Liên đoàn")) and R.random() < 0.4:
                provcell = ""
            elif provcell == "Hồ Chí Minh":
                provcell = R.choice(["TP HCM", "TP. Hồ Chí Minh", "Hồ Chí Minh"])
            if it["org_code"] in ("GDVN", "YTVN") and "Huế" in it["place"]:
                provcell = "Huế"
            it["prov_actual"] = "Huế" if provcell == "Huế" else it["prov"]
            try:
                seats = it["seats"]
                total += int(seats.split()[0].split("-")[-1]) if seats.split()[0].split("-")[-1].isdigit() else 0
            except Exception:
                pass
            out.append([str(stt), it["code"], title, it["topic"], it["aud"], it["org"], it["partner"], provcell,
                        cells["place"], cells["mode"], cells["when"], cells["end"], cells["deadline"], cells["days"],
                        it["seats"], cells["status"], cells["note"]])
    out.append(line("", "", "Tổng cộng", "", "", "", "", "", "", "", "", "", "", "", str(total)))
    out.append(blank())
    out.append(line("Nơi nhận:", "", "", "", "", "", "", "", "", "", "TM. BAN THƯỜNG VỤ"))
    out.append(line("- Các LĐLĐ tỉnh, thành phố;", "", "", "", "", "", "", "", "", "", "PHÓ CHỦ TỊCH"))
    out.append(line("- Các CĐ ngành TW và tương đương;", "", "", "", "", "", "", "", "", "", "(đã ký)"))
    out.append(line("- Lưu: VT, BTC.", "", "", "", "", "", "", "", "", "", "Nguyễn Thị Thu Hằng"))
    with open(os.path.join(OUT, "courses.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(out)


def vn(n):
    s = "%d" % n
    if n >= 1000:
        s = "{:,}".format(n).replace(",", ".")
    return s


def write_targets():
    rows = [["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"], ["BAN TỔ CHỨC"], [],
            ["BẢNG TỔNG HỢP CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 VÀ NĂM 2026"],
            ["(Số liệu 2026 tính đến ngày 15/11/2026)"], [],
            ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt",
             "Tính đến ngày", "Ghi chú"]]
    T = {}
    for code, names, prov, places, partner, fams, n, reg in ORGS:
        big = names[0].startswith("LĐLĐ")
        base = R.choice([1800, 2400, 3200, 4500, 6000, 7500]) if big else R.choice([120, 180, 250, 400, 650, 900])
        if code in ("HNI", "HCM"):
            base = R.choice([9500, 12000])
        t25 = base
        d25 = int(t25 * R.uniform(0.86, 1.14))
        t26 = int(round(t25 * R.uniform(1.0, 1.15), -1 if t25 < 1000 else -2))
        d26 = int(t26 * R.uniform(0.62, 1.08))
        name = names[0]
        rows.append(["CT-%s-2025-HV" % code, name, "2025", "Bồi dưỡng, tập huấn cán bộ công đoàn", "", vn(t25),
                     "học viên", vn(d25), "31/12/2025", "Vượt kế hoạch" if d25 >= t25 else "Chưa đạt"])
        rows.append(["CT-%s-2026-HV" % code, name, "2026", "Bồi dưỡng, tập huấn cán bộ công đoàn", "", vn(t26),
                     "học viên", vn(d26), "15/11/2026", ""])
        T[code] = {"2025": ("CT-%s-2025-HV" % code, vn(t25), vn(d25)), "2026": ("CT-%s-2026-HV" % code, vn(t26), vn(d26))}
        if big and R.random() < 0.5:
            tl = R.choice([20, 25, 30, 40, 45])
            dl = tl - R.randint(-2, 9)
            rows.append(["CT-%s-2026-LOP" % code, name, "2026", "Mở lớp tập huấn nghiệp vụ", "", str(tl), "lớp", str(dl),
                         "15/11/2026", ""])
            T[code]["2026L"] = ("CT-%s-2026-LOP" % code, str(tl), str(dl))
        if code in ("NAN", "DNG", "CTO", "GLI"):
            tc = R.choice([300, 450, 600])
            dc = int(tc * R.uniform(0.7, 1.05))
            rows.append(["CT-%s-2026-CT" % code, name, "2026", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS", "Chủ tịch CĐCS", str(tc),
                         "người", str(dc), "15/11/2026", ""])
            T[code]["2026CT"] = ("CT-%s-2026-CT" % code, str(tc), str(dc))
    rows += [[], ["Người lập biểu", "", "", "", "", "", "", "Trưởng ban"], ["Đỗ Minh Tâm", "", "", "", "", "", "", "(đã ký)"]]
    with open(os.path.join(OUT, "targets.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return T


def main():
    rows = make_classes()
    write_courses(rows)
    write_targets()


if __name__ == "__main__":
    main()
