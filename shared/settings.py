"""Runtime settings, read from the environment once per process (never at import)."""

import os
import socket

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# How many days dedup remembers an article and a story id lives (KHABAR_DEDUP_WINDOW_DAYS);
# the stages that key state by story (dedup, alerts) share it.
DEDUP_WINDOW_DAYS = 90


def default_consumer_name() -> str:
    """A consumer name unique per process: `<host>-<pid>`."""
    return f"{socket.gethostname()}-{os.getpid()}"


class ServiceSettings(BaseSettings):
    """What every service needs; env names are the upper-case field names."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    redis_url: str = "redis://127.0.0.1:6379/0"
    es_url: str = "http://127.0.0.1:9200"
    es_username: str | None = None
    es_password: str | None = None
    es_ca_certs: str | None = None
    es_index: str = Field(default="khabar-articles", description="the alias searches use")
    stream_prefix: str = "khabar"
    consumer_name: str = Field(default_factory=default_consumer_name)
    log_level: str = "INFO"
    metrics_port: int = Field(default=0, description="Prometheus endpoint port; 0 = off")
    metrics_host: str = Field(default="127.0.0.1", description="address of the metrics endpoint")
    # A worker holds at most batch_size + 1 entries (one batch, one reclaimed entry): the backpressure.
    batch_size: int = Field(default=32, ge=1, le=1000, description="entries read per call")
    claim_idle_ms: int = Field(default=60_000, ge=100, description="reclaim pending after this")
    max_deliveries: int = Field(default=5, ge=1, description="then the entry is dead-lettered")
    max_bundle_bytes: int = Field(default=64 * 1024 * 1024, ge=1)
