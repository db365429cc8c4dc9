"""`khabar dlq`: list, show, retry and purge dead letters."""

from dataclasses import dataclass

from redis import Redis

from shared.contracts import DeadLetter
from shared.streams import Streams
from shared.wire import decode


@dataclass(frozen=True)
class Letter:
    """A dead letter with the id of its own entry in the dead-letter stream."""

    entry_id: str
    letter: DeadLetter


def list_letters(redis: Redis, streams: Streams, count: int = 50) -> list[Letter]:
    """The oldest dead letters first."""
    rows = redis.xrange(streams.dead_letters, count=count)
    return [Letter(entry_id.decode(), decode(fields, DeadLetter)) for entry_id, fields in rows]  # type: ignore[union-attr]


def get_letter(redis: Redis, streams: Streams, entry_id: str) -> Letter | None:
    """One dead letter by its entry id."""
    rows = redis.xrange(streams.dead_letters, min=entry_id, max=entry_id, count=1)
    if not rows:
        return None
    found_id, fields = rows[0]  # type: ignore[index]
    return Letter(found_id.decode(), decode(fields, DeadLetter))


def retry_letters(redis: Redis, streams: Streams, entry_ids: list[str] | None = None) -> int:
    """Put dead letters back on the stream they came from, then remove them; return how many."""
    letters = (
        [found for i in entry_ids if (found := get_letter(redis, streams, i)) is not None]
        if entry_ids
        else list_letters(redis, streams, count=100_000)
    )
    for item in letters:
        with redis.pipeline(transaction=True) as tx:
            tx.xadd(item.letter.stream, dict(item.letter.fields))  # type: ignore[arg-type]
            tx.xdel(streams.dead_letters, item.entry_id)
            tx.execute()
    return len(letters)


def purge_letters(redis: Redis, streams: Streams) -> int:
    """Delete every dead letter; return how many there were."""
    count = int(redis.xlen(streams.dead_letters))  # type: ignore[arg-type]
    redis.delete(streams.dead_letters)
    return count
