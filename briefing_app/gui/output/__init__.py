"""What comes out: export, print, and the live preview of handout and slides."""
