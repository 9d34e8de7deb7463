"""A YAML reader for untrusted files that keeps the position of every key and value.

PyYAML (libyaml when present) only turns the text into parser events here; the values
are built from those events below, without recursion and without any constructor, so no
tag can ever build an object, alias bombs and deep nesting are cut off with a clear
message, and each key's and value's line and column is kept for error reports.
Plain scalars follow YAML 1.2's core schema (only true/false are booleans; "no", "on"
and "1:30" stay text), which is what people writing a routine expect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

Path = tuple[str | int, ...]

MAX_DEPTH = 32
MAX_NODES = 60_000  # the largest valid routine has about 35,000
MAX_KEYS = 100
MAX_ITEMS = 1000

_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"[-+]?[0-9]{1,18}")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_TEXT_TAGS = {_TAG + "str", "!"}
_SCALAR_TAGS = {_TAG + t for t in ("int", "float", "bool", "null", "timestamp")}
_ANY_SCALAR_TAGS = _TEXT_TAGS | _SCALAR_TAGS
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in the file."""

    line: int
    column: int


class YamlError(ValueError):
    """The text is not a YAML document we can read; ``mark`` says where."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


@dataclass
class Document:
    """A parsed document and where each of its parts stands in the file."""

    data: Any
    # PyYAML's own (0-based) marks, converted only when a problem needs one
    value_marks: dict[Path, Any] = field(default_factory=dict)
    key_marks: dict[Path, Any] = field(default_factory=dict)
    problems: list[tuple[Path, Mark, str]] = field(default_factory=list)

    def mark_of(self, path: Path, *, key: bool = False) -> Mark:
        """The best position for ``path``: the key or value itself, else its nearest parent."""
        if key and path in self.key_marks:
            return _mark(self.key_marks[path])
        while path not in self.value_marks and path:
            path = path[:-1]
        raw = self.value_marks.get(path)
        return Mark(1, 1) if raw is None else _mark(raw)


def _mark(node_mark: Any) -> Mark:
    return Mark(node_mark.line + 1, node_mark.column + 1)


def _codepoint(character: object) -> int:
    return character if isinstance(character, int) else ord(str(character)[:1] or "\0")


def _position(text: str, index: int) -> Mark:
    line = text.count("\n", 0, index) + 1
    return Mark(line, index - (text.rfind("\n", 0, index) + 1) + 1)


def parse(text: str) -> Document:
    """Parse one YAML document from ``text``; raise `YamlError` when that is impossible."""
    loader_class: Any = (
        yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else (yaml.SafeLoader)
    )
    loader = loader_class(text)
    try:
        return _Builder(loader).build()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _mark(mark) if mark is not None else Mark(1, 1)
        what = exc.problem or exc.context or "unreadable"
        if "nesting depth" in what:  # libyaml's own limit, met before ours in some builds
            raise YamlError("the file is nested too deeply to be a routine", where) from None
        raise YamlError(f"this is not valid YAML: {what}", where) from None
    except yaml.reader.ReaderError as exc:
        raise YamlError(
            "the file contains a character YAML does not allow "
            f"(U+{_codepoint(exc.character):04X})",
            _position(text, exc.position),
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"this is not valid YAML: {exc}", Mark(1, 1)) from None
    finally:
        loader.dispose()


@dataclass
class _Frame:
    """A mapping or list being built."""

    value: dict[str, Any] | list[Any]
    path: Path
    anchor: str | None
    size: int = 1
    key: str | None = None  # a mapping's key waiting for its value


class _Builder:
    """Builds plain dicts, lists and scalars straight from parser events, without recursion.

    Only the events are taken from PyYAML; no constructor runs, so no tag can build an
    object. Aliases share the anchored value and count its full size, so an alias bomb is
    stopped by the size limit long before anything is expanded.
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.doc = Document(data=None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.total = 0
        self.done = False

    def build(self) -> Document:
        get = self.loader.get_event
        while True:
            event = get()
            if isinstance(event, yaml.StreamEndEvent):
                break
            if isinstance(event, yaml.DocumentStartEvent) and self.done:
                raise YamlError(
                    "the file holds more than one YAML document ('---'); a routine is one",
                    _mark(event.start_mark),
                )
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self.scalar(event)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = self.stack.pop()
                self.place(frame.value, frame.size, frame.anchor, None)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self.open(event)
            elif kind is yaml.AliasEvent:
                self.alias(event)
            elif kind is yaml.DocumentEndEvent:
                self.done = True
        if not self.done:
            raise YamlError(
                "the file holds only comments; a routine needs format, id, title and steps",
                Mark(1, 1),
            )
        return self.doc

    def slot(self, event: Any, *, is_key_ok: bool) -> Path | None:
        """The path of the value this event starts; None when it is a mapping's key."""
        raw = event.start_mark
        if not self.stack:
            path: Path = ()
        else:
            top = self.stack[-1]
            if isinstance(top.value, dict):
                if top.key is None:
                    if not is_key_ok:
                        raise YamlError(
                            "a key must be plain text, not a list or mapping", _mark(raw)
                        )
                    return None
                path = (*top.path, top.key)
            else:
                if len(top.value) >= MAX_ITEMS:
                    raise YamlError(
                        f"a list here has more than {MAX_ITEMS} items; a routine is far smaller",
                        _mark(raw),
                    )
                path = (*top.path, len(top.value))
        if len(self.stack) > MAX_DEPTH:
            raise YamlError("the file is nested too deeply to be a routine", _mark(raw))
        self.doc.value_marks[path] = raw
        return path

    def open(self, event: Any) -> None:
        path = self.slot(event, is_key_ok=False)
        assert path is not None
        mapping = isinstance(event, yaml.MappingStartEvent)
        self.check_tag(event.tag, {_TAG + ("map" if mapping else "seq")}, path, event)
        self.stack.append(_Frame({} if mapping else [], path, event.anchor))

    def scalar(self, event: Any) -> None:
        path = self.slot(event, is_key_ok=True)
        plain = not event.style
        if path is None:
            self.key(event.value, event.start_mark, plain=plain)
            return
        self.check_tag(event.tag, _ANY_SCALAR_TAGS, path, event)
        explicit_text = event.tag in _TEXT_TAGS and event.tag != "!"
        value = self.plain(event.value) if plain and not explicit_text else event.value
        self.place(value, 1, event.anchor, path)

    def alias(self, event: Any) -> None:
        path = self.slot(event, is_key_ok=False)
        if event.anchor not in self.anchors:
            raise YamlError(
                f"the alias '*{event.anchor}' refers to nothing defined before it",
                _mark(event.start_mark),
            )
        value, size = self.anchors[event.anchor]
        self.place(value, size, None, path)

    def key(self, key: str, raw: Any, *, plain: bool) -> None:
        top = self.stack[-1]
        assert isinstance(top.value, dict)
        if plain and key == "<<":
            raise YamlError("merge keys ('<<') are not supported in routines", _mark(raw))
        if len(top.value) >= MAX_KEYS:
            raise YamlError(
                f"a mapping here has more than {MAX_KEYS} keys; a routine needs only a few",
                _mark(raw),
            )
        child = (*top.path, key)
        if key in top.value:
            self.doc.problems.append(
                (child, _mark(raw), f"'{key}' appears twice here; keep only one")
            )
        self.doc.key_marks[child] = raw
        top.key = key

    def place(self, value: Any, size: int, anchor: str | None, path: Path | None) -> None:
        self.total += size
        if self.total > MAX_NODES:
            raise YamlError(
                f"the file expands to more than {MAX_NODES} values; a routine is far smaller "
                "(are aliases (*name) repeating each other?)",
                self.doc.mark_of(path or ()),
            )
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.value, dict):
            assert top.key is not None
            top.value[top.key] = value
            top.key = None
        else:
            top.value.append(value)

    def check_tag(self, tag: str | None, allowed: set[str], path: Path, event: Any) -> None:
        if tag is None or tag == "!" or tag in allowed:
            return
        self.doc.problems.append(
            (
                path,
                _mark(event.start_mark),
                f"the tag '{tag.replace(_TAG, '!!')}' is not allowed; a routine holds only "
                "plain text, numbers, true/false, lists and keys",
            )
        )

    @staticmethod
    def plain(text: str) -> Any:
        """Resolve a plain scalar by YAML 1.2's core schema."""
        if text in _NULL:
            return None
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if _INT.fullmatch(text):
            return int(text)
        if len(text) <= 32 and _FLOAT.fullmatch(text) and any(c.isdigit() for c in text):
            return float(text)
        return text
