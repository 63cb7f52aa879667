"""Unsafe HTML and hidden links, for text that contains HTML tags.

unsafe_html (BLOCK, 0.95): <script>, <iframe>, <frame>, <object>, <embed>, <applet>, <form>,
<base>, <meta http-equiv=refresh>, event-handler attributes (onerror=, onload=, ...), URLs with
a javascript: / vbscript: / data:text/html scheme in href, src, action, formaction, xlink:href,
data, ... (after decoding entities and dropping control and zero-width characters:
&#106;avascript:, java&#x09;script:, java<U+200B>script:), CSS expression()/javascript: in
style, <style> blocks that hide content (0.8), and style-hidden elements with text but no link
(0.8). The finding spans the element (start tag to end tag) or the start tag.

hidden_link (BLOCK, 0.95): an element hidden by its style - display:none, visibility:hidden,
opacity:0, font-size:0 (or 1px), off-screen positioning (left/top/margin/text-indent at
-500px or further), zero height/width with overflow:hidden, clip:rect(0 0 0 0), scale(0) - or by
the `hidden` attribute, that holds a link (or is a link). The finding spans the hiding element.

Escaped markup (&lt;script&gt;) and words in text ("atribut onclick") are not findings.
Tags are found on the lower-case view (Views.lower) with literal-prefix regexes.
Known limits: hiding through CSS classes defined elsewhere, or colour equal to the background,
is not seen; comments and CDATA are scanned like markup.
"""

import re
from bisect import bisect_right
from functools import lru_cache
from html import unescape

from .findings import Finding, Severity
from .fold import Views
from .native import SPACE, Prefiltered

IS_HTML = re.compile(rb"<(?:[A-Za-z][A-Za-z0-9:\-]*[\s/>]|!--)")
ELEMENT_LIMIT = 50_000  # a longer element counts as never closed
TAG_REACH = 4096  # how far a tag's < and > are looked for around an attribute

