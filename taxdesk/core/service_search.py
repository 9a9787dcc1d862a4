"""Finding a service as an agent types: Chinese, English, code, full pinyin or pinyin initials.

``search_services(services, "dkfp")`` finds 代开增值税发票 (代 d, 开 k, … 发 f, 票 p); "shebao" or "sb" finds
社会保险费缴纳; "发票" finds every invoice service; "vat" finds the English names; "SBJF" the code. Matching
ignores case and spaces. Results are ranked, then kept in the order given (catalogue order):

1. the code, a name, the full pinyin or the initials *start with* the query, or the query spells the start
   of the name character by character, each piece a character's whole pinyin or its initial ("daikzz");
2. any of them *contains* the query, or it spells a run of characters anywhere ("fp", "fapiao");
3. it spells characters *in order* from the first one, skipping some ("dkfp", "shebao" for 社会保险…);
4. it spells them only with a piece that is neither a whole syllable nor an initial ("she" for 申 shen).

Each character's pinyin is its reading in context (pypinyin's phrase dictionary: 银行 is yin hang). The
pinyin of a service is worked out once per (code, name, English name) and cached, so filtering a point's
two dozen services on every keystroke costs microseconds; :func:`prepare` warms the cache (from a worker
thread at load time: importing pypinyin's dictionaries takes a moment).

Works on anything with ``code``, ``name`` and ``name_en`` attributes (ServiceInfo, ServiceRecord …).
Pure Python, any thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol, TypeVar


class _Named(Protocol):
    code: str
    name: str
    name_en: str


T = TypeVar("T", bound=_Named)


@dataclass(frozen=True)
class SearchKey:
    """What a service can be found by, precomputed."""

    code: str  # lower case
    name: str  # lower case, no spaces
    name_en: str  # lower case, no spaces
    syllables: tuple[str, ...]  # per character of the name: its pinyin, or the character itself
    chars: tuple[str, ...]  # the name's characters, lower case, spaces removed

    @property
    def pinyin(self) -> str:
        return "".join(self.syllables)

    @property
    def initials(self) -> str:
        return "".join(s[0] for s in self.syllables if s)


def _normalise(text: str) -> str:
    return "".join((text or "").lower().split())


def _syllables(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from pypinyin import Style, lazy_pinyin

    chars = tuple(_normalise(name))
    if not chars:
        return (), ()
    # One item per character: pypinyin returns a run of non-Chinese text as one item unless told
    # otherwise, and the alignment with the characters matters for spelling matches.
    readings = lazy_pinyin("".join(chars), style=Style.NORMAL, errors=lambda text: list(text))
    if len(readings) != len(chars):  # never seen; fall back to the characters themselves
        readings = list(chars)
    return tuple(r.lower() for r in readings), chars


@lru_cache(maxsize=4096)
def search_key(code: str, name: str, name_en: str) -> SearchKey:
    syllables, chars = _syllables(name)
    return SearchKey(
        code=_normalise(code),
        name=_normalise(name),
        name_en=_normalise(name_en),
        syllables=syllables,
        chars=chars,
    )


def _key(service: _Named) -> SearchKey:
    return search_key(service.code or "", service.name or "", getattr(service, "name_en", "") or "")


def prepare(services: Iterable[_Named]) -> None:
    """Work out the search keys now (e.g. on the worker that loaded the services), not on first use."""
    for service in services:
        _key(service)


NO_MATCH = 1 << 20


def _spelling_matcher(query: str, key: SearchKey, gaps: bool):
    """match(i, j, anchored): how well ``query[i:]`` spells the name's characters from ``j`` on.

    Each piece of the query is a whole character, its whole pinyin, its initial, or (weaker) a longer
    start of its pinyin ("she" for 申 shen). The result is the fewest weak pieces needed, or NO_MATCH.
    With ``gaps``, characters may be skipped between pieces (never before the first: ``anchored``).
    """
    syllables, chars = key.syllables, key.chars
    size = len(syllables)

    @cache
    def match(i: int, j: int, anchored: bool) -> int:
        if i == len(query):
            return 0
        if j >= size:
            return NO_MATCH
        best = NO_MATCH
        if query[i] == chars[j]:
            best = match(i + 1, j + 1, False)
        syllable = syllables[j]
        k = 0
        while best and k < len(syllable) and i + k < len(query) and query[i + k] == syllable[k]:
            k += 1
            weak = 0 if k in (1, len(syllable)) else 1
            best = min(best, weak + match(i + k, j + 1, False))
        if best and gaps and not anchored:
            best = min(best, match(i, j + 1, False))
        return best

    return match


def _spelling(query: str, key: SearchKey, start: int) -> int:
    """Weak pieces needed to spell a run of the name's characters from ``start`` ("dkzz", "fapiao")."""
    return _spelling_matcher(query, key, gaps=False)(0, start, True)


def _spelling_with_gaps(query: str, key: SearchKey) -> int:
    """Weak pieces needed to spell characters in order from the first, skipping some ("dkfp", "shebao")."""
    return _spelling_matcher(query, key, gaps=True)(0, 0, True)


def rank(key: SearchKey, query: str) -> int | None:
    """How well the service matches: 1 best … 4 weakest, None for no match (see the module docstring).

    ``query`` must already be normalised (lower case, no spaces).
    """
    if not query:
        return 1
    texts = (key.code, key.name, key.name_en, key.pinyin, key.initials)
    if any(text.startswith(query) for text in texts):
        return 1
    anywhere = min((_spelling(query, key, start) for start in range(len(key.syllables))), default=NO_MATCH)
    from_start = _spelling(query, key, 0) if key.syllables else NO_MATCH
    if from_start == 0:
        return 1
    if anywhere == 0 or any(query in text for text in texts):
        return 2
    gapped = _spelling_with_gaps(query, key) if key.syllables else NO_MATCH
    if gapped == 0:
        return 3
    if min(anywhere, gapped) < NO_MATCH:
        return 4
    return None


def search_services(services: Sequence[T], query: str) -> list[T]:
    """The services matching ``query``, best matches first, otherwise in the order given.

    An empty query returns every service.
    """
    wanted = _normalise(query)
    if not wanted:
        return list(services)
    ranked = []
    for position, service in enumerate(services):
        tier = rank(_key(service), wanted)
        if tier is not None:
            ranked.append((tier, position, service))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [service for _tier, _position, service in ranked]
