"""DateTime: a date (and time) as a timestamp, a datetime or a string, with relative
expressions such as "now - 24h" understood."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar, Literal

from podium.blocks.events import EventListener
from podium.components._base import Component
from podium.components._payload import expect

_RELATIVE = re.compile(r"^\s*now\s*(?:([+-])\s*(\d+(?:\.\d+)?)\s*([smhdw]))?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d")


class DateTime(Component):
    PROPS: ClassVar[tuple[str, ...]] = ("include_time", "type", "timezone", "buttons")
    change = EventListener()
    submit = EventListener()

    def __init__(
        self,
        value: float | str | dt.datetime | None = None,
        *,
        include_time: bool = True,
        type: Literal["timestamp", "datetime", "string"] = "timestamp",
        timezone: str | None = None,
        label: str | None = None,
        show_label: bool | None = None,
        info: str | None = None,
        every: float | None = None,
        scale: int | None = None,
        min_width: int = 160,
        visible: bool | str = True,
        interactive: bool | None = None,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        preserved_by_key: Any = "value",
        buttons: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        if type not in ("timestamp", "datetime", "string"):
            raise ValueError(f"DateTime type must be 'timestamp', 'datetime' or 'string', not {type!r}")
        self.include_time = include_time
        self.type = type
        self.timezone = timezone
        self.buttons = list(buttons or [])
        self._zone = _zone(timezone)
        super().__init__(
            value, label=label, show_label=show_label, info=info, every=every, scale=scale,
            min_width=min_width, visible=visible, interactive=interactive, elem_id=elem_id,
            elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key, **kwargs,
        )

    @property
    def _format(self) -> str:
        return "%Y-%m-%d %H:%M:%S" if self.include_time else "%Y-%m-%d"

    # ---- wire -> function -----------------------------------------------------------------
    def check_payload(self, payload: Any) -> None:
        expect(payload, str, "a date string like '2024-01-31 12:00:00' or 'now - 24h'")
        if payload:
            self._parse(payload)  # raises ValueError with the accepted forms

    def preprocess(self, payload: str | None) -> float | dt.datetime | str | None:
        if payload is None or payload == "":
            return None
        moment = self._parse(payload)
        if self.type == "string":
            return moment.strftime(self._format)
        if self.type == "datetime":
            return moment
        return moment.timestamp()

    def _parse(self, text: str) -> dt.datetime:
        relative = _RELATIVE.match(text)
        if relative:
            moment = dt.datetime.now(self._zone)
            sign, amount, unit = relative.groups()
            if sign:
                shift = dt.timedelta(seconds=float(amount) * _UNIT_SECONDS[unit.lower()])
                moment = moment + shift if sign == "+" else moment - shift
            return moment if self._zone is not None else moment.replace(tzinfo=None)
        for fmt in _FORMATS:
            try:
                moment = dt.datetime.strptime(text.strip(), fmt)
            except ValueError:
                continue
            return moment.replace(tzinfo=self._zone) if self._zone is not None else moment
        raise ValueError(
            f"Cannot read {text!r} as a date: use 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS', "
            "'now', or 'now - 24h' (units s, m, h, d, w)"
        )

    # ---- function -> wire -----------------------------------------------------------------
    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            moment = value.astimezone(self._zone) if self._zone is not None and value.tzinfo else value
            return moment.strftime(self._format)
        if isinstance(value, dt.date):
            return value.strftime("%Y-%m-%d")
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return dt.datetime.fromtimestamp(value, self._zone).strftime(self._format)
        return str(value)  # a formatted string or a relative expression, shown as given

    def api_info(self) -> dict[str, Any]:
        described = "YYYY-MM-DD HH:MM:SS" if self.include_time else "YYYY-MM-DD"
        return {"type": "string", "description": f"Formatted as {described}"}

    def example_payload(self) -> Any:
        return "2020-10-01 05:20:15"


def _zone(name: str | None) -> dt.tzinfo | None:
    if name is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only apps that name a timezone

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"Unknown timezone {name!r} (use an IANA name such as 'Europe/Paris')") from None
