"""Storage and index backends behind one interface: embedded (SQLite + FTS5) and Elasticsearch."""
