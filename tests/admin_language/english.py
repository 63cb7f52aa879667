"""Finds text that is still an English msgid of Wagtail's or Django's catalogues.

The msgids come from the English catalogues installed with Wagtail and Django (their
`locale/en/LC_MESSAGES/*.po`), so a string added by a Wagtail upgrade is checked without being
named here. A msgid counts only when Indonesian says it differently (the active catalogue's
translation differs: "URL", "Status" or "Admin" are the same words in both languages).
Placeholders (`%(name)s`, `{name}`, `%s`) match any text, so "56 Pages" is "%(total)s Pages".
"""

import functools
import html.parser
import json
import re
from pathlib import Path

import django
import polib
import wagtail
from django.utils import translation

WAGTAIL_ROOT = Path(wagtail.__file__).parent
DJANGO_ROOT = Path(django.__file__).parent
# Django's own catalogues the admin can show: core (forms, validators, dates) and auth.
DJANGO_CATALOGUES = ("conf", "contrib/auth")
CHECKED_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")
SKIPPED_ELEMENTS = {"script", "style", "code", "pre", "textarea"}
# English a newcomer met that no catalogue holds as a msgid: labels made from a field's name
# (Django's reverse relations, Wagtail columns and form fields without a label) and
# django-celery-beat's labels it never marked for translation.
KNOWN_ENGLISH = {
    "Items",
    "Task Name",
    "Crontab Schedule",
    "Last Run Datetime",
    "Site name",
    "Root page",
    "Content types",
    "Link text",
    "Phone number",
    "Subject",
}
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sdf]|%[sd]|\{[a-z_]+\}")
TAG = re.compile(r"<[^>]+>")


def catalogue_paths() -> list[Path]:
    paths = sorted(WAGTAIL_ROOT.glob("**/locale/en/LC_MESSAGES/*.po"))
    for part in DJANGO_CATALOGUES:
        paths += sorted((DJANGO_ROOT / part / "locale/en/LC_MESSAGES").glob("*.po"))
    return paths


def _normalise(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def english_patterns() -> tuple[frozenset[str], tuple[re.Pattern, ...]]:
    """(plain msgids, patterns of msgids with placeholders) whose Indonesian differs."""
    plain: set[str] = set()
    patterns: list[re.Pattern] = []
    with translation.override("id"):
        for path in catalogue_paths():
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not entry.msgid:
                    continue
                for english in filter(None, (entry.msgid, entry.msgid_plural)):
                    if entry.msgid_plural:
                        indonesian = (
                            translation.npgettext(
                                entry.msgctxt, entry.msgid, entry.msgid_plural, 2
                            )
                            if entry.msgctxt
                            else translation.ngettext(entry.msgid, entry.msgid_plural, 2)
                        )
                    elif entry.msgctxt:
                        indonesian = translation.pgettext(entry.msgctxt, entry.msgid)
                    else:
                        indonesian = translation.gettext(entry.msgid)
                    text = _normalise(TAG.sub(" ", english))
                    if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", text)):
                        continue  # nothing English left once the placeholders are gone
                    if _normalise(TAG.sub(" ", indonesian)) == text:
                        continue  # the same in Indonesian
                    if PLACEHOLDER.search(text):
                        parts = PLACEHOLDER.split(text)
                        fixed_words = " ".join(parts).split()
                        if sum(len(part.strip()) for part in parts) < 4:
                            continue
                        if len(fixed_words) < 2 and not parts[0].strip():
                            continue  # "%(x)s page" would match any "... page"
                        regex = ".+?".join(re.escape(part) for part in parts)
                        patterns.append(re.compile(rf"^{regex}$"))
                    elif "<" not in english:
                        plain.add(text)
    plain.update(KNOWN_ENGLISH)
    return frozenset(text.casefold() for text in plain), tuple(patterns)


def english_in(text: str) -> str | None:
    """The English msgid `text` is (whole text, whitespace collapsed), or None."""
    text = _normalise(text)
    if not text or not re.search(r"[A-Za-z]", text):
        return None
    plain, patterns = english_patterns()
    # Case does not make English Indonesian ("Site name" is the msgid "site name"), nor does a
    # required field's mark ("Page*").
    if text.casefold() in plain or text.rstrip(":.…*").strip().casefold() in plain:
        return text
    for pattern in patterns:
        if pattern.match(text):
            return f"{text} (~ {pattern.pattern})"
    return None


VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
INLINE_ELEMENTS = {"b", "strong", "em", "i", "span", "a", "abbr", "small", "br"}


class _Collector(html.parser.HTMLParser):
    """Text runs and checked attributes, leaving out scripts and hidden elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, skipped)
        self._buffer: list[str] = []

    @property
    def _skipping(self) -> bool:
        return any(skipped for _tag, skipped in self._open)

    def _flush(self) -> None:
        if self._buffer:
            self.texts.append("".join(self._buffer))
            self._buffer = []

    def handle_starttag(self, tag, attrs):
        if tag not in INLINE_ELEMENTS:
            self._flush()
        names = dict(attrs)
        hidden = "hidden" in names or names.get("aria-hidden") == "true"
        if not (self._skipping or hidden):
            for name, value in attrs:
                if name in CHECKED_ATTRIBUTES and value:
                    self.texts.append(value)
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, tag in SKIPPED_ELEMENTS or hidden))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self._open and self._open[-1][0] == tag:
            self._open.pop()

    def handle_endtag(self, tag):
        if tag not in INLINE_ELEMENTS:
            self._flush()
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break

    def handle_data(self, data):
        if not self._skipping:
            self._buffer.append(data)

    def close(self):
        super().close()
        self._flush()


def visible_texts(markup: str) -> list[str]:
    """Text runs (split at block elements, inline ones joined) and checked attributes."""
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    texts = []
    for run in collector.texts:
        texts.append(run)
        # A run made of several inline pieces: check each piece on its own too.
    return texts


def english_texts(markup: str) -> list[str]:
    found = []
    for text in visible_texts(markup):
        for candidate in {text, *re.split(r"\s{2,}|\n", text)}:
            hit = english_in(candidate)
            if hit:
                found.append(hit)
    return sorted(set(found))


def markup_of(response) -> str | None:
    """The HTML a response shows: an HTML page, or the `html` of a modal's JSON."""
    content_type = response.get("Content-Type", "")
    if getattr(response, "streaming", False):
        return None
    body = response.content.decode("utf-8", "replace")
    if content_type.startswith("text/html"):
        return body
    if content_type.startswith("application/json"):
        try:
            data = json.loads(body)
        except ValueError:
            return None
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            return data["html"]
    return None
