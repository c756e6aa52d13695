"""Item pipelines, in order (settings.ITEM_PIPELINES): validate (100), store in the
embedded index (500); the Elasticsearch pipeline takes 600."""
