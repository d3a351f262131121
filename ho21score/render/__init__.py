"""Pure text producers: tables, Markdown, JSON, CSV. Nothing here reads files."""
