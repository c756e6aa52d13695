"""One module per pantau verb."""
