"""Ingest: files, pasted text, web pages, Word and PDF → :class:`~briefing_app.core.article.Article`.

Plain Python (never Qt).  The article's text is cleaned of the clutter that copying a
web page brings along; every removed line is kept with its reason and can be put back
with :func:`restore_lines`.  Problems the user can cause raise
:class:`~briefing_app.core.errors.ArticleImportError` with a message written for them.

Public API::

    import_file(path) -> Article
    import_bytes(data, filename) -> Article
    import_text(text, *, name="") -> Article
    import_pages(paths) -> Article
    restore_lines(article, indices) -> Article
    SUPPORTED_SUFFIXES

Size limits (checked before a file is read): text 20 MB, web pages 50 MB, Word and
PDF 100 MB — see :mod:`.reading`.
"""

from .importer import import_bytes, import_file, import_pages, import_text
from .reading import MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES, MAX_WEB_PAGE_BYTES
from .restore import restore_lines
from .sniff import SUPPORTED_SUFFIXES

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_TEXT_BYTES",
    "MAX_WEB_PAGE_BYTES",
    "SUPPORTED_SUFFIXES",
    "import_bytes",
    "import_file",
    "import_pages",
    "import_text",
    "restore_lines",
]