TAG_NAMES = rb"(script|iframe|frame|frameset|object|embed|applet|form|base|noembed|portal)"
DANGEROUS = Prefiltered(
    re.compile(rb"<\s*" + TAG_NAMES + rb"(?![\w\-])[^>]*>?"), b"<" + SPACE + b"*" + TAG_NAMES
)
PAIRED = frozenset({"script", "iframe", "frameset", "object", "applet", "form", "noembed"})
META_REFRESH = Prefiltered(
    re.compile(rb"<meta\b[^<>]{0,1000}?http-equiv\s*=\s*[\"']?\s*refresh[^<>]*>?"), rb"<meta"
)
HANDLER = Prefiltered(
    re.compile(rb"on(?<=[\s/\"']on)([a-z]{3,})\s*="), rb"on[a-z]{3,}" + SPACE + b"*="
)
# An attribute value that could hide a script URL: it has ":" or an entity (&colon; &#58;).
ATTRIBUTE_VALUE = re.compile(
    rb"=\s*(\"[^\"<>:&]*[:&][^\"<>]*\"?|'[^'<>:&]*[:&][^'<>]*'?|[^\s>\"':&]*[:&][^\s>\"']*)"
)
SAFE_START = re.compile(r"[\"'\s]*(?:https?://|mailto:|tel:|/|#)", re.IGNORECASE)
URL_NAME_BEFORE = re.compile(
    rb"[\s/\"'](href|src|action|formaction|xlink:href|data|poster|background|lowsrc|dynsrc"
    rb"|codebase|cite|values|to|from|by|ping)\s*$"
)
STYLE_ATTRIBUTE = Prefiltered(
    re.compile(rb"style(?<=[\s/\"']style)\s*=\s*(\"[^\"<>]*\"?|'[^'<>]*'?|[^\s>]+)"),
    rb"style" + SPACE + b"*=",
)
HIDDEN_ATTRIBUTE = Prefiltered(
    re.compile(rb"hidden(?<=\shidden)(?=[\s/>=])"), rb"hidden[\t-\r\x20/>=]"
)
STYLE_BLOCK = Prefiltered(
    re.compile(rb"<style\b[^>]*>(.*?)(?:</style\s*>|$)", re.DOTALL), rb"<style"
)
TAG_NAME = re.compile(rb"<([a-z][a-z0-9]*)")
LINK = re.compile(rb"<a\b[^>]*\bhref\s*=")
TAGS = re.compile(r"<[^>]*>")
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
INVISIBLE = re.compile(
    "[\x00-\x20\x7f-\xa0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
BAD_SCHEMES = (
    "javascript:",
    "vbscript:",
    "livescript:",
    "data:text/html",
    "data:image/svg",
    "data:application",
)
BAD_CSS = re.compile(r"expression\(|javascript:|vbscript:|behavior:|-moz-binding|@import")
VOID = frozenset(
    {"img", "br", "hr", "input", "meta", "link", "source", "area", "wbr", "embed", "col", "base"}
)
NUMBER = re.compile(r"^(-?[0-9]*\.?[0-9]+)([a-z%]*)")
NON_ZERO = re.compile(r"[1-9]")
SCALE_ZERO = re.compile(r"scale\(0(?:\.0*)?[,)]")
OFF_SCREEN_PROPERTIES = ("left", "top", "right", "bottom", "margin-left", "margin-top",
                         "margin-right", "margin", "text-indent")  # fmt: skip


def is_html(lower: bytes) -> bool:
    """Whether the text (its Views.lower) has any HTML tag or comment."""
    return IS_HTML.search(lower) is not None


def unsafe(start: int, end: int, what: str, confidence: float = 0.95) -> Finding:
    return Finding("unsafe_html", start, end, what, Severity.BLOCK, confidence)


def find_unsafe_html(views: Views) -> list[Finding]:
    lower = views.lower
    findings = [*dangerous_elements(lower), *handlers(lower), *bad_urls(views), *bad_styles(views)]
    for match in META_REFRESH.finditer(lower):
        findings.append(unsafe(match.start(), match.end(), "<meta> refresh redirect"))
    return findings


def dangerous_elements(lower: bytes) -> list[Finding]:
    """One finding per dangerous element, from its start tag to its first end tag (if any
    within ELEMENT_LIMIT); elements inside one already reported are part of it."""
    findings = []
    closings: dict[str, list[int]] = {}
    covered = -1
    for match in DANGEROUS.finditer(lower):
        if match.start() < covered:
            continue
        name = match.group(1).decode()
        end = match.end()
        if name in PAIRED:
            if name not in closings:  # every end tag of that name, found once
                closings[name] = [tag.end() for tag in end_tags(name).finditer(lower)]
            index = bisect_right(closings[name], match.end())
            if index < len(closings[name]) and closings[name][index] - end <= ELEMENT_LIMIT:
                end = closings[name][index]
        findings.append(unsafe(match.start(), end, f"<{name}> element"))
        covered = end
    return findings


def handlers(lower: bytes) -> list[Finding]:
    findings = []
    for match in HANDLER.finditer(lower):
        if inside_tag(lower, match.start()):
            start, end = enclosing_tag(lower, match.start(), match.end())
            name = match.group(1).decode()
            findings.append(unsafe(start, end, f"on{name}= event handler"))
    return findings


def bad_urls(views: Views) -> list[Finding]:
    text, lower = views.text, views.lower
    findings = []
    for match in ATTRIBUTE_VALUE.finditer(lower):
        value = text[match.start(1) : match.end(1)]
        if SAFE_START.match(value) or not dangerous_url(value):
            continue
        name = URL_NAME_BEFORE.search(lower, max(0, match.start() - 24), match.start())
        if name and inside_tag(lower, match.start()):
            start, end = enclosing_tag(lower, match.start(), match.end())
            scheme = "javascript:" if "script" in normalised_url(value) else "data:"
            findings.append(unsafe(start, end, f"{scheme} URL in {name.group(1).decode()}"))
    return findings


def bad_styles(views: Views) -> list[Finding]:
    text, lower = views.text, views.lower
    findings = []
    for match in STYLE_ATTRIBUTE.finditer(lower):
        css = normalised_css(text[match.start(1) : match.end(1)])
        if BAD_CSS.search(css) and inside_tag(lower, match.start()):
            start, end = enclosing_tag(lower, match.start(), match.end())
            findings.append(unsafe(start, end, "script in a style attribute"))
    for match in STYLE_BLOCK.finditer(lower):
        css = normalised_css(text[match.start(1) : match.end(1)])
        if BAD_CSS.search(css) or any(hiding(rule) for rule in css.split("}")):
            findings.append(unsafe(match.start(), match.end(), "<style> block", 0.8))
    return findings


def normalised_url(value: str) -> str:
    value = value.strip("\"'")
    for _ in range(3):
        decoded = unescape(value)
        if decoded == value:
            break
        value = decoded
    return INVISIBLE.sub("", value).lower()


def dangerous_url(value: str) -> bool:
    return normalised_url(value).startswith(BAD_SCHEMES)


def normalised_css(value: str) -> str:
    value = COMMENT.sub("", unescape(value.strip("\"'")))
    return INVISIBLE.sub("", value).lower().replace("\\", "")


def inside_tag(lower: bytes, position: int) -> bool:
    low = max(0, position - TAG_REACH)
    return lower.rfind(b"<", low, position + 1) > lower.rfind(b">", low, position + 1)


def enclosing_tag(lower: bytes, start: int, end: int) -> tuple[int, int]:
    opening = lower.rfind(b"<", max(0, start - TAG_REACH), start + 1)
    closing = lower.find(b">", end - 1, end + TAG_REACH)
    return (opening if opening >= 0 else start), (closing + 1 if closing >= 0 else end)


@lru_cache(maxsize=64)
def end_tags(name: str) -> re.Pattern:
    return re.compile(rb"</\s*" + re.escape(name.encode()) + rb"\s*>")


@lru_cache(maxsize=64)
def same_name_tags(name: str) -> re.Pattern:
    return re.compile(rb"<(/?)" + re.escape(name.encode()) + rb"(?=[\s/>])[^>]*>?")


def element_end(lower: bytes, name: str, start: int, tag_end: int) -> int:
    """End of the element whose start tag is lower[start:tag_end], nested same-name tags
    counted; the start tag's end when it is never closed."""
    if name in VOID or lower[tag_end - 2 : tag_end] == b"/>":
        return tag_end
    depth = 1
    for match in same_name_tags(name).finditer(lower, tag_end, tag_end + ELEMENT_LIMIT):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.end()
    return tag_end


# --- hidden elements ---------------------------------------------------------------------------


def declarations(css: str) -> dict[str, str]:
    result = {}
    for part in css.split(";"):
        name, colon, value = part.partition(":")
        if colon:
            result[name.strip().rsplit("{", 1)[-1].strip()] = value.replace("!important", "")
    return result


def length(value: str) -> tuple[float, str] | None:
    match = NUMBER.match(value.strip())
    if not match:
        return None
    return float(match.group(1)), match.group(2)


def far_negative(value: str) -> bool:
    parsed = length(value)
    if parsed is None:
        return False
    number, unit = parsed
    if unit in ("em", "rem"):
        return number <= -50
    if unit in ("vw", "vh", "%"):
        return number <= -100
    return number <= -500


def is_zero(value: str) -> bool:
    parsed = length(value)
    return parsed is not None and parsed[0] == 0


def hiding(css: str) -> str | None:
    """Why a (normalised, lower-case, no spaces) CSS declaration list hides its element."""
    rules = declarations(css)
    if rules.get("display", "").startswith("none"):
        return "display:none"
    if rules.get("visibility", "").startswith(("hidden", "collapse")):
        return "visibility:hidden"
    if "opacity" in rules and is_zero(rules["opacity"]):
        return "opacity:0"
    size = length(rules.get("font-size", ""))
    if size and (size[0] == 0 or (size[1] in ("px", "pt") and size[0] <= 1)):
        return "font-size:0"
    for name in OFF_SCREEN_PROPERTIES:
        if name in rules and far_negative(rules[name]):
            return f"{name} off-screen"
    overflow_hidden = rules.get("overflow", "").startswith(("hidden", "clip"))
    for name in ("height", "max-height", "width", "max-width"):
        if overflow_hidden and name in rules and is_zero(rules[name]):
            return f"{name}:0"
    clip = rules.get("clip", "")
    if clip.startswith("rect(") and not NON_ZERO.search(clip):
        return "clip:rect(0)"
    if SCALE_ZERO.search(rules.get("transform", "")):
        return "scale(0)"
    return None


def hiding_tags(views: Views) -> list[tuple[int, str]]:
    """(start of the tag, why) for each start tag hidden by its style or `hidden` attribute."""
    text, lower = views.text, views.lower
    found = {}
    for match in STYLE_ATTRIBUTE.finditer(lower):
        reason = hiding(normalised_css(text[match.start(1) : match.end(1)]))
        if reason and inside_tag(lower, match.start()):
            found.setdefault(
                lower.rfind(b"<", max(0, match.start() - TAG_REACH), match.start()), reason
            )
    for match in HIDDEN_ATTRIBUTE.finditer(lower):
        start = lower.rfind(b"<", max(0, match.start() - TAG_REACH), match.start())
        if inside_tag(lower, match.start()) and not lower.count(b'"', start, match.start()) % 2:
            found.setdefault(start, "hidden attribute")
    return sorted(found.items())


def find_hidden(views: Views) -> list[Finding]:
    """hidden_link for hidden elements with links, unsafe_html for hidden text."""
    text, lower = views.text, views.lower
    findings = []
    covered = -1
    for start, reason in hiding_tags(views):
        name = TAG_NAME.match(lower, start) if start >= 0 else None
        if start < covered or name is None:
            continue
        tag_end = lower.find(b">", start, start + TAG_REACH) + 1 or min(len(lower), start + 1)
        end = element_end(lower, name.group(1).decode(), start, tag_end)
        never_closed = end == tag_end and lower[end - 2 : end] != b"/>"
        if never_closed and name.group(1).decode() not in VOID:
            end = min(len(text), tag_end + 2000)  # look a little further
        links = len(LINK.findall(lower, start, end))
        if links:
            what = f"hidden link ({reason})" if links == 1 else f"{links} hidden links ({reason})"
            findings.append(Finding("hidden_link", start, end, what, Severity.BLOCK, 0.95))
        elif TAGS.sub("", text[tag_end:end]).strip():
            findings.append(unsafe(start, end, f"hidden content ({reason})", 0.8))
        covered = end
    return findings
