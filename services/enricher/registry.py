"""EntityRegistry in Redis, so every enricher worker gives one entity the same canonical form and id.

All keys live in one hash, `<prefix>:entities:registry`; a small Lua script stores a key only when it is
absent and returns whatever is stored, so the first writer wins atomically in one round trip.
Entries never change once written, which lets each worker cache what it has seen.
"""

import json

import redis

from services.enricher.canonical import KnownEntity

_INSERT_IF_ABSENT = """
local stored = redis.call('HGET', KEYS[1], ARGV[1])
if stored then return stored end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return ARGV[2]
"""
CACHE_LIMIT = 100_000


def _encode(entity: KnownEntity) -> str:
    return json.dumps([entity.canonical, entity.entity_id], ensure_ascii=False)


def _decode(raw: bytes | str) -> KnownEntity:
    canonical, entity_id = json.loads(raw)
    return KnownEntity(canonical, entity_id)


class RedisEntityRegistry:
    """Shared key → entity registry in one Redis hash; first writer wins.

    Args:
        client: a synchronous Redis client.
        prefix: the deployment's stream prefix; the hash is `<prefix>:entities:registry`.
    """

    def __init__(self, client: redis.Redis, prefix: str) -> None:
        self._client = client
        self.hash_key = f"{prefix}:entities:registry"
        self._insert = client.register_script(_INSERT_IF_ABSENT)
        self._cache: dict[str, KnownEntity] = {}

    def lookup(self, key: str) -> KnownEntity | None:
        """The entity stored under `key`, if any."""
        if key in self._cache:
            return self._cache[key]
        raw = self._client.hget(self.hash_key, key)
        if not isinstance(raw, bytes | str):  # None: absent (a sync client never awaits)
            return None
        return self._remember(key, _decode(raw))

    def insert(self, key: str, entity: KnownEntity) -> KnownEntity:
        """Store `entity` under `key` unless one is there; return the one that is stored."""
        if key in self._cache:
            return self._cache[key]
        raw = self._insert(keys=[self.hash_key], args=[key, _encode(entity)])
        return self._remember(key, _decode(raw))

    def _remember(self, key: str, entity: KnownEntity) -> KnownEntity:
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = entity
        return entity
