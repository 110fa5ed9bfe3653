"""A real nginx (Debian's package) on loopback in front of a test server."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

CONFIG = """
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 256; }}
http {{
  access_log off;
  client_body_temp_path {root}/body;
  proxy_temp_path {root}/proxy;
  fastcgi_temp_path {root}/fastcgi;
  uwsgi_temp_path {root}/uwsgi;
  scgi_temp_path {root}/scgi;
  client_max_body_size 100m;
  server {{
    listen 127.0.0.1:{port};
    {locations}
  }}
}}
"""

# What a typical deployment sets. Buffering is left at nginx's default (on): Podium's
# event streams say `X-Accel-Buffering: no`, so they stream anyway.
PROXY_HEADERS = """
      proxy_http_version 1.1;
      proxy_set_header Host $host:$server_port;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host:$server_port;
      proxy_read_timeout 300s;
"""


class Nginx:
    def __init__(self, root: Path, port: int, locations: str) -> None:
        self.root = root
        self.port = port
        self.config = root / "nginx.conf"
        self.config.write_text(CONFIG.format(root=root, port=port, locations=locations))
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        assert Path(binary).exists(), "the reverse-proxy tests need Debian's nginx: apt-get install nginx"
        self.process = subprocess.Popen(
            [binary, "-p", str(self.root), "-c", str(self.config), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.process.stderr.read().decode() if self.process.stderr else ''}")
            try:
                urllib.request.urlopen(self.url + "/__nginx_probe", timeout=1)
            except urllib.error.HTTPError:
                return  # nginx answers (404/502): it is up
            except OSError:
                time.sleep(0.05)
                continue
            return
        raise RuntimeError("nginx did not start")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        if self.process.stderr is not None:
            self.process.stderr.close()


def location(prefix: str, upstream: str) -> str:
    return f"location {prefix} {{\n      proxy_pass {upstream};{PROXY_HEADERS}    }}"
