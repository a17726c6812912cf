"""Deployment settings from the environment (and a `.env` file), as contracted in DESIGN.md."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


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

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def organiser_refs(self) -> list[tuple[str, str]]:
        """CADREBOT_ORGANISERS as (channel, user_id) pairs."""
        out: list[tuple[str, str]] = []
        for part in self.organisers.split(","):
            channel, sep, user = part.strip().partition(":")
            if sep and channel and user:
                out.append((channel.lower(), user))
        return out
