"""A real webhook receiver for tests: an HTTP server in a thread that checks what it is sent."""

import contextlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pydantic import ValidationError

from services.delivery.signing import (
    ALERT_ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    verify,
)
from shared.contracts import Alert

# Given how many requests for this alert came before (0 for the first), the status to answer.
Script = Callable[[int], int]


def always(status: int) -> Script:
    """Answer every request with one status."""
    return lambda _n: status


def first_then(first: list[int], then: int = 200) -> Script:
    """Answer the first requests for an alert from a list, then `then`."""
    return lambda n: first[n] if n < len(first) else then


@dataclass
class Receiver:
    """What the server saw: every accepted alert (repeats included) and every problem."""

    secret: str
    script: Script = field(default_factory=lambda: always(200))
    delay_s: float = 0.0
    protocol: str = "HTTP/1.1"  # keeps connections alive, as real endpoints do; or "HTTP/1.0"
    url: str = ""
    requests: Counter[str] = field(default_factory=Counter)
    delivered: list[Alert] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def delivered_ids(self) -> list[str]:
        """Alert ids answered 2xx, in arrival order, repeats included."""
        with self.lock:
            return [alert.alert_id for alert in self.delivered]

    def receive(self, headers: dict[str, str], body: bytes) -> int:
        """Check one request like a careful receiver would; return the status to answer."""
        problems = []
        if headers.get("content-type") != "application/json":
            problems.append(f"content type {headers.get('content-type')!r}")
        if not verify(
            self.secret,
            headers.get(TIMESTAMP_HEADER.lower(), ""),
            body,
            headers.get(SIGNATURE_HEADER.lower(), ""),
        ):
            problems.append("bad signature")
        try:
            alert = Alert.model_validate_json(body)
        except ValidationError as exc:
            problems.append(f"not an Alert: {exc.error_count()} errors")
            alert = None
        if alert is not None and headers.get(ALERT_ID_HEADER.lower()) != alert.alert_id:
            problems.append("alert id header differs from the body's")
        with self.lock:
            if problems or alert is None:
                self.problems.extend(problems)
                return 400
            seen = self.requests[alert.alert_id]
            self.requests[alert.alert_id] += 1
        status = self.script(seen)
        if 200 <= status < 300:
            with self.lock:
                self.delivered.append(alert)
        return status


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = receiver.protocol

        def handle(self) -> None:
            with contextlib.suppress(ConnectionError):  # a sender that timed out hung up
                super().handle()

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with receiver.lock:
                receiver.in_flight += 1
                receiver.most_in_flight = max(receiver.most_in_flight, receiver.in_flight)
            try:
                if receiver.delay_s:
                    time.sleep(receiver.delay_s)
                status = receiver.receive({k.lower(): v for k, v in self.headers.items()}, body)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
            except OSError:
                pass  # the sender gave up waiting
            finally:
                with receiver.lock:
                    receiver.in_flight -= 1

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # socketserver's 5 drops the SYNs of a batch connecting at once
    daemon_threads = True


@contextmanager
def running(receiver: Receiver) -> Iterator[Receiver]:
    """Serve `receiver` on a free port of 127.0.0.1 for the duration."""
    server = _Server(("127.0.0.1", 0), _handler(receiver))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/khabar"
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
