"""Render the sample briefing's deck, handout and Word briefing to PNG pages, as a reader would see them.

Runs ``briefing-app demo`` (German and English), converts the deck and the Word briefing
with LibreOffice, renders the PDFs with pdftoppm, and writes contact sheets beside this file:
deck-de.png, deck-en.png, handout-de.png, handout-en-letter.png, word-de.png, word-en.png.
Run: .venv/bin/python docs/screenshots/render_exports.py   (needs libreoffice, pdftoppm)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
EXE = str(Path(sys.executable).parent / "briefing-app")


def pages(pdf: Path, prefix: Path, dpi: int) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(prefix.name + "-*.png"))


def sheet(images: list[Path], out: Path, cols: int) -> None:
    ims = [Image.open(p).convert("RGB") for p in images]
    w, h = ims[0].size
    rows = (len(ims) + cols - 1) // cols
    canvas = Image.new("RGB", (cols * w + (cols + 1) * 12, rows * h + (rows + 1) * 12), (96, 96, 96))
    for i, im in enumerate(ims):
        canvas.paste(im, (12 + (i % cols) * (w + 12), 12 + (i // cols) * (h + 12)))
    canvas.save(out, optimize=True)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="render-"))
    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    for lang in ("de", "en"):
        out = work / lang
        subprocess.run([EXE, "demo", str(out), "--lang", lang], check=True, stdout=subprocess.DEVNULL)
        if lang == "en":
            subprocess.run([EXE, "export", str(out / "briefing.briefing"), "--pdf", str(out / "letter.pdf"),
                            "--lang", "en", "--paper", "letter"], check=True, stdout=subprocess.DEVNULL)
        if soffice:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out / "lo"),
                            str(out / "briefing.pptx")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            sheet(pages(out / "lo" / "briefing.pdf", out / "deck", 45), HERE / f"deck-{lang}.png", 4)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out / "word"),
                            str(out / "briefing.docx")], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            sheet(pages(out / "word" / "briefing.pdf", out / "word", 55), HERE / f"word-{lang}.png", 4)
        handout = out / ("letter.pdf" if lang == "en" else "briefing.pdf")
        sheet(pages(handout, out / "hand", 55), HERE / f"handout-{lang}{'-letter' if lang == 'en' else ''}.png", 4)
    shutil.rmtree(work, ignore_errors=True)
    print("written:", ", ".join(p.name for p in sorted(HERE.glob("deck-*.png")) + sorted(HERE.glob("handout-*.png")) + sorted(HERE.glob("word-*.png"))))


if __name__ == "__main__":
    main()
