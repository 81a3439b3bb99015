"""Renderers: Timeline -> text or rich renderables. They never print and never read files."""
