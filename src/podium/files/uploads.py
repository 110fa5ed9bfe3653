"""Streaming multipart uploads into the cache, with the size limit enforced as bytes
arrive: an oversized file is cut off mid-stream and nothing of it stays on disk.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO

import anyio
import anyio.to_thread
from python_multipart.multipart import MultipartParser, parse_options_header

from podium.files.cache import FileCache

FIELD = b"files"
BATCH_BYTES = 1024 * 1024


class UploadError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Receiver:
    """Parser callbacks: each part named `files` becomes one cached file."""

    def __init__(self, cache: FileCache, max_file_size: int | None, max_files: int) -> None:
        self.cache = cache
        self.max_file_size = max_file_size
        self.max_files = max_files
        self.saved: list[Path] = []
        self._header_field = b""
        self._header_value = b""
        self._headers: dict[bytes, bytes] = {}
        self._current: IO[bytes] | None = None
        self._current_path: Path | None = None
        self._size = 0

    def on_part_begin(self) -> None:
        self._headers = {}

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._header_field.lower()] = self._header_value
        self._header_field = self._header_value = b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        if options.get(b"name") != FIELD or b"filename" not in options:
            return  # other fields are ignored
        if len(self.saved) >= self.max_files:
            raise UploadError(413, f"Too many files in one upload (at most {self.max_files})")
        name = options[b"filename"].decode("utf-8", "replace")
        self._current_path = self.cache.new_path(name)
        self._current = self._current_path.open("wb")
        self._size = 0

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self._current is None:
            return
        self._size += end - start
        if self.max_file_size is not None and self._size > self.max_file_size:
            raise UploadError(413, f"File exceeds the maximum upload size of {self.max_file_size} bytes")
        self._current.write(memoryview(data)[start:end])  # no copy of a 1 MiB slice

    def on_part_end(self) -> None:
        if self._current is not None and self._current_path is not None:
            self._current.close()
            self.saved.append(self._current_path)
        self._current = None
        self._current_path = None

    def discard(self) -> None:
        """Removes everything written by this upload (after an error)."""
        if self._current is not None:
            self._current.close()
        for path in [*self.saved, *([self._current_path] if self._current_path else [])]:
            path.unlink(missing_ok=True)
            path.parent.rmdir()


async def receive_upload(
    content_type: str, body: AsyncIterator[bytes], cache: FileCache, max_file_size: int | None, max_files: int = 100
) -> list[Path]:
    """Parses a multipart body of `files` parts into the cache; returns the cached paths."""
    kind, options = parse_options_header(content_type)
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadError(400, "Upload must be multipart/form-data with one or more 'files' fields")
    receiver = _Receiver(cache, max_file_size, max_files)
    callbacks = {name: getattr(receiver, name) for name in dir(receiver) if name.startswith("on_")}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    pending: list[bytes] = []
    pending_size = 0
    try:
        async for chunk in body:
            pending.append(chunk)
            pending_size += len(chunk)
            if pending_size >= BATCH_BYTES:
                # Parsing writes to disk: off the event loop, so a big upload never stalls
                # other requests while the disk catches up; batched, because each trip to
                # a worker thread costs more than parsing and writing 64 KiB.
                await anyio.to_thread.run_sync(parser.write, b"".join(pending))
                pending, pending_size = [], 0
        if pending:
            await anyio.to_thread.run_sync(parser.write, b"".join(pending))
        parser.finalize()
    except UploadError:
        receiver.discard()
        raise
    except Exception as exc:  # noqa: BLE001 - the parser's errors mean a malformed body
        receiver.discard()
        raise UploadError(400, f"Malformed multipart upload: {exc}") from None
    if not receiver.saved:
        raise UploadError(400, "No files found: send them in multipart fields named 'files'")
    return receiver.saved
