"""The query model, its translation to each backend, export, the CLI and the web API."""
