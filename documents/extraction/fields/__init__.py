"""The format-independent field parser (see `parse.read_fields`)."""

from documents.extraction.fields.parse import read_fields

__all__ = ["read_fields"]
