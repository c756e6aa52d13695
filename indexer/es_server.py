"""A local Elasticsearch for tests, CI and one-machine use.

Fetches the pinned test distribution from Maven Central with ``mvn dependency:get``,
unpacks it under ``var/elasticsearch/`` (or ``PANTAU_ES_HOME``), and runs it on 127.0.0.1
as a single node without security and with a 512 MB heap. Elasticsearch refuses to run
as root, so as root it runs as the system user ``pantau-es`` (created when missing).
"""

from __future__ import annotations

import json
import logging
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

VERSION = "8.19.7"  # runs on Java 17; the Python client is pinned to the same major
ARTIFACT = f"org.elasticsearch.distribution.integ-test-zip:elasticsearch:{VERSION}:zip"
DEFAULT_PORT = 9200
SERVICE_USER = "pantau-es"
HEAP = "512m"


class ServerError(RuntimeError):
    """Elasticsearch could not be fetched, started or stopped; the message says why."""


@dataclass
class Paths:
    home: Path

    @property
    def dist(self) -> Path:
        return self.home / f"elasticsearch-{VERSION}"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def pidfile(self) -> Path:
        return self.home / "run" / "elasticsearch.pid"

    @property
    def urlfile(self) -> Path:
        return self.home / "run" / "url"


def default_home() -> Path:
    """``PANTAU_ES_HOME``, else ``var/elasticsearch`` in the project, unless we are root
    and the service user could not reach it (a checkout under /root): then
    ``/var/lib/pantau-es``."""
    env = os.environ.get("PANTAU_ES_HOME")
    if env:
        return Path(env)
    home = Path(__file__).resolve().parents[1] / "var" / "elasticsearch"
    if os.geteuid() == 0 and not _traversable_by_others(home):
        return Path("/var/lib/pantau-es")
    return home


def _traversable_by_others(path: Path) -> bool:
    parent = path
    while not parent.exists():
        parent = parent.parent
    return all(p.stat().st_mode & 0o001 for p in (parent, *parent.parents))


def m2_repository() -> Path:
    env = os.environ.get("PANTAU_M2_REPO")
    return Path(env) if env else Path.home() / ".m2" / "repository"


def fetch() -> Path:
    """The distribution zip, taken from Maven Central with ``mvn dependency:get`` unless
    the local Maven repository already holds it."""
    repo = m2_repository()
    group, artifact, version, ext = ARTIFACT.split(":")
    path = repo / group.replace(".", "/") / artifact / version / f"{artifact}-{version}.{ext}"
    if path.is_file():
        return path
    if shutil.which("mvn") is None:
        raise ServerError("Maven (mvn) is needed to fetch Elasticsearch: apt-get install maven")
    log.info("fetching %s with mvn dependency:get", ARTIFACT)
    result = subprocess.run(
        ["mvn", "-q", "-B", "dependency:get", f"-Dartifact={ARTIFACT}", "-Dtransitive=false",
         f"-Dmaven.repo.local={repo}"],
        capture_output=True, text=True,
    )
    if result.returncode != 0 or not path.is_file():
        raise ServerError(f"mvn dependency:get {ARTIFACT} failed:\n{result.stdout[-2000:]}"
                          f"{result.stderr[-2000:]}")
    return path


def unpack(paths: Paths) -> Path:
    """Unpack the distribution once (keeping the executable bits zipfile drops)."""
    marker = paths.dist / ".unpacked"
    if marker.exists():
        return paths.dist
    archive = fetch()
    paths.home.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            target = paths.home / info.filename
            zf.extract(info, paths.home)
            mode = info.external_attr >> 16
            if mode and not info.is_dir():
                target.chmod(mode & 0o777)
    marker.touch()
    return paths.dist


def java_home() -> str:
    """``ES_JAVA_HOME`` if set, else the JDK of the ``java`` on PATH (Java 17+)."""
    if os.environ.get("ES_JAVA_HOME"):
        return os.environ["ES_JAVA_HOME"]
    java = shutil.which("java")
    if java is None:
        raise ServerError("no Java found: install a JDK 17+ or set ES_JAVA_HOME")
    return str(Path(java).resolve().parents[1])


