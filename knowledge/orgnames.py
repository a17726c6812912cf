"""Union names as people write them: one comparable key per union, its level and its province.

Pure functions, no database: the importer resolves «LĐLĐ TP Hà Nội» to the built-in «Liên đoàn Lao động
thành phố Hà Nội» with them, and the search vocabulary can reuse them for names learned from data.
Abbreviations are expanded (LĐLĐ, CĐ, CĐCS, TP, TX, KCN, KKT…), punctuation and case ignored, and a
province's other spellings («TP.HCM», «Sài Gòn») become its official name. `core_key` also drops the words
that only say the level of a place («tỉnh», «thành phố»), so «LĐLĐ Hà Nội» meets «LĐLĐ thành phố Hà Nội».
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from knowledge.language.places import current_province, is_former
from knowledge.lexicon import PROVINCE_ALIASES, PROVINCES

# Folded abbreviation → folded expansion, for organisation names only (wider than chat shorthand: "p"
# here is «phường», never «phó»).
ORG_ABBREVIATIONS: dict[str, str] = {
    "ldld": "lien doan lao dong",
    "tldld": "tong lien doan lao dong",
    "tld": "tong lien doan lao dong",
    "cd": "cong doan",
    "cdcs": "cong doan co so",
    "cdn": "cong doan nganh",
    "tp": "thanh pho",
    "tx": "thi xa",
    "tt": "thi tran",
    "kcn": "khu cong nghiep",
    "kcx": "khu che xuat",
    "kkt": "khu kinh te",
    "kcnc": "khu cong nghe cao",
    "htx": "hop tac xa",
    "cty": "cong ty",
    "ct": "cong ty",
    "tnhh": "trach nhiem huu han",
    "cp": "co phan",
    "dn": "doanh nghiep",
    "vn": "viet nam",
    # A school's or a hospital's union as plans shorten it («CĐ Trường ĐH Trà Vinh», «CĐ Bệnh viện ĐK Trung ương
    # Cần Thơ»): the same union as the one written out.
    "dh": "dai hoc",
    "dk": "da khoa",
    "bv": "benh vien",
    "bvdk": "benh vien da khoa",
    "tw": "trung uong",
    "q": "quan",
    "h": "huyen",
    "p": "phuong",
    "x": "xa",
}
# Words that only say what level a place is; dropped by `core_key`.
_LEVEL_WORDS = ("thanh pho", "tinh")
# "Tổng Liên đoàn Lao động Việt Nam" is also simply "Tổng Liên đoàn".
_NATIONAL = "tong lien doan lao dong viet nam"


def fold(text: str) -> str:
    """Lower-case without diacritics (đ → d), NFC first so NFD input folds the same."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return bare.lower()


