"""Signed sync bundles: keys and trust, the bundle format, export and import."""
