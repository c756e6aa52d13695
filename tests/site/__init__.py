"""A local imitation of mediaindonesia.com (``server``) and the builder of the bundled
offline snapshot (``build_snapshot``)."""
