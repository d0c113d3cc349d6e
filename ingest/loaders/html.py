"""HTML loader: main content only, as headings, paragraphs, list items and table rows.

Boilerplate is removed first (scripts, styles, navigation, header/footer, asides,
forms, cookie/consent banners, breadcrumbs, skip links, hidden elements); then the
main content (``<main>``, ``[role=main]``, a single ``<article>``, ``#content``...) or
else the cleaned ``<body>`` is walked in document order.

Footnotes marked with symbols are kept and linked: "helpline on 0800 0121 700*" records
the ref ``"*"``, a paragraph opening with a marker ("<sup>**</sup> Source Global Slavery
Index") is a ``footnote`` block, and a marked note printed in the page footer
("*Information submitted via this helpline will be handled by the NSPCC ...") is kept
when the main content references its marker; the chunker places each note after the
block that references it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

from ingest.errors import IngestError
from ingest.loaders._text import collapse, normalize
from ingest.models import Block, LoadedDocument

_DROP_TAGS = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "nav", "header", "footer", "aside", "form", "button", "select", "input", "textarea",
    "label", "dialog", "menu", "link", "meta",
]
_BOILER = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|skip[-_ ]?(link|to|nav)|(^|[-_ ])nav($|[-_ ])|"
    r"navbar|navigation|site-?menu|main-?menu|mega-?menu|share|social|newsletter|"
    r"sidebar|side-bar|masthead|site-?header|site-?footer|page-?footer|back-to-top|print-?link|"
    r"feedback|survey|popup|modal|overlay|advert|sponsor|related-?links",
    re.I,
)
_BOILER_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alert", "menu", "menubar"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_PARA_TAGS = {"p", "pre", "address", "figcaption", "caption", "dt", "dd", "summary", "legend"}
_CONTAINERS = {
    "div", "section", "article", "main", "body", "html", "ul", "ol", "dl", "blockquote", "figure",
    "details", "center", "fieldset", "hgroup", "picture",
}
_BLOCKISH = _HEADINGS | _PARA_TAGS | _CONTAINERS | {"li", "table", "tr", "td", "th", "hr"}
_WIDGET = re.compile(r"^(previous|next|prev|back|close|menu|continue|read more|more|\d{1,2}|[<>«»‹›]+)$", re.I)
_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " » ")


def _attr_text(el: Tag) -> str:
    parts = []
    if el.attrs is None:
        return ""
    ident = el.get("id")
    if ident:
        parts.append(str(ident))
    cls = el.get("class")
    if cls:
        parts.append(" ".join(cls) if isinstance(cls, list) else str(cls))
    return " ".join(parts)


def _is_hidden(el: Tag) -> bool:
    if el.attrs is None:
        return False
    if el.has_attr("hidden") or str(el.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(el.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


#: a footnote marker: asterisks or daggers ("*", "**", "†")
_MARKER = r"[*†‡§]+"
_NOTE_START = re.compile(rf"^\s*({_MARKER})\s*(?=\w)")
#: a marker written after a word in running text ("0800 0121 700*", "in 2012**.")
_TEXT_REF = re.compile(rf"(?<=[A-Za-z0-9.)%])(?<!\b\d)({_MARKER})(?=[\s.,;:)]|$)")
#: markdown-style emphasis written into a page ("**mandatory**"), not a footnote marker
_EMPHASIS = re.compile(r"\*{1,2}\w[^*]*\w\*{1,2}")


_NOTE_TAGS = ["p", "dd", "div", "li", "small"]


def _marked_notes(root: Tag) -> list[str]:
    """Texts of page-footer paragraphs that open with a footnote marker ("*Information
    submitted via this helpline ..."), read before boilerplate is removed: a footer holds
    the notes that body text marks. Forms, hidden elements and cookie or consent banners
    inside the footer are not read."""
    notes: list[str] = []
    footers = root.find_all("footer") + root.find_all(attrs={"role": "contentinfo"})
    for footer in footers:
        for el in footer.find_all(_NOTE_TAGS):
            if el.find(_NOTE_TAGS) is not None:
                continue  # not a leaf paragraph
            if any(a is not None and (a.name in ("form", "script", "style", "template") or _is_hidden(a)
                                      or _COOKIE.search(_attr_text(a))) for a in [el, *el.parents]):
                continue
            text = re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", collapse(normalize(_inline_text(el))))
            if _NOTE_START.match(text) and len(text) > 10:
                notes.append(text)
    return notes


_COOKIE = re.compile(r"cookie|consent|gdpr|banner|popup|modal|newsletter", re.I)


def _squash(text: str) -> str:
    """Letters and digits only, lower case: to compare texts however they were spaced."""
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _refs(el: Tag, text: str) -> tuple[str, ...]:
    """Footnote symbols an element carries: in superscripts, and
    written after a word in its text."""
    refs = [m.group(1) for m in _TEXT_REF.finditer(_EMPHASIS.sub(" ", text))]
    for sup in el.find_all("sup"):
        t = sup.get_text("", strip=True)
        if re.fullmatch(_MARKER, t):
            refs.append(t)
    return tuple(dict.fromkeys(refs))


def _strip_boilerplate(root: Tag) -> None:
    for el in root.find_all(_DROP_TAGS):
        el.decompose()
    for el in root.find_all(string=lambda s: isinstance(s, (Comment, CData, Declaration, Doctype, ProcessingInstruction))):
        el.extract()
    for el in list(root.find_all(True)):
        if getattr(el, "decomposed", False):
            continue
        if el.attrs is None:
            continue
        if el.name in ("html", "body", "main"):
            continue
        role = str(el.get("role", "")).lower()
        if role in _BOILER_ROLES or _is_hidden(el):
            el.decompose()
            continue
        attrs = _attr_text(el)
        if attrs and _BOILER.search(attrs):
            # never drop something that holds the page's main heading
            if el.find("h1") is not None and el.name not in ("header",):
                continue
            el.decompose()
            continue
        if el.name == "a":
            href = str(el.get("href", ""))
            txt = el.get_text(" ", strip=True).lower()
            if href.startswith("#") and ("skip" in txt or "jump to" in txt):
                el.decompose()


def _main_content(soup: BeautifulSoup) -> Tag:
    body = soup.body or soup
    candidates: list[Tag] = []
    candidates += soup.find_all("main")
    candidates += soup.find_all(attrs={"role": "main"})
    articles = soup.find_all("article")
    if len(articles) == 1:
        candidates += articles
    for ident in ("content", "main-content", "maincontent", "main", "primary"):
        el = soup.find(id=ident)
        if el is not None:
            candidates.append(el)
    for el in candidates:
        if len(el.get_text(" ", strip=True)) >= 200:
            return el
    return body


def _cell_text(el: Tag) -> str:
    return collapse(normalize(_inline_text(el)))


def _inline_text(el: Any) -> str:
    """Text of an element; footnote-marker superscripts dropped, ordinals glued, br -> space."""
    if isinstance(el, NavigableString):
        return str(el)
    out = []
    for child in el.children:
        if isinstance(child, NavigableString):
            if isinstance(child, (Comment, CData, Declaration, Doctype, ProcessingInstruction)):
                continue
            out.append(str(child))
        elif isinstance(child, Tag):
            if child.name == "br":
                out.append(" ")
            elif child.name == "sup":
                t = child.get_text("", strip=True)
                if re.fullmatch(r"\[?\d{1,3}\]?|[*†‡§]+", t):
                    continue
                if re.fullmatch(r"st|nd|rd|th", t, re.I):
                    while out and out[-1].endswith(" "):
                        out[-1] = out[-1].rstrip()
                    out.append(t)
                    continue
                out.append(_inline_text(child))
            elif child.name in _BLOCKISH:
                out.append(" " + _inline_text(child) + " ")
            else:
                out.append(_inline_text(child))
    return "".join(out)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        if self.buf:
            t = collapse(normalize("".join(self.buf)))
            self.buf = []
            if t:
                self.blocks.append(Block("paragraph", t))

    def emit(self, kind: str, text: str, **kw: Any) -> None:
        t = collapse(normalize(text))
        t = re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", t)
        if t:
            self.blocks.append(Block(kind, t, **kw))  # type: ignore[arg-type]

    def walk(self, el: Tag) -> None:
        for child in el.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, (Comment, CData, Declaration, Doctype, ProcessingInstruction)):
                    self.buf.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in _HEADINGS:
                self.flush()
                self.emit("heading", _inline_text(child), level=int(name[1]))
            elif name in _PARA_TAGS:
                self.flush()
                if child.find(list(_HEADINGS | {"ul", "ol", "table", "li"})) is not None:
                    self.walk(child)
                    self.flush()
                else:
                    text = _inline_text(child)
                    first = next((c for c in child.children if not (isinstance(c, NavigableString) and not c.strip())), None)
                    if (isinstance(first, Tag) and first.name == "sup" and re.fullmatch(_MARKER, first.get_text("", strip=True))
                            and re.search(r"\w", text)):
                        # "<sup>**</sup> Source Global Slavery Index": the note itself
                        self.emit("footnote", first.get_text("", strip=True) + " " + text)
                    else:
                        self.emit("paragraph", text, refs=_refs(child, text))
            elif name == "li":
                self.flush()
                self.list_item(child)
            elif name == "table":
                self.flush()
                self.table(child)
            elif name == "br":
                self.buf.append(" ")
            elif name == "hr":
                self.flush()
            elif name in _CONTAINERS or child.find(list(_BLOCKISH)) is not None:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.buf.append(_inline_text(child))

    def list_item(self, li: Tag) -> None:
        nested = [c for c in li.find_all(["ul", "ol", "table"], recursive=True)]
        own: list[str] = []
        blocks_inside: list[Tag] = []
        for child in li.children:
            if isinstance(child, Tag) and child.name in ("ul", "ol", "table"):
                blocks_inside.append(child)
            elif isinstance(child, Tag) and child.find(["ul", "ol", "table"]) is not None:
                # e.g. <div> wrapping text + nested list: take its text parts, walk lists later
                for sub in child.children:
                    if isinstance(sub, Tag) and sub.name in ("ul", "ol", "table"):
                        blocks_inside.append(sub)
                    else:
                        own.append(_inline_text(sub))
            else:
                own.append(_inline_text(child) if isinstance(child, Tag) else str(child))
        _ = nested
        self.emit("list_item", " ".join(own))
        for b in blocks_inside:
            if b.name == "table":
                self.table(b)
            else:
                self.walk(b)
                self.flush()

    def table(self, table: Tag) -> None:
        rows: list[tuple[list[str], bool]] = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            cells = tr.find_all(["td", "th"], recursive=False)
            if not cells:
                continue
            texts: list[str] = []
            for c in cells:
                t = _cell_text(c)
                texts.append(t)
                try:
                    span = int(c.get("colspan", 1))
                except (TypeError, ValueError):
                    span = 1
                texts.extend([""] * max(0, min(span, 20) - 1))
            is_head = all(c.name == "th" for c in cells) or tr.find_parent("thead") is not None
            rows.append((texts, is_head))
        rows = [r for r in rows if any(r[0])]
        if not rows:
            return
        caption = table.find("caption")
        if caption is not None:
            self.emit("paragraph", _inline_text(caption))
        header = None
        start = 0
        if rows[0][1] and len(rows) >= 2:
            header = " | ".join(rows[0][0])
            start = 1
        for texts, _is_head in rows[start:]:
            self.blocks.append(Block("table_row", " | ".join(texts), header=header))


#: a case study's title: "Albert from Britain", "Anonymous female from Britain", "Kim from
#: Vietnam*", "Maria from Romania (name changed)", "Leah, 16, from Leeds", "Amira's story"
_STORY_TITLE = re.compile(
    r"(?!(?:Support|Help|Advice|Calls?|Letters?|Funding|Guidance|News|Updates?|Quotes?|Feedback|Messages?|Referrals?|Resources?|"
    r"Stories|Evidence|Information|Data|Tips|Lessons|Learning|Highlights|Extracts?|Excerpts?|Notes?|Reports?|Findings|Results|"
    r"Money|Donations?|Grants?|Training|Services?|Materials?|Videos?|Photos?|Images?|Letter|Views|Voices|Perspectives?)\b)"
    r"(?:[A-Z][a-z]+(?:[ -][a-z]+){0,2}|[A-Z][a-z]+ [A-Z][a-z]+)(?:,\s*\d{1,2},)?\s+from\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s story")


def is_subtitle(text: str) -> bool:
    """Whether a paragraph right after a heading is a case study's title naming whose
    story follows ("Albert from Britain", "Anonymous female from Britain", "Jay from
    London.", "Maria from Romania (name changed)", "Amira's story"). Short lines of other
    kinds stay text: an answer under a question heading ("Within one working day", "Not
    always"), an instruction ("Never promise confidentiality"), opening hours ("Monday to
    Friday") or a strapline ("Our online form is quick and simple")."""
    core = re.sub(r"\s*\([^)]{1,30}\)\s*$|[*†‡.]+$", "", text.strip())
    return len(core) <= 60 and _STORY_TITLE.fullmatch(core) is not None


def _subtitles_as_headings(blocks: list[Block]) -> list[Block]:
    """A case study's title between a heading and that heading's body (:func:`is_subtitle`)
    becomes a heading one level below it: case-study pages print "<h2>Victim of forced labour</h2> <p>Albert from
    Britain</p> <p>Albert is a British national ...</p>", and the story's name must stay in
    the section path of every chunk of the story, not only in its first chunk's text."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if (0 < i < len(blocks) - 1 and blocks[i - 1].kind == "heading" and not blocks[i - 1].text.rstrip().endswith("?")
                and b.kind == "paragraph" and blocks[i + 1].kind in ("paragraph", "list_item") and is_subtitle(b.text)):
            out.append(Block("heading", b.text, level=min(6, (blocks[i - 1].level or 1) + 1)))
        else:
            out.append(b)
    return out


def _title(soup: BeautifulSoup, blocks: list[Block]) -> str:
    raw = ""
    if soup.title is not None:
        raw = collapse(normalize(soup.title.get_text(" ")))
    site = ""
    for attrs in ({"property": "og:site_name"}, {"name": "application-name"}, {"name": "apple-mobile-web-app-title"}):
        m = soup.find("meta", attrs=attrs)
        if m is not None and m.get("content"):
            site = collapse(normalize(str(m["content"])))
            break
    if raw:
        for sep in _SEPARATORS:
            if sep in raw:
                head, _, tail = raw.rpartition(sep)
                tail_s = tail.strip()
                if site and tail_s.lower() == site.lower():
                    return head.strip()
                if site and head.strip().lower() == site.lower():
                    return tail_s
                # clearly a suffix: short trailing segment after a longer title
                if len(tail_s.split()) <= 3 and len(head.split()) >= 3 and len(tail_s) < len(head):
                    return head.strip()
                break
        return raw
    h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
    if h1 is not None:
        return h1.text
    return ""


def load_html(path: Path) -> LoadedDocument:
    """Load an HTML page's main content.

    Raises:
        IngestError: unreadable file or binary data.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError(path, "binary data, not an HTML page")
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # noqa: BLE001
        raise IngestError(path, f"unparseable HTML: {collapse(str(exc))[:120]}") from exc

    title_soup = BeautifulSoup(str(soup.head), "lxml") if soup.head is not None else soup
    # the <title> is the document's title, read above, not its text (a page with a title
    # and no body has nothing to index)
    for title in soup.find_all("title"):
        title.decompose()
    notes = _marked_notes(soup)
    _strip_boilerplate(soup)
    root = _main_content(soup)
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    # carousel controls, counters and similar widget text
    blocks = _subtitles_as_headings([
        b
        for b in walker.blocks
        if not (b.kind == "paragraph" and _WIDGET.match(b.text))
    ])

    # marked notes the cleaning removed (a footer's "*Information submitted via this
    # helpline ...") are kept when the content references their marker
    referenced = {r for b in blocks for r in b.refs}
    have = _squash(" ".join(b.text for b in blocks))
    # (one note per marker: the first a footer prints; "*Required fields ..." further
    # down the same footer is not what "0800 111 222*" refers to)
    seen: set[str] = set()
    for note in dict.fromkeys(notes):
        marker = _NOTE_START.match(note).group(1)
        if marker in seen:
            continue
        seen.add(marker)
        if marker in referenced and _squash(note) not in have:
            blocks.append(Block("footnote", note))
            have += _squash(note)
    title = _title(title_soup, blocks) or _title(soup, blocks) or path.stem
    return LoadedDocument(source=path.name, title=title, blocks=blocks)
