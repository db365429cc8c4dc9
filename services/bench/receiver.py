"""A local webhook receiver for benches: when each alert id first arrived, and from which article.

It speaks HTTP/1.1 by default and keeps connections alive, as a real webhook endpoint (nginx,
any framework's server) does. `protocol="HTTP/1.0"` closes each connection after one answer, so
every POST costs the sender a new TCP connection (the old bench receiver; kept to measure it).
"""

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BACKLOG = 128  # socketserver's default of 5 drops SYNs when a batch connects at once


@dataclass(frozen=True)
class Arrival:
    """The first request for one alert id."""

    at: float  # time.time() when it arrived
    alert_id: str
    article_id: str


class WebhookReceiver:
    """Answers 204 to every POST and notes the first arrival of each `X-Khabar-Alert-Id`."""

    def __init__(self, protocol: str = "HTTP/1.1", backlog: int = BACKLOG) -> None:
        self.first: dict[str, Arrival] = {}
        self.requests = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = protocol

            def do_POST(self) -> None:
                at = time.time()
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                alert_id = self.headers.get("X-Khabar-Alert-Id", "")
                article = str(json.loads(body).get("article_id", ""))
                with receiver.lock:
                    receiver.requests += 1
                    receiver.first.setdefault(alert_id, Arrival(at, alert_id, article))
                self.send_response(204)
                self.send_header("Content-Length", "0")  # HTTP/1.1 needs a length to keep alive
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        class Server(ThreadingHTTPServer):
            request_queue_size = backlog
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Where to POST."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/hook"

    def __enter__(self) -> "WebhookReceiver":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def count(self) -> int:
        """Distinct alert ids received so far."""
        with self.lock:
            return len(self.first)

    def arrivals(self) -> list[Arrival]:
        """First arrivals, in no particular order."""
        with self.lock:
            return list(self.first.values())
