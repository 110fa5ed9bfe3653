"""What one submitted job has been through, rebuilt from the session stream's messages.

I/O-free and lock-free: the sync and async faces feed it messages under their own lock
and wake their waiters after each one. It keeps every update, so any number of readers
(output iterators, update iterators, ``result()``) can follow it at their own pace.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from podium_client._diff import apply_edits, is_edit_list
from podium_client._exceptions import AppError, ClientError, JobCancelledError


class Stage(str, Enum):
    SUBMITTING = "submitting"  # uploading files / joining the queue
    QUEUED = "queued"
    PROCESSING = "processing"
    STREAMING = "streaming"  # a generator has produced at least one output
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def done(self) -> bool:
        return self in (Stage.FINISHED, Stage.FAILED, Stage.CANCELLED)


@dataclass(frozen=True)
class Progress:
    """One level of ``gr.Progress``: ``progress`` in 0..1, or ``index``/``length`` steps."""

    index: int | None = None
    length: int | None = None
    unit: str | None = None
    progress: float | None = None
    desc: str | None = None

    @classmethod
    def from_wire(cls, raw: dict[str, Any]) -> Progress:
        return cls(
            index=raw.get("index"),
            length=raw.get("length"),
            unit=raw.get("unit"),
            progress=raw.get("progress"),
            desc=raw.get("desc"),
        )


@dataclass(frozen=True)
class Status:
    stage: Stage
    rank: int | None = None  # place in the queue, 0 = next
    queue_size: int | None = None
    eta: float | None = None  # seconds, when the app estimates it
    progress: tuple[Progress, ...] = ()
    success: bool | None = None  # set once the job is done

    @property
    def done(self) -> bool:
        return self.stage.done


@dataclass(frozen=True)
class LogMessage:
    """``gr.Info``/``gr.Warning`` sent by the function while it ran."""

    level: str
    message: str
    title: str | None = None


@dataclass(frozen=True)
class Update:
    """One thing that happened to a job. ``kind`` is status, progress, log or output."""

    kind: str
    status: Status
    output: list[Any] | None = None  # wire values of every output (state included)
    log: LogMessage | None = None


@dataclass
class JobState:
    status: Status = field(default_factory=lambda: Status(Stage.SUBMITTING))
    updates: list[Update] = field(default_factory=list)
    outputs: list[list[Any]] = field(default_factory=list)
    final: list[Any] | None = None
    error: ClientError | None = None
    event_id: str | None = None
    cancel_requested: bool = False

    @property
    def done(self) -> bool:
        return self.status.done

    def _record(self, kind: str, status: Status, **extra: Any) -> None:
        self.status = status
        self.updates.append(Update(kind, status, **extra))

    def handle(self, message: dict[str, Any]) -> None:
        """Apply one session-stream message addressed to this job."""
        if self.done:
            return
        kind = message.get("msg")
        if kind == "estimation":
            self._record(
                "status",
                replace(
                    self.status,
                    stage=Stage.QUEUED,
                    rank=message.get("rank"),
                    queue_size=message.get("queue_size"),
                    eta=message.get("rank_eta"),
                ),
            )
        elif kind == "process_starts":
            self._record("status", replace(self.status, stage=Stage.PROCESSING, rank=0, eta=message.get("eta")))
        elif kind == "progress":
            units = tuple(Progress.from_wire(u) for u in message.get("progress_data") or [] if isinstance(u, dict))
            self._record("progress", replace(self.status, progress=units))
        elif kind == "log":
            log = LogMessage(str(message.get("level") or "info"), str(message.get("log") or ""), message.get("title"))
            self._record("log", self.status, log=log)
        elif kind == "process_generating":
            self._generating(message)
        elif kind == "process_completed":
            self._completed(message)
        elif kind == "unexpected_error":
            self.fail(AppError(str(message.get("message") or "Unexpected error on the server")))

    def _generating(self, message: dict[str, Any]) -> None:
        output = message.get("output") or {}
        if message.get("success") is False or "error" in output:
            self._failed(output, message)
            return
        raw = list(output.get("data") or [])
        previous = self.outputs[-1] if self.outputs else None
        if previous is not None and all(is_edit_list(edits) for edits in raw):
            data = [apply_edits(old, edits) for old, edits in zip(previous, raw, strict=False)]
        else:
            data = raw
        self.outputs.append(data)
        self._record("output", replace(self.status, stage=Stage.STREAMING), output=data)

    def _completed(self, message: dict[str, Any]) -> None:
        output = message.get("output") or {}
        if self.cancel_requested:
            self.cancelled()
            return
        if message.get("success") is False or ("error" in output and "data" not in output):
            self._failed(output, message)
            return
        if "data" in output:
            data = list(output["data"])
            if not self.outputs or self.outputs[-1] != data:
                self.outputs.append(data)
                self._record("output", self.status, output=data)
            self.final = data
        else:  # nothing new in the final message (e.g. a generator stopped early)
            self.final = self.outputs[-1] if self.outputs else None
        self._record("status", replace(self.status, stage=Stage.FINISHED, success=True, eta=None))

    def _failed(self, output: dict[str, Any], message: dict[str, Any]) -> None:
        error = output.get("error")
        title = output.get("title") or message.get("title")
        self.fail(AppError(None if error is None else str(error), None if title is None else str(title)))

    def fail(self, error: ClientError) -> None:
        if self.done:
            return
        self.error = error
        self._record("status", replace(self.status, stage=Stage.FAILED, success=False))

    def cancelled(self) -> None:
        if self.done:
            return
        self.error = JobCancelledError("The job was cancelled")
        self._record("status", replace(self.status, stage=Stage.CANCELLED, success=False))
