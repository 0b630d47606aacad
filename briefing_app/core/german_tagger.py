"""Part-of-speech tags for German words, by the Hanover Tagger (HanTa, LGPL-3.0).

Used where a rule must know whether a capitalised German word is a proper noun ("Peugeot
hat …") or a common noun ("Stahl wird …"): German writes both with a capital.

HanTa stores its model as a pickle whose probabilities are numpy scalars, and imports
numpy for one function (``logaddexp``). The desktop bundle leaves numpy out (45 MB for one
function), so the model is read here with an unpickler that turns those scalars into
Python floats, and unless numpy is already loaded the import gets ``logaddexp`` from
``math``. The result is the same tagger on plain floats, in the virtual environment and
the bundle.
"""

from __future__ import annotations

import gzip
import math
import pickle
import struct
import sys
import threading
import types
from functools import lru_cache
from importlib import resources
from typing import Any

MODEL = "morphmodel_ger.pgz"  # 1.2 MB; the package's Dutch and English models are not read


def _logaddexp(a: float, b: float) -> float:
    """log(exp(a) + exp(b)) without overflow, as numpy.logaddexp computes it."""
    if a == b:
        return a + math.log(2.0)
    hi, lo = (a, b) if a > b else (b, a)
    if lo == -math.inf:
        return hi
    return hi + math.log1p(math.exp(lo - hi))


class _Dtype:
    """Stands for ``numpy.dtype`` while the model is read: keeps the type code ("f8") and
    the byte order from the pickled state."""

    def __init__(self, code: str, *_: object) -> None:
        self.code = code
        self.order = "<"

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        if len(state) > 1 and state[1] in ("<", ">", "|", "="):
            self.order = "<" if state[1] in ("|", "=") else state[1]


def _scalar(dtype: _Dtype, data: bytes) -> float | int:
    """A numpy scalar of the model as a Python number."""
    kind = {"f8": "d", "f4": "f", "i8": "q", "i4": "i"}.get(dtype.code)
    if kind is None:
        raise pickle.UnpicklingError(f"unexpected number type {dtype.code!r} in the tagger model")
    value: float | int = struct.unpack(dtype.order + kind, data)[0]
    return value


class _ModelUnpickler(pickle.Unpickler):
    """Reads the model's numbers without numpy; refuses every other global (the model file
    is data, never code)."""

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("numpy") and name == "scalar":
            return _scalar
        if module == "numpy" and name == "dtype":
            return _Dtype
        raise pickle.UnpicklingError(f"the tagger model refers to {module}.{name}")


def _hanover_tagger_class() -> Any:
    """The tagger class, imported with ``math`` standing in for numpy unless numpy is
    already loaded: importing numpy for one function would cost a tenth of a second and
    leave thousands of objects for the garbage collector to walk."""
    if sys.modules.get("numpy") is not None:
        from HanTa.HanoverTagger import HanoverTagger
        return HanoverTagger
    shim = types.ModuleType("numpy")
    shim.logaddexp = _logaddexp  # type: ignore[attr-defined]
    absent = "numpy" not in sys.modules
    saved = sys.modules.get("numpy")
    sys.modules["numpy"] = shim
    try:
        from HanTa.HanoverTagger import HanoverTagger
    finally:
        # no other library may take the stand-in for numpy
        if absent:
            del sys.modules["numpy"]
        else:
            sys.modules["numpy"] = saved  # type: ignore[assignment]
    return HanoverTagger


def _frozen(model: Any) -> Any:
    """The model with its lists as tuples. The tagger only reads them, and a tuple of numbers
    is left alone by Python's garbage collector: as lists, the 25,000 of them made every
    later full collection of the app slower (about a tenth more time for a long analysis)."""
    parts = list(model)
    for i, part in enumerate(parts):
        if isinstance(part, dict) and part and all(isinstance(v, list) for v in part.values()):
            parts[i] = {k: tuple(v) for k, v in part.items()}
    return tuple(parts)


# Analyses run on worker threads: one loads the model while another waits, and the stand-in
# for numpy is in ``sys.modules`` only while the lock is held.
_LOADING = threading.Lock()


def _tagger() -> Any:
    """The German tagger (about 0.13 s to read), loaded once on first need; None where it
    cannot load."""
    with _LOADING:
        return _load_tagger()


@lru_cache(maxsize=1)
def _load_tagger() -> Any:
    try:
        tagger_class = _hanover_tagger_class()
        with gzip.open(resources.files("HanTa").joinpath(MODEL).open("rb")) as model_file:
            model = _frozen(_ModelUnpickler(model_file).load())
        tagger = tagger_class(None, model=model)
        tagger.strict = False  # as the tagger sets it when it reads a model file itself
        return tagger
    except (ImportError, OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, struct.error):
        return None


@lru_cache(maxsize=256)
def german_tags(words: tuple[str, ...]) -> tuple[str, ...]:
    """STTS tags of ``words`` read as one sentence ("NE" proper noun, "NN" noun, "VV(FIN)"
    finite verb …); empty where the tagger cannot load."""
    tagger = _tagger()
    if tagger is None or not words:
        return ()
    return tuple(tag for _, _, tag in tagger.tag_sent(list(words), taglevel=1))


#: Tags the tagger gives words it does not know as German ones: a name, foreign material, a
#: symbol, a number, punctuation.
UNKNOWN_TAGS = frozenset({"NE", "FM", "XY", "CARD", "$(", "$,", "$."})


def has_finite_verb(words: tuple[str, ...]) -> bool:
    """One of ``words`` is a finite verb ("senkt", "ist", "will"): the words say something,
    where a name, a menu's entry or a kicker only names ("Tesla senkt Preise" against
    "Ansiedlung in Marzahn")."""
    return any(tag.endswith("(FIN)") for tag in german_tags(words))


def plural_common_noun(word: str) -> bool:
    """A plural common noun ("Notfallmaßnahmen", "Schutzzölle"): what follows a description
    after a verb ("fordert der Verband Notfallmaßnahmen") is its object, never the body's
    name. Names the tagger reads as nouns end otherwise ("Kellermann") or are hyphenated."""
    return len(word) >= 5 and "-" not in word and word.endswith(("en", "e")) \
        and german_tags((word,))[:1] == ("NN",)