def _service_user() -> str | None:
    """The user Elasticsearch runs as: ourselves, or ``pantau-es`` when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", SERVICE_USER], check=True)
    return SERVICE_USER


def _chown_tree(path: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    for root, dirs, files in os.walk(path):
        os.chown(root, entry.pw_uid, entry.pw_gid)
        for name in dirs + files:
            os.chown(os.path.join(root, name), entry.pw_uid, entry.pw_gid, follow_symlinks=False)


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Elasticsearch binds
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def health(url: str, timeout: float = 2.0) -> dict | None:
    """``_cluster/health`` of ``url`` or None when nothing answers there."""
    try:
        with urllib.request.urlopen(f"{url}/_cluster/health", timeout=timeout) as resp:
            return json.load(resp)
    except (OSError, ValueError):
        return None


def _pid(paths: Paths) -> int | None:
    try:
        pid = int(paths.pidfile.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def status(home: Path | None = None) -> dict:
    """What runs: {"running", "pid", "url", "health"}."""
    paths = Paths(home or default_home())
    pid = _pid(paths)
    url = paths.urlfile.read_text().strip() if pid and paths.urlfile.exists() else None
    state = health(url) if url else None
    return {"running": pid is not None, "pid": pid, "url": url,
            "health": state.get("status") if state else None}


def start(home: Path | None = None, port: int | None = None, timeout: float = 180.0) -> str:
    """Start Elasticsearch (or find it already running) and return its URL once
    ``_cluster/health`` is yellow or green."""
    paths = Paths(home or default_home())
    current = status(paths.home)
    if current["running"] and current["health"] in ("yellow", "green"):
        return current["url"]
    if current["running"]:
        return _wait(paths, current["url"], current["pid"], timeout)
    dist = unpack(paths)
    if port is None:
        port = DEFAULT_PORT if _port_free(DEFAULT_PORT) else _free_port()
    elif not _port_free(port):
        raise ServerError(f"port {port} on 127.0.0.1 is taken")
    for directory in (paths.data, paths.logs, paths.pidfile.parent):
        directory.mkdir(parents=True, exist_ok=True)
    paths.pidfile.unlink(missing_ok=True)
    user = _service_user()
    if user:
        for directory in (dist, paths.data, paths.logs, paths.pidfile.parent):
            _chown_tree(directory, user)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "ES_JAVA_HOME": java_home(),
        "ES_JAVA_OPTS": f"-Xms{HEAP} -Xmx{HEAP}",
        "HOME": str(paths.home),
        "LANG": "C.UTF-8",
    }
    settings = {
        "cluster.name": "pantau",
        "node.name": "pantau-local",
        "network.host": "127.0.0.1",
        "http.port": str(port),
        "transport.port": "0",
        "discovery.type": "single-node",
        "xpack.security.enabled": "false",
        "path.data": str(paths.data),
        "path.logs": str(paths.logs),
        "cluster.routing.allocation.disk.threshold_enabled": "false",
    }
    command = [str(dist / "bin" / "elasticsearch"), "-d", "-p", str(paths.pidfile)]
    command += [f"-E{key}={value}" for key, value in settings.items()]
    url = f"http://127.0.0.1:{port}"
    paths.urlfile.write_text(url + "\n")
    log.info("starting Elasticsearch %s on %s", VERSION, url)
    result = subprocess.run(command, env=env, user=user, cwd=dist, capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode != 0:
        raise ServerError(f"Elasticsearch did not start (exit {result.returncode}):\n"
                          f"{(result.stdout + result.stderr)[-3000:]}{_log_tail(paths)}")
    return _wait(paths, url, None, timeout)


def _wait(paths: Paths, url: str, pid: int | None, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = health(url)
        if state and state.get("status") in ("yellow", "green"):
            return url
        if pid is None:
            pid = _pid(paths)
        elif _pid(paths) is None:
            raise ServerError(f"Elasticsearch exited while starting{_log_tail(paths)}")
        time.sleep(0.5)
    raise ServerError(f"Elasticsearch at {url} not healthy after {timeout:.0f}s"
                      f"{_log_tail(paths)}")


def _log_tail(paths: Paths, lines: int = 30) -> str:
    logfile = paths.logs / "pantau.log"
    if not logfile.exists():
        return ""
    tail = logfile.read_text(errors="replace").splitlines()[-lines:]
    return "\n--- " + str(logfile) + " ---\n" + "\n".join(tail)


def stop(home: Path | None = None, timeout: float = 60.0) -> bool:
    """Stop the local Elasticsearch; False when none was running."""
    paths = Paths(home or default_home())
    pid = _pid(paths)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _pid(paths) is None or not _alive(pid):
            break
        time.sleep(0.3)
    else:
        os.kill(pid, signal.SIGKILL)
    paths.pidfile.unlink(missing_ok=True)
    paths.urlfile.unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie has exited
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True
