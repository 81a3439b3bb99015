"""Reading and writing user files: strict UTF-8 in, atomic writes out."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import JnzError, Location, LocatedError


MAX_BYTES = 16 * 1024 * 1024  # far above any events file or article; bounds hostile input


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file; a missing, unreadable, huge or non-UTF-8 file is a LocatedError."""
    p = Path(path)
    try:
        if p.is_file() and p.stat().st_size > MAX_BYTES:
            raise LocatedError(Location(str(path)), f"too large (over {MAX_BYTES // 2**20} MiB)")
        data = p.read_bytes()
    except FileNotFoundError:
        raise LocatedError(Location(str(path)), "no such file") from None
    except IsADirectoryError:
        raise LocatedError(Location(str(path)), "is a directory, not a file") from None
    except OSError as exc:
        raise LocatedError(Location(str(path)), f"cannot read: {exc.strerror or exc}") from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> str:
    """Strict UTF-8 text from bytes read from `name`; a byte-order mark is dropped."""
    if len(data) > MAX_BYTES:
        raise LocatedError(Location(name), f"too large (over {MAX_BYTES // 2**20} MiB)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LocatedError(
            Location(name, line, col), f"not valid UTF-8 (byte 0x{data[exc.start]:02x})"
        ) from None
    # A byte-order mark is an encoding artefact, not text.
    return text[1:] if text.startswith("\ufeff") else text


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder, then rename.

    A target that exists but is not a regular file (a device such as /dev/null, a
    pipe) is written to in place: renaming over it would replace it.
    """
    target = Path(path)
    if target.exists() and not target.is_file():
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            return
        except OSError as exc:
            raise JnzError(f"{path}: cannot write: {exc.strerror or exc}") from None
    folder = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise JnzError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; give it the target's mode, or the usual one.
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise JnzError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
