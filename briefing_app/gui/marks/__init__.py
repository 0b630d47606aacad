"""The marks: their model and list, the inspector and its editors, suggestions to review."""
