"""The SSRF guard: which addresses and URLs the server will fetch from."""

from __future__ import annotations

import pytest

from podium.files.fetch import FetchRefused, check_url, is_public_address, resolve_public


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "240.0.0.1", "fe80::1", "fc00::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "255.255.255.255",
    ],
)
def test_non_public_addresses_are_refused(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert is_public_address(address)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/x", "gopher://x", "http://user:pw@example.com/", "http:///nohost", "data:,hi"],
)
def test_only_plain_http_urls_are_accepted(url):
    with pytest.raises(FetchRefused):
        check_url(url)


def test_accepted_url_is_split_with_default_ports():
    assert check_url("https://example.com/a.png?x=1") == ("https", "example.com", 443, "/a.png?x=1")
    assert check_url("http://example.com") == ("http", "example.com", 80, "/")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "metadata.google.internal", "[::1]".strip("[]")])
def test_hosts_resolving_to_private_addresses_are_refused(host):
    with pytest.raises(FetchRefused, match="not a public"):
        resolve_public(host, 80)
