"""A YAML reader for untrusted files that keeps the position of every key and value.

PyYAML only composes the document into nodes here; turning nodes into Python values is
done below, so no tag can ever construct an object, alias bombs and deep nesting are cut
off with a clear message, and each value's line and column is kept for error reports.
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
MAX_NODES = 200_000
_FLOW_DEPTH_FOR_C = 64  # deeper flow nesting goes through the pure-Python parser

_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"[-+]?[0-9]{1,18}")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_TEXT_TAGS = {_TAG + "str", "!"}
_SCALAR_TAGS = {_TAG + t for t in ("int", "float", "bool", "null", "timestamp")}
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in the file."""

    line: int
    column: int


class YamlProblem(Exception):
    """The text is not a YAML document we can read; ``mark`` says where."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


@dataclass
class Document:
    """A parsed document and where each of its parts stands in the file."""

    data: Any
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    key_marks: dict[Path, Mark] = field(default_factory=dict)
    problems: list[tuple[Path, Mark, str]] = field(default_factory=list)

    def mark_of(self, path: Path, *, key: bool = False) -> Mark:
        """The best position for ``path``: the key or value itself, else its nearest parent."""
        if key and path in self.key_marks:
            return self.key_marks[path]
        while path not in self.value_marks and path:
            path = path[:-1]
        return self.value_marks.get(path, Mark(1, 1))


def _mark(node_mark: Any) -> Mark:
    return Mark(node_mark.line + 1, node_mark.column + 1)


def _flow_depth(text: str) -> int:
    """An over-estimate of bracket nesting, cheap enough to run on every file."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def _codepoint(character: object) -> int:
    return character if isinstance(character, int) else ord(str(character)[:1] or "\0")


def _position(text: str, index: int) -> Mark:
    line = text.count("\n", 0, index) + 1
    return Mark(line, index - (text.rfind("\n", 0, index) + 1) + 1)


def parse(text: str) -> Document:
    """Parse one YAML document from ``text``; raise `YamlProblem` when that is impossible."""
    fast = getattr(yaml, "__with_libyaml__", False) and _flow_depth(text) <= _FLOW_DEPTH_FOR_C
    loader_class: Any = yaml.CSafeLoader if fast else yaml.SafeLoader
    loader = loader_class(text)
    try:
        if not loader.check_node():
            raise YamlProblem("the file holds only comments; a routine needs format, id, title and steps", Mark(1, 1))
        root = loader.get_node()
        if loader.check_node():
            extra = loader.get_node()
            raise YamlProblem(
                "the file holds more than one YAML document ('---'); a routine is one",
                _mark(extra.start_mark),
            )
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _mark(mark) if mark is not None else Mark(1, 1)
        what = exc.problem or exc.context or "unreadable"
        raise YamlProblem(f"this is not valid YAML: {what}", where) from None
    except yaml.reader.ReaderError as exc:
        raise YamlProblem(
            f"the file contains a character YAML does not allow (U+{_codepoint(exc.character):04X})",
            _position(text, exc.position),
        ) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"this is not valid YAML: {exc}", Mark(1, 1)) from None
    except RecursionError:
        raise YamlProblem("the file is nested too deeply to be a routine", Mark(1, 1)) from None
    finally:
        loader.dispose()
    return _Converter().document(root)


class _Converter:
    """Turns a node tree into plain dicts, lists and scalars, recording marks."""

    def __init__(self) -> None:
        self.doc = Document(data=None)
        self.count = 0

    def document(self, root: yaml.Node) -> Document:
        self.doc.data = self.value(root, (), 0)
        return self.doc

    def value(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.count += 1
        mark = _mark(node.start_mark)
        if self.count > MAX_NODES:
            raise YamlProblem(
                f"the file expands to more than {MAX_NODES} values; "
                "are aliases (*name) repeating each other?",
                mark,
            )
        if depth > MAX_DEPTH:
            raise YamlProblem("the file is nested too deeply to be a routine", mark)
        self.doc.value_marks.setdefault(path, mark)
        if isinstance(node, yaml.MappingNode):
            self._check_tag(node, {_TAG + "map"}, path, mark)
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, {_TAG + "seq"}, path, mark)
            return [self.value(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        self._check_tag(node, _TEXT_TAGS | _SCALAR_TAGS, path, mark)
        if node.tag in _SCALAR_TAGS and not node.style:
            return self.plain(node.value)
        return node.value  # quoted, block, explicitly !!str, or refused above: always text

    def mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_mark = _mark(key_node.start_mark)
            if key_node.tag == _TAG + "merge":
                raise YamlProblem("merge keys ('<<') are not supported in routines", key_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlProblem("a key must be plain text, not a list or mapping", key_mark)
            key = key_node.value
            child = (*path, key)
            if key in result:
                self.doc.problems.append(
                    (child, key_mark, f"'{key}' appears twice here; keep only one")
                )
            self.doc.key_marks[child] = key_mark
            self.doc.value_marks.pop(child, None)
            result[key] = self.value(value_node, child, depth + 1)
        return result

    @staticmethod
    def plain(text: str) -> Any:
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

    def _check_tag(self, node: yaml.Node, allowed: set[str], path: Path, mark: Mark) -> None:
        if node.tag not in allowed and node.tag != "!":
            self.doc.problems.append(
                (
                    path,
                    mark,
                    f"the tag '{node.tag.replace(_TAG, '!!')}' is not allowed; a routine holds only plain text, "
                    "numbers, true/false, lists and keys",
                )
            )
