"""The application shell: start-up, the main window, actions, settings, dialogs, background tasks, language."""
