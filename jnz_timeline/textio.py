"""Reading and writing user files: strict UTF-8 in, atomic writes out."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import JnzError, Location, LocatedError


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file; a missing, unreadable or non-UTF-8 file is a LocatedError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise LocatedError(Location(str(path)), "no such file") from None
    except IsADirectoryError:
        raise LocatedError(Location(str(path)), "is a directory, not a file") from None
    except OSError as exc:
        raise LocatedError(Location(str(path)), f"cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LocatedError(
            Location(str(path), line, col), f"not valid UTF-8 (byte 0x{data[exc.start]:02x})"
        ) from None
    # A byte-order mark is an encoding artefact, not text.
    return text[1:] if text.startswith("\ufeff") else text


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder, then rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise JnzError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise JnzError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
