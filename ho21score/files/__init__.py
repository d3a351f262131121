"""Input and output: safe YAML reading with positions, validation into the core's records,
atomic writing, insertion-only edits and git snapshots."""
