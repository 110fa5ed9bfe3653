"""Flagging: saving what users mark (inputs, outputs, an option) for later review.

`Interface(flagging_mode="manual")` shows Flag buttons; `"auto"` flags every run. Blocks
apps call a callback themselves::

    callback = podium.CSVLogger()
    callback.setup([text, label], "flagged")
    button.click(lambda *values: callback.flag(list(values)), [text, label], None, preprocess=False)
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import secrets
import shutil
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from podium.files.cache import safe_name
from podium.files.file_data import is_file_data


class FlaggingCallback(ABC):
    """Where flagged samples go. Subclass it to save them anywhere (a database, a hub...)."""

    @abstractmethod
    def setup(self, components: Sequence[Any], flagging_dir: str | Path) -> None:
        """Called once, before the first flag, with the components whose values are flagged."""

    @abstractmethod
    def flag(self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None) -> int:
        """Saves one sample (one value per component, as sent by the browser); returns how
        many samples are saved so far."""


class CSVLogger(FlaggingCallback):
    """Appends each sample to `flagging_dir/dataset1.csv` (one column per component, then
    the flag option and a timestamp); files the sample points at are copied under
    `flagging_dir/<component label>/` and the CSV holds their relative path."""

    def __init__(self, simplify_file_data: bool = True, verbose: bool = True, dataset_file_name: str | None = None) -> None:
        self.simplify_file_data = simplify_file_data
        self.verbose = verbose
        self.dataset_file_name = dataset_file_name
        self._lock = threading.Lock()
        self.components: list[Any] = []
        self.flagging_dir = Path(".")
        self.dataset_file = Path("dataset1.csv")

    def setup(self, components: Sequence[Any], flagging_dir: str | Path) -> None:
        self.components = list(components)
        self.flagging_dir = Path(flagging_dir)
        self.flagging_dir.mkdir(parents=True, exist_ok=True)
        header = self._header()
        if self.dataset_file_name:
            self.dataset_file = self.flagging_dir / self.dataset_file_name
            return
        # A dataset written by a different app layout is left alone: start the next file.
        number = 1
        while True:
            candidate = self.flagging_dir / f"dataset{number}.csv"
            if not candidate.exists() or _first_row(candidate) == header:
                self.dataset_file = candidate
                return
            number += 1

    def _header(self) -> list[str]:
        labels = [_column_name(component, index) for index, component in enumerate(self.components)]
        return [*labels, "flag", "timestamp"]

    def flag(self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None) -> int:
        if not self.components and flag_data:
            raise RuntimeError("CSVLogger.flag() was called before setup(components, flagging_dir)")
        row = [self._cell(component, index, value) for index, (component, value) in enumerate(zip(self.components, flag_data, strict=False))]
        row += [flag_option or "", str(datetime.datetime.now())]
        with self._lock:
            is_new = not self.dataset_file.exists()
            with self.dataset_file.open("a", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                if is_new:
                    writer.writerow(self._header())
                    if self.verbose:
                        print(f"Created dataset file at: {self.dataset_file}")
                writer.writerow(row)
            with self.dataset_file.open(newline="", encoding="utf-8") as handle:
                return sum(1 for _ in csv.reader(handle)) - 1

    def _cell(self, component: Any, index: int, value: Any) -> str:
        if value is None:
            return ""
        copied = _copy_files(value, self.flagging_dir / safe_name(_column_name(component, index)), self.flagging_dir)
        if isinstance(copied, dict) and is_file_data(copied) and self.simplify_file_data:
            return str(copied["path"])
        if isinstance(copied, (dict, list)):
            return json.dumps(copied, ensure_ascii=False)
        return str(copied)


class SimpleCSVLogger(CSVLogger):
    """CSVLogger that writes file data as it arrived (no copies): for quick experiments."""

    def _cell(self, component: Any, index: int, value: Any) -> str:
        if value is None:
            return ""
        return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)


def _column_name(component: Any, index: int) -> str:
    label = getattr(component, "label", None)
    return str(label) if label else f"{component.get_type()} {index}"


def _first_row(path: Path) -> list[str] | None:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle), None)


def _copy_files(value: Any, folder: Path, base: Path) -> Any:
    """`value` with every file it references copied into `folder`, paths made relative to `base`."""
    if isinstance(value, dict) and is_file_data(value):
        source = Path(str(value["path"]))
        if not source.is_file():
            return value  # a URL or a file that is gone: keep the reference as it was
        target = folder / secrets.token_hex(8) / safe_name(str(value.get("orig_name") or source.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        return {**value, "path": os.path.relpath(target, base), "url": None}
    if isinstance(value, dict):
        return {key: _copy_files(item, folder, base) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_files(item, folder, base) for item in value]
    return value