def _words(text: str) -> str:
    """Folded, punctuation and zero-width characters turned into spaces."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def _province_table() -> list[tuple[str, str]]:
    table = {_words(alias): _words(name) for alias, name in PROVINCE_ALIASES.items()}
    table.update({_words(name): _words(name) for name in PROVINCES})
    table.pop("hue", None)  # «Huế» is its own province since 2025; keep it as written
    # Longest first, so "tp hcm" is replaced before "hcm".
    return sorted(table.items(), key=lambda item: -len(item[0]))


_PROVINCE_FORMS = _province_table()
_CANONICAL = {_words(name): name for name in PROVINCES}
_CANONICAL.update({_words(alias): name for alias, name in PROVINCE_ALIASES.items()})


def expand(text: str) -> str:
    """Folded words with organisation abbreviations expanded ("LĐLĐ TP.HCM" → "lien doan lao dong thanh pho
    ho chi minh")."""
    words = _words(text)
    # "tp.hcm", "tphcm": the city's usual shorthands, before "tp" alone is expanded.
    words = re.sub(r"\b(tp ?hcm|tp ho chi minh)\b", "thanh pho ho chi minh", words)
    expanded = " ".join(ORG_ABBREVIATIONS.get(word, word) for word in words.split())
    return expanded


@lru_cache(maxsize=8192)  # a plan names the same few unions on every row
def org_key(name: str) -> str:
    """The key two spellings of one union share: expanded, provinces under their official name."""
    key = f" {expand(name)} "
    for form, canonical in _PROVINCE_FORMS:
        if f" {form} " in key and form != canonical:
            key = key.replace(f" {form} ", f" {canonical} ")
    return " ".join(key.split())


@lru_cache(maxsize=8192)
def core_key(name: str) -> str:
    """`org_key` without the words that only give a place's level («tỉnh», «thành phố»)."""
    key = f" {org_key(name)} "
    for word in _LEVEL_WORDS:
        key = key.replace(f" {word} ", " ")
    key = " ".join(key.split())
    return "tong lien doan lao dong" if key in (_NATIONAL, "tong lien doan") else key


def province_in(name: str) -> str | None:
    """The province a union's name contains («LĐLĐ tỉnh Lạng Sơn» → «Lạng Sơn»), longest name first."""
    key = f" {org_key(name)} "
    found = [(len(form), _CANONICAL[form]) for form in _CANONICAL if f" {form} " in key]
    return max(found)[1] if found else None


# Level markers, checked in order: the first that the expanded name contains decides.
_KIND_RULES: tuple[tuple[str, str], ...] = (
    ("tong lien doan", "national"),
    ("cong doan co so", "grassroots"),
    ("khu cong nghiep", "industrial_zone"), ("khu kinh te", "industrial_zone"),
    ("khu che xuat", "industrial_zone"), ("khu cong nghe cao", "industrial_zone"),
    ("truong", "school"), ("trung tam", "centre"),
    ("cong doan nganh", "sector"), ("nganh", "sector"),
    ("xa", "commune"), ("phuong", "commune"), ("dac khu", "commune"), ("thi tran", "commune"),
    ("quan", "district"), ("huyen", "district"), ("thi xa", "district"),
    ("cong ty", "grassroots"), ("doanh nghiep", "grassroots"), ("hop tac xa", "grassroots"),
    ("benh vien", "grassroots"),
)
KIND_LABELS: dict[str, str] = {
    "national": "cấp Trung ương", "province": "tỉnh/thành phố", "sector": "ngành",
    "commune": "xã/phường", "industrial_zone": "khu công nghiệp, khu kinh tế", "district": "quận/huyện (cũ)",
    "grassroots": "cơ sở", "school": "trường", "centre": "trung tâm",
}


def guess_kind(name: str) -> str:
    """The level of a union from its name: «Công đoàn phường Láng» is a commune union, «LĐLĐ tỉnh X» a
    province, «Công đoàn các KCN tỉnh X» an industrial-zone union, «Công đoàn Y tế Việt Nam» a sector
    union; anything else a grassroots union. The one guess of a union's kind (the importer and the search
    vocabulary both use it)."""
    key = f" {org_key(name)} "
    # "hop tac xa" contains "xa" and "thi xa" contains "xa": look for the longer markers first.
    for marker, kind in sorted(_KIND_RULES, key=lambda rule: -len(rule[0])):
        if f" {marker} " in key and not (marker == "xa" and (" hop tac xa " in key or " thi xa " in key)):
            return kind
    core = core_key(name)
    if core.startswith("lien doan lao dong") and province_in(name) is not None:
        return "province"
    if core.startswith("cong doan ") and core.endswith(" viet nam"):
        return "sector"  # «Công đoàn Giáo dục Việt Nam»: a national sector union
    if core.startswith(_NATIONAL_BODY_HEADS) and " cong doan" in f" {core}" and province_in(name) is None:
        return "school" if core.startswith(("truong ", "hoc vien ")) else "centre"  # «Viện Công nhân và Công đoàn»
    return "grassroots"


def kind_of(name: str, stored: str | None = None) -> str:
    """A union's kind: what the database says, unless it is one of the defaults an older import wrote for any
    union it could not place («province», «grassroots») and the name says better."""
    if stored and stored not in ("province", "grassroots"):
        return stored
    guessed = guess_kind(name)
    if stored == "province" and guessed == "grassroots":
        return stored  # a name the rules do not know, filed as a province by whoever set it up
    return guessed


def ended_2025(name: str, kind: str | None, province: str | None) -> bool:
    """Whether a union ended on 1/7/2025 with the map it belonged to: a district's, town's or urban district's
    LĐLĐ (districts ended), or the LĐLĐ of a province that merged into another («LĐLĐ tỉnh Sóc Trăng», now
    part of Cần Thơ). Its records stay as history; today its name means today's provincial union."""
    level = kind_of(name, kind)
    if level == "district":
        return True
    return level == "province" and bool(province) and is_former(province or "")


def former_union_names(province: str) -> list[str]:
    """The names of the provincial unions today's union of `province` took over in 2025 («LĐLĐ tỉnh Sóc Trăng»,
    «LĐLĐ Hậu Giang» for Cần Thơ): they still name it when someone types them."""
    current = current_province(province)
    if current is None:
        return []
    from knowledge.language.places import former_names  # beside current_province; kept local for clarity

    out: list[str] = []
    for former in former_names(current):
        if former == current:
            continue
        out += [f"Liên đoàn Lao động tỉnh {former}", f"LĐLĐ {former}", f"Công đoàn tỉnh {former}"]
    return out


# Abbreviations of a union's own structure, written out in its full name («CĐ các KCN tỉnh Bắc Ninh» →
# «Công đoàn các khu công nghiệp tỉnh Bắc Ninh»). A company's own abbreviations (TNHH, CP) are its legal name
# as registered and stay; «TT» (thị trấn or trung tâm) is left as written.
_WRITTEN_OUT: dict[str, str] = {
    "ldld": "Liên đoàn Lao động", "tldld": "Tổng Liên đoàn Lao động", "cdcs": "Công đoàn cơ sở",
    "cdn": "Công đoàn ngành", "cd": "Công đoàn", "tp": "thành phố", "tx": "thị xã", "kcn": "khu công nghiệp",
    "kcx": "khu chế xuất", "kkt": "khu kinh tế", "kcnc": "khu công nghệ cao", "dh": "Đại học", "dk": "Đa khoa",
    "bv": "Bệnh viện", "bvdk": "Bệnh viện Đa khoa", "tw": "Trung ương",
}
_ABBREVIATED = re.compile(r"(?<![\w.])(TP\.?\s?HCM|TP\.(?=\S)|[A-Za-zĐđ]{2,6}\.?)(?![\w])")


def written_out(name: str) -> str:
    """A union's name with its structure's abbreviations written out, as lists and replies show it:
    «LĐLĐ thành phố Cần Thơ» → «Liên đoàn Lao động thành phố Cần Thơ», «CĐ phường Sóc Trăng» → «Công đoàn
    phường Sóc Trăng», «LĐLĐ TP.HCM» → «Liên đoàn Lao động thành phố Hồ Chí Minh». Other words as written."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    name = re.sub(r"\b(TP|Tp|TX|Tx)\.(?=[^\s.])", r"\1. ", name)  # «TP.Cần Thơ»

    def one(match: re.Match[str]) -> str:
        word = match.group(1)
        folded = _words(word).replace(" ", "")
        if folded in ("tphcm", "tp hcm"):
            return "thành phố Hồ Chí Minh"
        if word.endswith(".") and folded == "tp":
            return "thành phố "
        full = _WRITTEN_OUT.get(folded)
        # Only an abbreviation as abbreviations are written (capitals; «Tp» too): «Cd» in a brand stays.
        if full is None or not (word.rstrip(".").isupper() or folded in ("tp", "tx")):
            return word
        return full
    out = _ABBREVIATED.sub(one, name)
    out = " ".join(out.split())
    return out[:1].upper() + out[1:] if out else out


# A school, academy, institute or centre «of the trade unions» that names no province is the Tổng Liên đoàn's own
# («Trường Đại học Công đoàn», «Viện Công nhân và Công đoàn»); one that names a province is that province's.
_NATIONAL_BODY_HEADS = ("truong ", "hoc vien ", "vien ", "trung tam ")


def is_national(name: str) -> bool:
    """Whether a union serves the whole country and so sits directly under the Tổng Liên đoàn, whatever city
    its office or its classes are in: the Tổng Liên đoàn and its own boards («Ban Tổ chức Tổng LĐLĐ Việt
    Nam»), a national sector union («Công đoàn Giáo dục Việt Nam», «CĐ ngành Y tế Việt Nam»), and a school or
    institute of the unions that names no province («Trường Đại học Công đoàn»). A union of a company or a
    corporation («CĐCS Công ty TNHH Samsung Electronics Việt Nam», «CĐ Tập đoàn … Việt Nam khu vực Tây
    Nguyên») and anything naming a province is not."""
    kind = guess_kind(name)
    if kind == "national":
        return True
    if province_in(name) is not None:
        return False
    core = core_key(name)
    if kind == "sector":
        return core.endswith(" viet nam") and not re.search(r"\b(cong ty|tap doan|doanh nghiep)\b", core)
    return kind in ("school", "centre") and core.startswith(_NATIONAL_BODY_HEADS) and " cong doan" in f" {core}"


@dataclass
class Directory:
    """Unions by every key their names and aliases give; `find` returns every id a name could mean."""

    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_core: dict[str, list[int]] = field(default_factory=dict)

    def add(self, ident: int, names: Iterable[str]) -> None:
        """Index one union under its name and aliases."""
        for name in names:
            if not name.strip():
                continue
            for table, key in ((self.by_key, org_key(name)), (self.by_core, core_key(name))):
                ids = table.setdefault(key, [])
                if key and ident not in ids:
                    ids.append(ident)

    def find(self, name: str) -> list[int]:
        """The unions this name means: exact key first, then without level words; [] when none."""
        return list(self.by_key.get(org_key(name)) or self.by_core.get(core_key(name)) or [])


# How the fixed parts of union names are written in running text, longest first; other words start a new
# capitalised name («Giáo dục», «Y tế»), and the words after a level («tỉnh», «phường») are a place.
_WRITTEN = sorted((
    "Tổng Liên đoàn Lao động", "Liên đoàn Lao động", "Công đoàn ngành", "Công đoàn cơ sở", "Công đoàn",
    "Trường Đại học", "Trường Cao đẳng", "Trường Trung cấp", "Trường", "Trung tâm", "Viện", "Ban",
    "Việt Nam", "khu công nghiệp", "khu chế xuất", "khu kinh tế", "khu công nghệ cao", "các", "và",
), key=lambda phrase: -len(phrase.split()))
_PLACE_HEADS = sorted(("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu"),
                      key=lambda phrase: -len(phrase.split()))


def from_capitals(name: str) -> str:
    """A union's name as written in running text when a title block gives it in capitals: «LIÊN ĐOÀN LAO
    ĐỘNG TỈNH NGHỆ AN» → «Liên đoàn Lao động tỉnh Nghệ An», «CÔNG ĐOÀN GIÁO DỤC VIỆT NAM» → «Công đoàn Giáo
    dục Việt Nam». A name not all in capitals, and abbreviations (LĐLĐ, TP, KCN), are kept as written."""
    name = " ".join(unicodedata.normalize("NFC", name).split())
    # Capitals only where words are: «LĐLĐ TP.HCM», all abbreviations, is written so on purpose.
    spelled = [w for w in name.split() if len(w) >= 3 and w.isalpha() and _words(w) not in ORG_ABBREVIATIONS]
    if len(spelled) < 2 or name != name.upper() or re.search(r"\b(cong ty|tap doan|hop tac xa|doanh nghiep)\b",
                                                                  expand(name)):
        return name  # a company's name may be its brand in capitals: as written
    words = name.split()
    out: list[str] = []
    i, place, fresh = 0, False, True  # fresh: the next plain word starts a name
    while i < len(words):
        lower = [w.lower() for w in words]
        phrase = next((p for p in (*_PLACE_HEADS, *_WRITTEN)
                       if [w.lower() for w in p.split()] == lower[i:i + len(p.split())]), None)
        if phrase is not None and not place:
            out.append(phrase)
            i += len(phrase.split())
            place, fresh = phrase in _PLACE_HEADS, True
            continue
        word = words[i]
        if (_words(word) in ORG_ABBREVIATIONS and len(word) > 1 and not word.isdigit()) or not word.isalpha():
            out.append(word)  # «LĐLĐ», «TP», «KCN»
            place = place or _words(word) in ("tp", "tx", "tt")
        elif place or fresh:
            out.append(lower[i][:1].upper() + lower[i][1:])
        else:
            out.append(lower[i])
        fresh = place
        i += 1
    return " ".join(out)
