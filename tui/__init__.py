"""The dementi application: the Textual app and the command line."""
