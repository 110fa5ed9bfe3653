"""SVG sanitising: an uploaded SVG is served back to browsers, so nothing in it may run
code or reach outside the document."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from podium.exceptions import Error

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# Elements that run code, embed other documents or rewrite attributes over time.
_DROPPED = {"script", "foreignobject", "iframe", "object", "embed", "handler", "listener",
            "set", "animate", "animatemotion", "animatetransform", "animatecolor", "audio", "video"}
_EXTERNAL_URL = re.compile(r"url\(\s*(['\"]?)(?!#)[^)]*\)", re.IGNORECASE)
_SAFE_DATA = re.compile(r"^data:image/(png|jpe?g|gif|webp);", re.IGNORECASE)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def sanitize_svg(text: str) -> str:
    """The SVG without scripts, event handlers, or references outside the document."""
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.IGNORECASE):
        raise Error("SVG files with a DOCTYPE or entity declarations are not accepted.")
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        raise Error("The SVG file could not be read.") from None
    if _local(root.tag) != "svg":
        raise Error("The file is not an SVG image.")
    _clean(root)
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    return ET.tostring(root, encoding="unicode")


def _clean(element: ET.Element) -> None:
    for child in list(element):
        if not isinstance(child.tag, str) or _local(child.tag) in _DROPPED:
            element.remove(child)
            continue
        if _local(child.tag) == "style" and child.text:
            if "@import" in child.text.lower():
                element.remove(child)
                continue
            child.text = _EXTERNAL_URL.sub("none", child.text)
        _clean(child)
    for name, value in list(element.attrib.items()):
        local = _local(name)
        lowered = re.sub(r"\s+", "", value).lower()
        if local.startswith("on") or "javascript:" in lowered or "vbscript:" in lowered or (local in ("href", "src") and not (value.startswith("#") or _SAFE_DATA.match(value))):
            del element.attrib[name]
        elif "url(" in lowered:
            element.attrib[name] = _EXTERNAL_URL.sub("none", value)
