"""Screens of the dementi app; each module keeps its CSS in a .tcss file beside it."""
