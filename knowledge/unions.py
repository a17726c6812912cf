"""The union tree on today's map, and finding a union by the name people type.

Since 1/7/2025 the tree is the Tổng Liên đoàn, the 34 provincial LĐLĐs, and below them commune, ward,
special-zone, industrial-zone, sector and grassroots unions (`knowledge.language.places`). The unions that
ended with the old map — districts' LĐLĐs and the LĐLĐ of a merged province — stay in the database as
history under today's union (the articles' figures are theirs), are never offered, and their names, typed
today, mean today's union: «LĐLĐ tỉnh Sóc Trăng» and «soc trang» are the LĐLĐ of Cần Thơ.

`lookup` reads a union's name as people type it — abbreviations expanded (CĐ, LĐLĐ, KCN, KKT, TP…), without
diacritics, words left out («cd nganh giao duc can tho») — and says whether one union is meant or which ones
could be, so a caller asks with choices rather than saving another.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from knowledge.language.places import canonical_name, current_province, is_former, province_key
from knowledge.models import Organisation
from knowledge.orgnames import Directory, ended_2025, expand, former_union_names, org_key, province_in


def is_history(org: Organisation) -> bool:
    """Whether a union ended in 2025 (a district's LĐLĐ, a merged province's LĐLĐ): kept, never chosen."""
    return ended_2025(org.name, org.kind, org.province)


def provincial_union(session: Session, province: str | None) -> Organisation | None:
    """Today's LĐLĐ of the province a name lies in («Sóc Trăng» → the LĐLĐ of Cần Thơ), or None."""
    today = current_province(province) if province else None
    if today is None:
        return None
    for org in session.scalars(select(Organisation).where(Organisation.kind == "province").order_by(Organisation.id)):
        if org.province and province_key(org.province) == province_key(today) and not is_history(org):
            return org
    return None


def current_of(session: Session, org: Organisation) -> Organisation:
    """The union that stands for `org` today: its province's LĐLĐ when it ended in 2025, else itself."""
    if not is_history(org):
        return org
    return provincial_union(session, org.province) or org


def offered(orgs: Iterable[Organisation]) -> list[Organisation]:
    """The unions a user may choose: those of today's map."""
    return [o for o in orgs if not is_history(o)]


@dataclass
class Lookup:
    """What a typed union name means: `unions` best first (today's unions only); `sure` when it names one union
    (exactly, or the only one whose name holds every word typed); otherwise several are choices, or the one
    given is only the province's LĐLĐ for a name not found (`province`). `former`: a former province's name the
    text used («Sóc Trăng»), for saying it is now part of another."""

    unions: list[Organisation] = field(default_factory=list)
    sure: bool = False
    province: str | None = None
    former: str | None = None
    names_union: bool = False  # the text has a union's words («công đoàn», «LĐLĐ», «KCN»…), not only a place

    @property
    def one(self) -> Organisation | None:
        return self.unions[0] if self.sure and len(self.unions) == 1 else None


# Words of a union's structure: a text holding one names a union, not only a place.
_UNION_WORDS = re.compile(r"\b(cong doan|lien doan|khu cong nghiep|khu che xuat|khu kinh te|khu cong nghe cao"
                          r"|truong|trung tam|nganh|hop tac xa|cong ty|doanh nghiep|benh vien)\b")
# Words a typed name adds or drops without changing which union it is.
_FILLER = frozenset({"cac", "cua", "o", "tai", "thuoc", "va", "ben", "don", "vi", "em", "minh", "toi", "la", "a",
                     "tinh", "thanh", "pho", "viet", "nam"})
# Words every union's name shares: a text of only these names none in particular.
_GENERIC = frozenset({"cong", "doan", "lien", "lao", "dong", "nganh", "co", "so", "khu", "nghiep", "tong"})
# «tỉnh», «thành phố», «TP» before a bare province name.
_PLACE_LEVEL = re.compile(r"^(?:tinh|thanh pho|tp)\s+")
MAX_CHOICES = 8


def _words(key: str) -> list[str]:
    return [w for w in key.split() if w not in _FILLER]


