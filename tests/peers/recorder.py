"""A tiny HTTP server that records every request it receives, for Keyway's redirect tests (did credentials follow a
redirect to another origin?). Standard library only; bound to 127.0.0.1.

    /usr/bin/python3 recorder.py --port 0

Prints {"port": N, "origin": "http://127.0.0.1:N"} once listening. Any request is answered 200 with a small JSON
body and recorded as {method, path, headers: [[name, value], ...], body}. GET /__recorded returns the list (oldest
first); DELETE /__recorded clears it. At most 1000 requests and 1 MiB per body are kept.
"""

from __future__ import annotations

import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List

MAX_RECORDS = 1000
MAX_BODY = 1024 * 1024

_records: List[Dict[str, Any]] = []
_lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # seconds a connection may stay silent

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read /__recorded instead
        pass

    def _send(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            self._send(413, {"error": "body too large"})
            return
        body = self.rfile.read(length) if length else b""
        if self.path == "/__recorded":
            if self.command == "GET":
                with _lock:
                    snapshot = list(_records)
                self._send(200, snapshot)
                return
            if self.command == "DELETE":
                with _lock:
                    _records.clear()
                self._send(200, {"cleared": True})
                return
        record = {
            "method": self.command,
            "path": self.path,
            "headers": [[k, v] for k, v in self.headers.items()],
            "body": body.decode("utf-8", errors="replace"),
        }
        with _lock:
            _records.append(record)
            del _records[:-MAX_RECORDS]
        self._send(200, {"recorded": True, "method": self.command, "path": self.path})

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    port = server.server_address[1]
    print(json.dumps({"port": port, "origin": f"http://127.0.0.1:{port}"}), flush=True)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
