"""The webhook clients: small connection pools side by side, taken in turn."""

from collections import Counter

import pytest

from services.delivery.clients import ClientPool


@pytest.mark.parametrize(("in_flight", "clients"), [(1, 1), (4, 1), (5, 2), (33, 9)], ids=str)
async def test_pool_has_a_client_per_four_posts_in_flight(in_flight: int, clients: int) -> None:
    pool = ClientPool(in_flight)
    assert len(pool.clients) == clients
    await pool.aclose()


async def test_pool_spreads_a_batch_evenly_over_its_clients() -> None:
    pool = ClientPool(33)
    taken = Counter(id(pool.next()) for _ in range(33))
    assert len(taken) == 9
    assert max(taken.values()) == 4
    await pool.aclose()


async def test_pool_clients_never_follow_redirects() -> None:
    pool = ClientPool(8)
    assert not any(client.follow_redirects for client in pool.clients)
    await pool.aclose()
