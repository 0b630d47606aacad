"""Score the quote and figure finder on the public news corpus.

Writes predictions for ``../shared/corpus/news/{de,en}/*.txt`` in the gold format
(``PRED_DIR/de/001.json`` …) and runs ``../shared/tools/score_annotations.py`` on them.

    .venv/bin/python bench/eval_extraction.py [--out DIR] [--details]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))
SCORER = CORPUS.parent / "tools" / "score_annotations.py"

sys.path.insert(0, str(ROOT))
from briefing_app.core.analysis import analyse  # noqa: E402


def predict(text: str, language: str) -> dict:
    """One article's predictions in the gold format of GUIDELINES.md."""
    a = analyse(text, language)
    return {
        "quotes": [{"speaker": q.speaker or None, "text": q.text, "kind": q.kind, "start": q.start} for q in a.quotes],
        "figures": [{"text": f.text, "value": float(f.value), "unit": f.unit, "approx": f.approx, "start": f.start}
                    for f in a.figures],
    }


def write_predictions(out: Path) -> int:
    n = 0
    for lang in ("de", "en"):
        (out / lang).mkdir(parents=True, exist_ok=True)
        for txt in sorted((CORPUS / "news" / lang).glob("*.txt")):
            pred = predict(txt.read_text(encoding="utf-8"), lang)
            (out / lang / (txt.stem + ".json")).write_text(json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
            n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="folder for the predictions (default: a temporary folder)")
    ap.add_argument("--details", action="store_true", help="list misses and false hits")
    args = ap.parse_args()
    if not (CORPUS / "news").is_dir() or not SCORER.exists():
        print(f"corpus or scorer not found beside the project ({CORPUS})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp)
        n = write_predictions(out)
        print(f"wrote predictions for {n} articles to {out}")
        cmd = [sys.executable, str(SCORER), str(out)] + (["--details"] if args.details else [])
        return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
