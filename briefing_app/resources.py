"""Where the files that ship with the app live.

The data folders ``resources/`` and ``templates/`` sit at the top of the repository,
beside the package.  The wheel build maps them *into* the package (``pyproject.toml``:
``briefing_app/_resources`` and ``briefing_app/_templates``) and the PyInstaller bundle
collects them to the same place, so an installed app and the bundle both find them with
``importlib.resources``; a source checkout (or an editable install) falls back to the
folders beside the package.  Every other module asks here instead of building paths
itself, so moving a folder is one edit.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

#: Top-level folder in the repository -> its name inside the installed package.
PACKAGED_NAMES = {"resources": "_resources", "templates": "_templates"}

#: The built-in deck template used when none is chosen (``templates/<name>.pptx``).
DEFAULT_TEMPLATE = "briefing-classic"


@cache
def data_folder(name: str) -> Path:
    """The real folder of ``resources`` or ``templates``, wherever the app runs from.

    A real path (not a ``Traversable``): Qt, reportlab and Pillow open fonts and
    translations by file name.  Wheels and the bundle unpack to disk, so this holds.
    """
    packaged = resources.files("briefing_app").joinpath(PACKAGED_NAMES[name])
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / name


#: The fonts the app ships (in ``resources/fonts``): Latin text, and Chinese/Japanese/Korean.
FONT_REGULAR = "NotoSans-Regular.ttf"
FONT_BOLD = "NotoSans-Bold.ttf"
FONT_ITALIC = "NotoSans-Italic.ttf"
FONT_CJK = "DroidSansFallbackFull.ttf"
#: The font files an installation must carry (checked by ``briefing-app --smoke``).
BUNDLED_FONT_FILES = (FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_CJK)


def resource_path(*parts: str) -> Path:
    return data_folder("resources").joinpath(*parts)


def template_path(*parts: str) -> Path:
    return data_folder("templates").joinpath(*parts)


def sample_article_path() -> Path:
    """The German sample article written for the app (copied-from-the-web style)."""
    return resource_path("sample", "sample_article_de.txt")


def sample_briefing_path() -> Path:
    """The meeting the sample article is prepared for."""
    return resource_path("sample", "sample_briefing.json")
