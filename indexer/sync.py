"""Catch Elasticsearch up with the embedded index (``pantau index sync``).

The embedded index is the record of what was crawled; whatever it holds that the
Elasticsearch alias lacks, or holds with other content, is sent. External versions keep
a newer copy already in Elasticsearch from being replaced by an older one.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.elastic import BulkReport, ElasticIndex
from indexer.embedded import EmbeddedIndex


@dataclass
class SyncReport:
    embedded: int
    missing: int  # not in Elasticsearch
    differing: int  # in Elasticsearch with another content hash
    bulk: BulkReport

    def as_dict(self) -> dict[str, int]:
        return {"embedded": self.embedded, "missing": self.missing,
                "differing": self.differing, **self.bulk.as_dict()}


def sync(embedded: EmbeddedIndex, elastic: ElasticIndex) -> SyncReport:
    """Send what Elasticsearch lacks; raises ``elastic.Unavailable`` when it is down."""
    elastic.create()
    ours = embedded.hashes()
    theirs = elastic.hashes()
    missing = [doc_id for doc_id in ours if doc_id not in theirs]
    differing = [doc_id for doc_id, h in ours.items() if doc_id in theirs and theirs[doc_id] != h]
    bulk = elastic.index_articles(embedded.iter_articles(missing + differing))
    elastic.refresh()
    return SyncReport(embedded=len(ours), missing=len(missing), differing=len(differing),
                      bulk=bulk)
