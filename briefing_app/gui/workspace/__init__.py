"""The open project: the workspace every view observes, undo, files on disk, importing articles."""
