"""A TCP listener on 127.0.0.1 that records every connection: the witness that a request the
server should refuse to make (LOAD, SERVICE, a remote JSON-LD context, ...) was never made."""

from __future__ import annotations

import socket
import threading
import time


class Listener:
    """Accepts connections on 127.0.0.1:<port>, records what each sends, answers an empty 200."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = self.url + "/sparql"  # where a SERVICE clause would send its query
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.received.append(conn.recv(65536) or b"(connected, sent nothing)")
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nContent-Length: 0\r\n"
                                 b"Connection: close\r\n\r\n")
                except OSError:
                    self.received.append(b"(connected)")

    def quiet_for(self, seconds: float = 1.0) -> bool:
        """True if nothing connected, after waiting `seconds` for anything late."""
        time.sleep(seconds)
        return not self.received

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()
