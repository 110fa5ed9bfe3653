"""The one way the server fetches a URL it was given: behind an SSRF guard.

Only http(s) to public addresses: loopback, private, link-local, CGNAT, multicast,
reserved and cloud-metadata addresses are refused; the checked address is the one
connected to (no DNS rebinding between check and connect); every redirect is checked
again; size and time are capped.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from podium.files.cache import FileCache

MAX_REDIRECTS = 5
CGNAT = ipaddress.ip_network("100.64.0.0/10")
METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}


class FetchRefused(Exception):
    """The URL may not be fetched, or fetching it failed; the message says why."""


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv4Address) and ip in CGNAT:
        return False
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)


def resolve_public(host: str, port: int) -> str:
    """One public address for `host`, or FetchRefused if any address it has is not public."""
    if host.lower().rstrip(".") in METADATA_HOSTS:
        raise FetchRefused(f"Refusing to fetch from {host}: not a public host")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchRefused(f"Cannot resolve {host}: {exc}") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses or not all(is_public_address(address) for address in addresses):
        raise FetchRefused(f"Refusing to fetch from {host}: it is not a public address")
    return addresses[0]


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a pre-checked address, with the certificate checked for the host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path) of an acceptable URL, or FetchRefused."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused("Only http and https URLs can be fetched")
    if parts.username or parts.password:
        raise FetchRefused("URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path


def fetch_to_cache(url: str, cache: FileCache, max_bytes: int | None, timeout: float = 15.0) -> Path:
    """Downloads `url` into the cache through the guard; returns the cached path."""
    limit = max_bytes if max_bytes is not None else 200 * 1024 * 1024
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, path = check_url(url)
        address = resolve_public(host, port)
        connection_type = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        connection = connection_type(host, address, port, timeout)
        try:
            connection.request("GET", path, headers={"User-Agent": "podium", "Accept": "*/*"})
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("location")
                if not location:
                    raise FetchRefused(f"{host} redirected without a location")
                url = urljoin(url, location)
                continue
            if response.status != 200:
                raise FetchRefused(f"Fetching {host} failed with HTTP {response.status}")
            name = Path(urlsplit(url).path).name or "download"
            target = cache.new_path(name)
            size = 0
            with target.open("wb") as out:
                while chunk := response.read(64 * 1024):
                    size += len(chunk)
                    if size > limit:
                        out.close()
                        target.unlink()
                        target.parent.rmdir()
                        raise FetchRefused(f"The file at {host} is larger than {limit} bytes")
                    out.write(chunk)
            return target
        except (OSError, http.client.HTTPException) as exc:
            raise FetchRefused(f"Fetching {host} failed: {exc}") from None
        finally:
            connection.close()
    raise FetchRefused(f"Too many redirects (more than {MAX_REDIRECTS})")
