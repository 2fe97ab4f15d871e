from __future__ import annotations

from sitrep.fetch.urls import canonical, is_web_url, origin


def test_urls_canonical_drops_tracking_parameters_and_fragment() -> None:
    url = "HTTPS://News.Example.COM:443/World/Story?id=7&utm_source=rss&fbclid=x&UTM_Medium=y#comments"
    assert canonical(url) == "https://news.example.com/World/Story?id=7"


def test_urls_canonical_keeps_path_case_parameter_order_and_other_ports() -> None:
    assert canonical("http://127.0.0.1:8080/A?b=2&a=1") == "http://127.0.0.1:8080/A?b=2&a=1"
    assert canonical("http://example.com") == "http://example.com/"


def test_urls_canonical_resolves_relative_addresses() -> None:
    assert canonical("../b?gclid=1", base="http://example.com/x/y/z") == "http://example.com/x/b"


def test_urls_is_web_url_and_origin() -> None:
    assert is_web_url("https://example.com/a") and not is_web_url("file:///etc/passwd")
    assert not is_web_url("examples/page.html") and not is_web_url("http://")
    assert origin("http://Example.com:80/a/b?c=d") == "http://example.com"
