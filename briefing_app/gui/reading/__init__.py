"""Reading the article: the text view with its highlights, marking, figure checks, removed text."""
