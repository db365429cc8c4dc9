"""Who alerts for a story: one atomic Redis script claims (watchlist, story) and publishes the alert.

Per alert id (a hash of watchlist id and story id), under `<prefix>:alerts:`:
    state:<alert_id>    HASH watchlist_id, story_id, article_id (the first match), matched_at,
                        reports (matching articles of the story so far), last_article_id, last_at
    reports:<alert_id>  SET of the matching article ids, so a redelivered article counts once
The script creates the state and XADDs the alert to the `alerts` stream in one step, so there is
no moment where a story is claimed and its alert not yet written: a worker killed before the
runner acknowledges its input leaves an entry that, redelivered, finds the claim and counts
nothing twice. Both keys expire a window after the story's last match (the dedup window: a story
id is not remembered longer than that).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from redis import Redis

from shared.contracts import Alert
from shared.streams import Stage, Streams
from shared.wire import encode

# KEYS: alerts stream, then state and reports keys per decision.
# ARGV: ttl seconds, then per decision: alert id, article id, matched_at, schema, payload,
# watchlist id, story id.
_CLAIM = """
local ttl = tonumber(ARGV[1])
local out = {}
for i = 0, (#KEYS - 1) / 2 - 1 do
  local state, reports = KEYS[2 + 2 * i], KEYS[3 + 2 * i]
  local a = 2 + 7 * i
  local article, at = ARGV[a + 1], ARGV[a + 2]
  local fresh = redis.call('SADD', reports, article)
  if redis.call('EXISTS', state) == 0 then
    redis.call('XADD', KEYS[1], '*', 'schema', ARGV[a + 3], 'payload', ARGV[a + 4],
      'id', ARGV[a])
    redis.call('HSET', state, 'watchlist_id', ARGV[a + 5], 'story_id', ARGV[a + 6],
      'article_id', article, 'matched_at', at, 'reports', 1,
      'last_article_id', article, 'last_at', at)
    out[i + 1] = 1
  elseif fresh == 1 then
    redis.call('HINCRBY', state, 'reports', 1)
    redis.call('HSET', state, 'last_article_id', article, 'last_at', at)
    out[i + 1] = 0
  else
    out[i + 1] = -1
  end
  redis.call('EXPIRE', state, ttl)
  redis.call('EXPIRE', reports, ttl)
end
return out
"""


class Decision(IntEnum):
    """What the script did with one match."""

    ALERTED = 1  # the story's first match for this watchlist: the alert was published
    COUNTED = 0  # a later report of an alerted story: counted on the alert
    SEEN = -1  # this article was already counted (a redelivery or a copy of the entry)


@dataclass(frozen=True)
class AlertState:
    """What Redis remembers of one alert: its first match and how many reports matched since."""

    alert_id: str
    watchlist_id: str
    story_id: str
    article_id: str
    matched_at: str
    reports: int
    last_article_id: str
    last_at: str


class AlertClaims:
    """The claim-and-publish script over one Redis, under a stream prefix."""

    def __init__(self, redis: Redis, prefix: str, *, window_days: int) -> None:
        self._redis = redis
        self._streams = Streams(prefix)
        stream = self._streams.output_of(Stage.ALERTS)
        if stream is None:
            raise RuntimeError("shared/streams.py names no output stream for the alerts stage")
        self._stream = stream
        self._ttl = window_days * 86_400
        self._script = redis.register_script(_CLAIM)

    def state_key(self, alert_id: str) -> str:
        """The hash that says a story already alerted a watchlist."""
        return self._streams.key("alerts", "state", alert_id)

    def reports_key(self, alert_id: str) -> str:
        """The set of article ids counted on an alert."""
        return self._streams.key("alerts", "reports", alert_id)

    def claim(self, alerts: Sequence[Alert]) -> list[Decision]:
        """Publish each alert whose story is new to its watchlist; count the others. Atomic."""
        if not alerts:
            return []
        keys: list[str] = [self._stream]
        args: list[Any] = [self._ttl]
        for alert in alerts:
            fields = encode(alert)
            keys += [self.state_key(alert.alert_id), self.reports_key(alert.alert_id)]
            args += [
                alert.alert_id,
                alert.article_id,
                alert.matched_at.isoformat(),
                fields["schema"],
                fields["payload"],
                alert.watchlist_id,
                alert.story_id,
            ]
        return [Decision(int(code)) for code in self._script(keys=keys, args=args)]

    def state(self, alert_id: str) -> AlertState | None:
        """The remembered state of one alert, None once it expired or if it never existed."""
        raw: Any = self._redis.hgetall(self.state_key(alert_id))
        if not raw:
            return None
        found = {k.decode(): v.decode() for k, v in raw.items()}
        return AlertState(
            alert_id=alert_id,
            watchlist_id=found["watchlist_id"],
            story_id=found["story_id"],
            article_id=found["article_id"],
            matched_at=found["matched_at"],
            reports=int(found["reports"]),
            last_article_id=found["last_article_id"],
            last_at=found["last_at"],
        )
