"""httpx clients side by side, so the POSTs of a batch spread over small connection pools.

httpcore looks over every connection of its pool, and polls each idle one, for every request and
every response, so a POST's CPU grows with the pool: 32 in flight over one pool of 33 keep-alive
connections cost ~2.0 ms a POST, over pools of 4 ~1.1 ms (one core, a local HTTP/1.1 receiver).
Connections are kept alive (a real endpoint keeps them; dialling again costs a handshake, a TLS
one for https) and never capped: a POST waiting for a free one would time out as "no answer".
"""

import itertools
import math

import httpx

CONNECTIONS_PER_CLIENT = 4


class ClientPool:
    """Enough clients for `in_flight` POSTs at once, taken in turn."""

    def __init__(self, in_flight: int, per_client: int = CONNECTIONS_PER_CLIENT) -> None:
        tls = httpx.create_ssl_context()  # one for all: each client would load the CA bundle
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=per_client)
        self.clients = [
            httpx.AsyncClient(follow_redirects=False, limits=limits, verify=tls)
            for _ in range(max(1, math.ceil(in_flight / per_client)))
        ]
        self._turns = itertools.cycle(self.clients)

    def next(self) -> httpx.AsyncClient:
        """The next client in turn, so a batch's rounds share the pools evenly."""
        return next(self._turns)

    async def aclose(self) -> None:
        """Close every client and its connections."""
        for client in self.clients:
            await client.aclose()
