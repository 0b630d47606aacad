"""Atomic replacement gives new files the permissions a normally created file gets,
without touching the process umask that worker threads share."""

from __future__ import annotations

import builtins
import os
import stat
import threading
from pathlib import Path

import pytest

from briefing_app import atomic_file
from briefing_app.atomic_file import write_atomic
from briefing_app.core.errors import ExportError

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")


@pytest.fixture
def umask_027():
    set_umask = os.umask  # kept: the tests forbid os.umask to the code under test
    old = set_umask(0o027)  # the test sets it; the code under test must only read it
    atomic_file._default_mode.cache_clear()
    yield
    set_umask(old)
    atomic_file._default_mode.cache_clear()


def _forbid_umask(monkeypatch) -> None:
    def umask(_mask: int) -> int:
        raise AssertionError("os.umask changes the umask of every thread: it must not be called")

    monkeypatch.setattr(os, "umask", umask)


def _write(path: Path, data: bytes = b"x") -> None:
    write_atomic(path, lambda tmp: tmp.write_bytes(data), ExportError)


def test_a_new_file_gets_the_mode_the_umask_allows_without_changing_it(tmp_path, umask_027, monkeypatch) -> None:
    _forbid_umask(monkeypatch)
    target = tmp_path / "deck.pptx"
    _write(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_the_umask_is_read_once(tmp_path, umask_027, monkeypatch) -> None:
    _forbid_umask(monkeypatch)
    reads = []
    real_open = builtins.open

    def counting_open(file, *args, **kwargs):
        if str(file) == "/proc/self/status":
            reads.append(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(atomic_file, "open", counting_open, raising=False)
    for i in range(3):
        _write(tmp_path / f"out{i}.pdf")
    assert len(reads) <= 1


def test_without_proc_the_umask_is_read_from_a_probe_file(tmp_path, umask_027, monkeypatch) -> None:
    _forbid_umask(monkeypatch)
    real_open = builtins.open

    def no_proc(file, *args, **kwargs):
        if str(file).startswith("/proc"):
            raise FileNotFoundError(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(atomic_file, "open", no_proc, raising=False)
    target = tmp_path / "handout.pdf"
    _write(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_files_other_threads_create_during_exports_keep_their_permissions(tmp_path, umask_027) -> None:
    """The race the old read-by-setting caused: a file created while umask was 0 got 0o666."""
    stop = threading.Event()

    def export_loop(n: int) -> None:
        i = 0
        while not stop.is_set():
            _write(tmp_path / f"w{n}-{i % 5}.pdf")
            i += 1

    workers = [threading.Thread(target=export_loop, args=(n,)) for n in range(3)]
    for w in workers:
        w.start()
    try:
        modes = set()
        for i in range(300):
            path = tmp_path / f"plain{i}.txt"
            with open(path, "w") as fh:
                fh.write("x")
            modes.add(stat.S_IMODE(path.stat().st_mode))
    finally:
        stop.set()
        for w in workers:
            w.join()
    assert modes == {0o640}
    assert {stat.S_IMODE(p.stat().st_mode) for p in tmp_path.glob("w*.pdf")} == {0o640}
