"""File sizes as authors write them: 1024, "5mb", "2 GB"."""

from __future__ import annotations

import re

_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}


def parse_size(size: int | str | None) -> int | None:
    """Bytes from an int or a string such as "10mb"; None means no limit."""
    if size is None or isinstance(size, int):
        if isinstance(size, int) and size < 0:
            raise ValueError(f"a file size cannot be negative: {size}")
        return size
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?b)\s*", size.lower())
    if match is None:
        raise ValueError(f"cannot read file size {size!r}: use bytes or a string like '5mb' or '1.5 gb'")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


class FileSize:
    """Byte multiples for `launch(max_file_size=5 * FileSize.MB)`."""

    B = 1
    KB = 1024
    MB = 1024**2
    GB = 1024**3
    TB = 1024**4
