"""Button data, built and read in one typed place: a prefix and fields joined by ":", ASCII, at most 64 bytes.

Every button's data goes through `pack`, and every press is read by `unpack` and routed by its prefix through
a table (handlers/core.py), so the format cannot drift between the layers that make buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.types import MAX_BUTTON_DATA, is_id

SEP = ":"
CONFIRM = "ok"  # "ok:<data>": the confirmed form of a destructive choice


@dataclass(frozen=True, slots=True)
class Data:
    """A press: its prefix and fields ("oc:12:2" is Data("oc", ("12", "2")))."""

    prefix: str
    fields: tuple[str, ...]

    def ident(self, i: int = 0) -> int | None:
        """Field `i` as a database id, or None when it is not one."""
        return int(self.fields[i]) if len(self.fields) > i and is_id(self.fields[i]) else None

    @property
    def rest(self) -> str:
        return SEP.join(self.fields)


def pack(prefix: str, *fields: str | int) -> str:
    """The data of a button; raises ValueError when it cannot travel (non-ASCII, too long, a stray ":")."""
    if not prefix or SEP in prefix:
        raise ValueError(f"bad button prefix: {prefix!r}")
    parts = [str(f) for f in fields]
    if any(SEP in p for p in parts[:-1]):
        raise ValueError(f"only the last field may hold {SEP!r}: {parts!r}")
    data = SEP.join([prefix, *parts])
    if not data.isascii() or len(data.encode()) > MAX_BUTTON_DATA:
        raise ValueError(f"button data must be ASCII and <= {MAX_BUTTON_DATA} bytes: {data!r}")
    return data


def unpack(data: str) -> Data:
    prefix, *fields = data.split(SEP)
    return Data(prefix, tuple(fields))


def confirmed(data: str) -> str:
    """The data of the "yes" answer to a destructive choice."""
    return pack(CONFIRM, data)