def lookup(session: Session, text: str, *, within: Collection[int] | None = None, today_map: bool = True) -> Lookup:
    """The unions `text` may name, among `within` (ids) when given. See `Lookup`.

    `today_map`: a union that ended in 2025, named by its code or name, is today's union of its province (a
    chair saying where they belong). False where the union itself is meant, as an announcement's audience:
    there a former district's LĐLĐ stays itself — sending to the whole province instead would reach people
    the organiser never chose."""
    text = " ".join(text.split())[:200]
    key = org_key(text) if text else ""
    if not key:
        return Lookup()
    orgs = list(session.scalars(select(Organisation).order_by(Organisation.id)))
    by_id = {o.id: o for o in orgs}
    province = province_in(text)
    former = canonical_name(province) if province and is_former(province) else None
    names_union = bool(_UNION_WORDS.search(expand(text)))

    def today(ids: Iterable[int]) -> list[Organisation]:
        out: list[Organisation] = []
        for ident in ids:
            org = current_of(session, by_id[ident]) if today_map else by_id[ident]
            if org not in out and (within is None or org.id in within):
                out.append(org)
        return out

    # A code («LS», «CT»).
    coded = session.scalar(select(Organisation).where(func.upper(Organisation.code) == text.upper()))
    if coded is not None:
        found = today([coded.id])
        return Lookup(found, bool(found), province, former, names_union)
    # A name or alias, written any way; today's provincial unions also by their former provinces' union names.
    directory = Directory()
    for org in orgs:
        names = [org.name, *org.aliases.split(";")]
        if org.kind == "province" and org.province and not is_history(org):
            names += former_union_names(org.province)
        directory.add(org.id, names)
    named = today(directory.find(text))
    if named:
        return Lookup(named, len(named) == 1, current_province(province) if province else None, former, names_union)
    # A bare province («Cần Thơ», «tỉnh Sóc Trăng», «soc trang»): its LĐLĐ today.
    bare = canonical_name(_PLACE_LEVEL.sub("", key))
    if bare is not None:
        union = provincial_union(session, bare)
        found = today([union.id]) if union is not None else []
        return Lookup(found, bool(found), current_province(bare), bare if is_former(bare) else None, names_union)
    # Every word typed in a union's name («cd nganh giao duc can tho» in «Công đoàn ngành Giáo dục thành phố
    # Cần Thơ»): the closest names first; one that adds nothing is the one meant.
    typed = _words(key)
    # The province typed may be said of the union rather than be in its name («cd phuong dong kinh lang son»).
    place = current_province(province) if province else None
    unplaced = _without(typed, _words(org_key(province))) if province else typed
    fits: list[tuple[int, Organisation]] = []
    if typed and not set(typed) <= _GENERIC:
        for org in orgs:
            if is_history(org) or (within is not None and org.id not in within):
                continue
            there = place is not None and current_province(org.province) == place
            best: int | None = None
            for name in (org.name, *org.aliases.split(";")):
                words = _words(org_key(name)) if name.strip() else []
                for wanted in (typed, unplaced if there and unplaced and set(unplaced) - _GENERIC else None):
                    if words and wanted and _contains(words, wanted):
                        extra = len(words) - len(wanted)
                        best = extra if best is None else min(best, extra)
            if best is not None:
                fits.append((best, org))
    if fits:
        fits.sort(key=lambda f: (f[0], f[1].name))
        if fits[0][0] == 0 and (len(fits) == 1 or fits[1][0] > 0):
            return Lookup([fits[0][1]], True, province, former, names_union)
        return Lookup([o for _, o in fits[:MAX_CHOICES]], len(fits) == 1, province, former, names_union)
    # Nothing by that name: the province it names, for the caller to propose (never to save unasked).
    union = provincial_union(session, province) if province else None
    found = today([union.id]) if union is not None else []
    sector = _sector_of(key)
    if sector and place is not None:
        # «công đoàn bệnh viện tỉnh Hà Tĩnh», «cđ trường THCS … Nghệ An»: a workplace's union the list does not
        # hold, under its sector's union of that province («Công đoàn ngành Y tế tỉnh Hà Tĩnh»), offered first
        # with the province's LĐLĐ for the user to choose.
        of_sector = [o for o in orgs if not is_history(o) and (within is None or o.id in within)
                     and current_province(o.province) == place and _contains(_words(org_key(o.name)), sector)]
        found = [*today(o.id for o in of_sector), *[o for o in found if o not in of_sector]]
    return Lookup(found, False, current_province(province) if province else None, former, names_union)


# A workplace named by its kind (folded), and the words of its sector's union name: a hospital's union is under
# the province's health-sector union, a school's under its education union.
_WORKPLACE_SECTORS: tuple[tuple[re.Pattern[str], list[str]], ...] = (
    (re.compile(r"\b(?:benh vien|bv|trung tam y te|ttyt|tram y te|phong kham|so y te)\b"), ["y", "te"]),
    (re.compile(r"\b(?:truong (?:mam non|tieu hoc|thcs|thpt|trung hoc|pho thong)|mam non|tieu hoc|thcs|thpt"
                r"|so giao duc)\b"), ["giao", "duc"]),
)


def _sector_of(key: str) -> list[str]:
    """The words of the sector union a typed workplace belongs under («benh vien» -> «y te»); [] for none."""
    return next((words for pattern, words in _WORKPLACE_SECTORS if pattern.search(key)), [])


def _without(words: list[str], part: list[str]) -> list[str]:
    """`words` with the run `part` taken out once (a province's name inside a typed union name)."""
    for i in range(len(words) - len(part) + 1):
        if part and words[i:i + len(part)] == part:
            return words[:i] + words[i + len(part):]
    return words


def _contains(words: list[str], typed: list[str]) -> bool:
    """Whether every typed word is among a name's words, as many times as typed."""
    pool = list(words)
    for word in typed:
        if word not in pool:
            return False
        pool.remove(word)
    return True
