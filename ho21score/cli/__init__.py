"""The command line: thin typer commands over the core; one module per command."""
