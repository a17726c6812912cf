"""The vocabulary learned from the data: places and union names as organisers wrote them.

Built with the engine, so every import teaches it the communes, wards, special zones, industrial zones,
former districts and unions its courses and organisations name. A question naming one of them gets it as a
slot instead of noise ("lớp ở phường Hội An", "công đoàn KCN Bắc Ninh", "CĐ ngành giáo dục").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.language.places import canonical_name
from knowledge.orgnames import kind_of
from knowledge.text import clean, fold, index_tokens

# Kinds of place a name can follow, as written (folded and expanded by index_tokens afterwards).
_PLACE_HEAD = (
    r"phường|xã|thị trấn|thị xã|huyện|quận|đặc khu|khu vực|KCN|KCX|KKT|khu công nghiệp|khu chế xuất|khu kinh tế"
    # «TX» as offices shorten thị xã in a venue («phường Hải Bình (TX Nghi Sơn cũ)»), as they shorten thành phố.
    r"|thành phố|TP\.?|TX\.?|tỉnh"
    # Below a commune: the village or quarter a venue is in («Nhà văn hóa tổ dân phố Cầu Mây», «buôn Đôn»), a place
    # its people name as they name their commune.
    r"|tổ dân phố|khu phố|tiểu khu|thôn|buôn|làng|ấp|xóm"
)
_UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
_PLACE = re.compile(
    rf"(?<![\w])({_PLACE_HEAD})\s+((?:[{_UPPER}0-9][\w'-]*)(?:\s+(?:[{_UPPER}0-9][\w'-]*)){{0,3}})",
)
# Words that start a capitalised name but do not belong to a place ("phường Long Bình; điểm cầu …").
_STOP_NAME = frozenset({"va", "cua", "cac", "tai", "hoac"})
# Phrases that name a kind of union rather than one union («bên công đoàn ngành thì sao»).
KIND_PHRASES: dict[str, str] = {
    "cong doan nganh": "sector", "nganh": "sector", "cong doan khu cong nghiep": "industrial_zone",
    "cong doan cac khu cong nghiep": "industrial_zone", "cong doan xa": "commune", "cong doan phuong": "commune",
    "cong doan xa phuong": "commune", "cong doan co so": "grassroots",
}
# Generic word runs a user leaves out of a union's name.
_FILLERS: tuple[tuple[str, ...], ...] = (
    ("va", "khu", "che", "xuat"), ("va", "che", "xuat"), ("va", "cong", "nghiep"), ("va", "cac", "khu", "cong", "nghiep"),
    ("viet", "nam"), ("thanh", "pho"), ("khu", "vuc"), ("cac",), ("tinh",),
)


def place_mentions(text: str | None) -> list[tuple[str, str]]:
    """(kind word, folded name) of every place a text names: «phường Hội An» -> ("phuong", "hoi an")."""
    if not text:
        return []
    out: list[tuple[str, str]] = []
    for m in _PLACE.finditer(clean(text)):
        head = " ".join(index_tokens(m.group(1)))
        words = index_tokens(m.group(2))
        for i, w in enumerate(words):
            if w in _STOP_NAME:
                words = words[:i]
                break
        if words:
            out.append((head, " ".join(words)))
            if len(words) >= 3 and len(words[-1]) == 1 and words[-1].isalpha() and head in _ZONE_HEADS:
                # «KCN Phố Nối A»: a zone's part told by a letter; its workers say «KCN Phố Nối».
                out.append((head, " ".join(words[:-1])))
    return out


# Heads of an industrial or economic zone, folded as index_tokens reads them.
_ZONE_HEADS = frozenset({"kcn", "kcx", "kkt", "khu cong nghiep", "khu che xuat", "khu kinh te"})


def org_kind(name: str, stored: str | None = None) -> str:
    """An organisation's kind: what the database says, unless it is one of the defaults an older import
    wrote for any union it could not place («province», «grassroots») and the name says better."""
    return kind_of(name, stored)


# Inside a company's name «tỉnh», «thành phố» may be words of the brand («May Tinh Lợi»).
_COMPANY_FILLERS = tuple(f for f in _FILLERS if f not in (("tinh",), ("thanh", "pho")))


def _drop_fillers(toks: list[str], fillers: tuple[tuple[str, ...], ...] = _FILLERS) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(toks):
        for filler in fillers:
            if tuple(toks[i : i + len(filler)]) == filler:
                i += len(filler)
                break
        else:
            out.append(toks[i])
            i += 1
    return out


# Words of a company's legal form, folded: «Công ty CP Tập đoàn Thủy sản Minh Phú» is «Minh Phú» to its workers.
_COMPANY_HEADS = frozenset({"cty", "ty", "doan", "tnhh", "cp", "phan", "mtv", "vien", "hdtv"})
_COMPANY_STARTS = (("cong", "ty"), ("cty",), ("tap", "doan"))


def _company_names(toks: list[str]) -> list[str]:
    """The name a company goes by: the words after its legal form («minh phu» of «… Cty CP Tập đoàn Thủy sản
    Minh Phú»), and its last two words when the rest is longer (the brand ends the name)."""
    start = -1
    for i in range(len(toks)):
        if any(tuple(toks[i:i + len(s)]) == s for s in _COMPANY_STARTS):
            start = i
    if start < 0:
        return []
    rest = toks[start:]
    while rest and (rest[0] in _COMPANY_HEADS or rest[0] in ("cong", "tap", "co", "mot", "thanh", "trach", "nhiem",
                                                            "huu", "han")):
        rest = rest[1:]
    if not rest:
        return []
    out = [" ".join(rest)]
    if len(rest) >= 3 and canonical_name(" ".join(rest[-2:])) is None:  # «… Samsung … Thái Nguyên» is no brand
        out.append(" ".join(rest[-2:]))
    # Its workers also say what it is: «công ty Minh Phú», «cty Lọc hóa dầu Nghi Sơn».
    return [*out, *("cong ty " + name for name in out)]


def org_variants(name: str, aliases: Iterable[str] = ()) -> list[str]:
    """Folded, expanded phrases that name an organisation the way users do: the full name, its aliases,
    and shorter forms without the generic words («Công đoàn các KCN tỉnh Bắc Ninh» -> «cong doan khu
    cong nghiep bac ninh», «khu cong nghiep bac ninh»; «Công đoàn Giáo dục Việt Nam» -> «cong doan giao
    duc», «cong doan nganh giao duc»)."""
    out: list[str] = []
    for text in (name, *aliases):
        toks = index_tokens(text)
        if not toks:
            continue
        out.append(" ".join(toks))
        short = _drop_fillers(toks)
        out.append(" ".join(short))
        if short[:3] == ["lien", "doan", "lao"] and len(short) > 4:
            continue  # «LĐLĐ tỉnh X» is named by its province, which the province slot handles
        if short[:2] == ["cong", "doan"] and len(short) > 2:
            core = short[2:]
            if core[:2] == ["co", "so"] and len(core) > 2:
                core = core[2:]
            if core[:1] == ["nganh"] and len(core) > 1:
                core = core[1:]
            out += ["cong doan " + " ".join(core), "cong doan nganh " + " ".join(core), "nganh " + " ".join(core)]
            if len(core) >= 2:
                out.append(" ".join(core))
            if len(core) == 2 and toks[-2:] == ["viet", "nam"] and core[0] not in _GENERIC_ORG_WORDS:
                # A national sector union by its first word after «ngành», as people call the sector: «CĐ ngành
                # điện» is Công đoàn Điện lực Việt Nam, «ngành y» Công đoàn Y tế Việt Nam.
                out += ["cong doan nganh " + core[0], "nganh " + core[0]]
            if len(core) >= 3 and all(w.isalpha() for w in core):
                # Users write a long name by its initials («CĐ GTVT» for Giao thông vận tải); two letters
                # would be too ambiguous.
                out.append("".join(w[0] for w in core))
        out += _company_names(_drop_fillers(toks, _COMPANY_FILLERS))
        joined = " ".join(toks)
        out += [nick for nick, said in _ZONE_NICKNAMES.items() if said.search(joined)]
    # A variant made only of generic words («công đoàn», «liên đoàn lao động») names every union.
    return list(dict.fromkeys(p for p in out if p and not set(p.split()) <= _GENERIC_ORG_WORDS))


# The union of a city's export processing and industrial zones goes by the acronym of the zones' authority,
# which no word of its name spells («HEPZA»: Ho Chi Minh City Export Processing and Industrial Zones Authority).
_ZONE_NICKNAMES: dict[str, re.Pattern[str]] = {"hepza": re.compile(r"\bkhu che xuat\b.*\b(?:hcm|ho chi minh)$")}

_GENERIC_ORG_WORDS = frozenset(
    ["cong", "doan", "nganh", "lien", "lao", "dong", "tong", "co", "so", "khu", "nghiep", "che", "xuat", "kinh", "te", "cap", "tren", "truong", "the", "thanh", "pho", "tinh"]
)


def place_key(name: str) -> str:
    return fold(name).strip()
