"""When each quote was said: the day the article gives for the occasion ("kata Ratu,
Jumat (27/11)", "Hal itu disampaikan Ratu ... pada Jumat (27/11)"), resolved against the
publication date, so that statements can be lined up by the day they were made."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import datetime

from scrapers.extract.dates import day_months
from scrapers.record import Quote

# A paragraph that names the occasion of what came before: "Hal itu disampaikan Ratu dalam
# webinar ... pada Jumat (27/11)".
BACK_REFERENCE = re.compile(
    r"(?:Hal|Pernyataan|Penjelasan|Keterangan|Paparan|Informasi)\s+(?:itu|ini|tersebut)\b",
    re.IGNORECASE)


def date_quotes(body: str, quotes: list[Quote], published: datetime) -> None:
    """Set ``said_on`` (ISO day) on each quote with offsets into ``body``: a day-month in
    the quote's own paragraph (outside the quoted words), else the last one stated in an
    earlier paragraph (the occasion the article has set), else one in the next paragraph
    when it refers back ("Hal itu disampaikan ... Jumat (27/11)"), else none."""
    dates = day_months(body, published)
    if not dates:
        return
    paragraph_starts = _paragraph_starts(body)
    for quote in quotes:
        if quote.start is None or quote.end is None:
            continue
        first = paragraph_starts[bisect_right(paragraph_starts, quote.start) - 1]
        last = _paragraph_end(body, quote.end)
        outside = [(s, moment) for s, e, moment in dates
                   if first <= s < last and not (quote.start <= s < quote.end)]
        earlier = [moment for s, _, moment in dates if s < first]
        if outside:
            after = [m for s, m in outside if s >= quote.end]
            moment = after[0] if after else outside[-1][1]
        elif earlier:
            moment = earlier[-1]
        elif BACK_REFERENCE.match(body, last + 2):  # the next paragraph refers back to it
            next_end = _paragraph_end(body, last + 2)
            following = [moment for s, _, moment in dates if last < s < next_end]
            if not following:
                continue
            moment = following[0]
        else:
            continue
        quote.said_on = moment.date().isoformat()


def _paragraph_end(body: str, start: int) -> int:
    end = body.find("\n\n", start)
    return len(body) if end < 0 else end


def _paragraph_starts(body: str) -> list[int]:
    starts, position = [0], body.find("\n\n")
    while position >= 0:
        starts.append(position + 2)
        position = body.find("\n\n", position + 2)
    return starts
