"""Deployment settings from the environment (and a `.env` file), as contracted in DESIGN.md."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from handlers import notices
from knowledge.reminders import Config, parse_ladder
from knowledge.wording import Wording


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field("sqlite:///data/cadrebot.db", alias="CADREBOT_DATABASE_URL")
    telegram_bot_token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_url: str = Field("https://api.telegram.org/bot", alias="TELEGRAM_API_URL")
    zalo_bot_token: SecretStr | None = Field(None, alias="ZALO_BOT_TOKEN")
    zalo_api_url: str = Field("https://bot-api.zaloplatforms.com/bot", alias="ZALO_API_URL")
    webhook_base_url: str | None = Field(None, alias="WEBHOOK_BASE_URL")
    webhook_secret: SecretStr | None = Field(None, alias="WEBHOOK_SECRET")
    webhook_listen: str | None = Field(None, alias="WEBHOOK_LISTEN")
    organisers: str = Field("", alias="CADREBOT_ORGANISERS")
    timezone: str = Field("Asia/Ho_Chi_Minh", alias="CADREBOT_TIMEZONE")
    # The labelled sample courses and targets, loaded only into an empty database.
    sample_data: bool = Field(True, alias="CADREBOT_SAMPLE_DATA")
    # Proactive messages per second over all chats. Telegram allows about 30; Zalo publishes no figure, so
    # its default is cautious. At most one message per chat per second and 8 sends in flight either way.
    telegram_rate: float = Field(25.0, gt=0, le=1000, alias="CADREBOT_TELEGRAM_RATE")
    zalo_rate: float = Field(5.0, gt=0, le=1000, alias="CADREBOT_ZALO_RATE")
    # Reminders: the class ladder ("7 ngày; 1 ngày lúc 07:00; 2 giờ" or "7d,1d@07:00,2h"; a course may set its
    # own in the "Lịch nhắc" column), the deadline ladder, the quiet hours, and the public address whose
    # /ics/<course>.ics links let Zalo users save a class to their calendar (Telegram gets the file itself).
    reminders: str = Field("7d, 1d@07:00, 2h", alias="CADREBOT_REMINDERS")
    deadline_reminders: str = Field("3d, 1d", alias="CADREBOT_DEADLINE_REMINDERS")
    quiet_hours: str = Field("21:00-07:00", alias="CADREBOT_QUIET_HOURS")
    public_url: str | None = Field(None, alias="CADREBOT_PUBLIC_URL")
    # The reverse proxies (TLS terminators) in front of the web server, comma-separated addresses or networks:
    # only requests from them have their X-Forwarded-For believed, for the per-client rate limits.
    trusted_proxies: str = Field("", alias="CADREBOT_TRUSTED_PROXIES")
    # Leadership leases (one sender per channel, one planner): a dead holder is replaced within this.
    lease_seconds: float = Field(30.0, ge=1, le=600, alias="CADREBOT_LEASE_SECONDS")
    # Sent outbox rows older than this are deleted (reports keep their counts).
    retention_days: float = Field(90.0, gt=0, le=3650, alias="CADREBOT_RETENTION_DAYS")

    @field_validator("trusted_proxies")
    @classmethod
    def _proxies(cls, value: str) -> str:
        for part in value.split(","):
            if part.strip():
                ipaddress.ip_network(part.strip(), strict=False)  # ValueError names the bad entry
        return value

    @field_validator("reminders", "deadline_reminders")
    @classmethod
    def _ladder(cls, value: str) -> str:
        parse_ladder(value)  # raises with a message that names the bad part
        return value

    @field_validator("organisers")
    @classmethod
    def _organisers(cls, value: str) -> str:
        parse_organisers(value)  # raises with a message that names the bad entry
        return value

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, value: str) -> str:
        _quiet_bounds(value)
        return value

    def reminder_config(self, wording: Wording = notices.WORDING) -> Config:
        start, end = _quiet_bounds(self.quiet_hours)
        return Config(wording=wording, ladder=parse_ladder(self.reminders), deadline=parse_ladder(self.deadline_reminders),
                      quiet_start=start, quiet_end=end, public_url=self.public_url or self.webhook_base_url)

    @property
    def web_url(self) -> str | None:
        """The public base of the web server (sign-in and calendar links), without a trailing slash."""
        base = (self.public_url or self.webhook_base_url or "").strip()
        return base.rstrip("/") or None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def organiser_refs(self) -> list[tuple[str, str]]:
        """CADREBOT_ORGANISERS as (channel, user_id) pairs."""
        return parse_organisers(self.organisers)


_ORGANISER_ID = {"telegram": re.compile(r"-?\d{1,20}"), "zalo": re.compile(r"[A-Za-z0-9_.-]{1,64}")}


def parse_organisers(value: str) -> list[tuple[str, str]]:
    """"telegram:123, zalo:abc" as pairs; a malformed entry (a space after the colon, an unknown channel,
    another separator) is refused rather than stored as an account nobody has."""
    out: list[tuple[str, str]] = []
    for part in value.split(","):
        entry = part.strip()
        if not entry:
            continue
        channel, sep, user = entry.partition(":")
        pattern = _ORGANISER_ID.get(channel)
        if not sep or pattern is None or not pattern.fullmatch(user):
            raise ValueError(
                f"CADREBOT_ORGANISERS: {entry!r} is not CHANNEL:ID (channel telegram or zalo, no spaces, "
                "entries separated by commas), e.g. telegram:123456789,zalo:abc123")
        out.append((channel, user))
    return out


def _quiet_bounds(value: str) -> tuple[dt.time, dt.time]:
    """ "21:00-07:00" → (21:00, 07:00); "" or "none" → no quiet hours."""
    if value.strip().lower() in ("", "none", "khong", "không"):
        return dt.time(0, 0), dt.time(0, 0)
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
    if match is None:
        raise ValueError("CADREBOT_QUIET_HOURS must look like 21:00-07:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    return dt.time(h1, m1), dt.time(h2, m2)
