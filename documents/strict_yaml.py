"""A YAML reader for the files people write by hand: no surprises, bounded work, exact lines.

PyYAML's safe loader still expands aliases (a ten-line "billion laughs" file grows to gigabytes),
turns `2024-02-30` into a crash while constructing a date, lets a repeated key silently win and
reads `no`, `08:00` or `0123` as a boolean, a number of minutes and an octal number. dvk's files
need none of that, so this reader refuses anchors, aliases, tags other than the plain ones,
repeated keys and deep nesting before anything is built, and resolves only YAML 1.2 core
scalars (null, true/false, decimal numbers); everything else stays text for pydantic to check,
where a bad date becomes an error naming its line and field.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

#: Nesting deeper than this is no configuration file (and would exhaust Python's stack).
MAX_DEPTH = 32
#: Digits in one integer: more is a typing accident, and Python refuses to convert 4,300.
MAX_INT_DIGITS = 18

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
ALLOWED_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, MAP, SEQ})


class StrictYamlError(ValueError):
    """The text is not YAML dvk accepts; `line` is 1-based."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def _line(node_or_event: Any) -> int:
    mark = getattr(node_or_event, "start_mark", None)
    return int(mark.line) + 1 if mark is not None else 1


class _CoreResolver(BaseResolver):
    """YAML 1.2 core schema: only these plain scalars are not text."""


_CoreResolver.add_implicit_resolver(
    NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_CoreResolver.add_implicit_resolver(
    BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_CoreResolver.add_implicit_resolver(INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_CoreResolver.add_implicit_resolver(
    FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


class _StrictComposer(Composer):
    """Builds the node tree, refusing anchors, aliases, odd tags and deep nesting."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, AliasEvent):
            raise StrictYamlError(
                _line(event),
                f"aliases (*{event.anchor}) are not allowed in dvk's files; write the value out",
            )
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise StrictYamlError(
                _line(event),
                f"anchors (&{event.anchor}) are not allowed in dvk's files; write the value out",
            )
        tag = getattr(event, "tag", None)
        if tag not in (None, "!") and tag not in ALLOWED_TAGS:
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            raise StrictYamlError(_line(event), f"the tag {_short(shown)} is not allowed here")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise StrictYamlError(_line(event), f"nested more than {MAX_DEPTH} levels deep")
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        return node


class _StrictConstructor(SafeConstructor):
    """Plain values only; a repeated key is an error, not a silent overwrite."""

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        if not isinstance(node, MappingNode):
            raise StrictYamlError(_line(node), "expected a mapping of keys")
        mapping: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise StrictYamlError(_line(key_node), "a key must be a plain word, not a list")
            key = self.construct_object(key_node, deep=True)
            if key in mapping:
                raise StrictYamlError(
                    _line(key_node),
                    f"the key '{_short(key)}' appears twice in the same block; keep one",
                )
            mapping[key] = self.construct_object(value_node, deep=True)
        return mapping

    def construct_strict_int(self, node: ScalarNode) -> int:
        text = str(node.value).replace("+", "", 1)
        if len(text.lstrip("-")) > MAX_INT_DIGITS:
            raise StrictYamlError(_line(node), f"the number '{_short(node.value)}' is too large")
        try:
            return int(text, 10)
        except ValueError:
            raise StrictYamlError(
                _line(node), f"'{_short(node.value)}' is not a whole number"
            ) from None

    def construct_strict_float(self, node: ScalarNode) -> float:
        text = str(node.value).lower()
        if text.endswith("nan"):
            return float("nan")
        if text.endswith("inf"):
            return float("-inf") if text.startswith("-") else float("inf")
        try:
            return float(text)
        except ValueError:
            raise StrictYamlError(_line(node), f"'{_short(node.value)}' is not a number") from None

    def construct_strict_bool(self, node: ScalarNode) -> bool:
        text = str(node.value).lower()
        if text not in ("true", "false"):
            raise StrictYamlError(_line(node), f"'{_short(node.value)}' is not true or false")
        return text == "true"

    def construct_strict_null(self, node: ScalarNode) -> None:
        if str(node.value) not in ("", "~", "null", "Null", "NULL"):
            raise StrictYamlError(_line(node), f"'{_short(node.value)}' is not null")
        return None


_StrictConstructor.yaml_constructors = {
    STR: SafeConstructor.construct_yaml_str,
    INT: _StrictConstructor.construct_strict_int,
    FLOAT: _StrictConstructor.construct_strict_float,
    BOOL: _StrictConstructor.construct_strict_bool,
    NULL: _StrictConstructor.construct_strict_null,
    MAP: SafeConstructor.construct_yaml_map,
    SEQ: SafeConstructor.construct_yaml_seq,
}


class _StrictLoader(Reader, Scanner, Parser, _StrictComposer, _StrictConstructor, _CoreResolver):
    """Pure Python: where PyYAML was built without libyaml."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        _StrictComposer.__init__(self)
        _StrictConstructor.__init__(self)
        _CoreResolver.__init__(self)


try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML without libyaml
    _FastLoader: type | None = None
else:

    class _CStrictLoader(_StrictComposer, CParser, _StrictConstructor, _CoreResolver):
        """libyaml scans and parses (about 10 times faster); the checks above still compose."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _StrictComposer.__init__(self)
            _StrictConstructor.__init__(self)
            _CoreResolver.__init__(self)

    _FastLoader = _CStrictLoader


def _short(value: object, limit: int = 60) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def load(text: str) -> tuple[Any, dict[tuple[str, ...], int]]:
    """The data of a single-document YAML text, and the line of every key and item in it.

    Lines are keyed by path, each part as text ("units", "3", "emails"), so a validation error's
    location can be looked up whatever type its parts have. Raises `StrictYamlError`.
    """
    try:
        loader = (_FastLoader or _StrictLoader)(text)
    except ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise StrictYamlError(line, f"not valid text: {exc.reason}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise StrictYamlError(1, "the file is empty")
        data = loader.construct_document(node)
    except StrictYamlError:
        raise
    except ReaderError as exc:  # libyaml finds bad characters while parsing
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise StrictYamlError(line, f"not valid text: {exc.reason}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 1
        raise StrictYamlError(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise StrictYamlError(1, f"not valid YAML: {_short(exc, 200)}") from None
    except RecursionError:
        raise StrictYamlError(1, "nested too deeply") from None
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()
    lines: dict[tuple[str, ...], int] = {}
    _line_map(node, (), lines)
    return data, lines


def _line_map(node: Node, path: tuple[str, ...], out: dict[tuple[str, ...], int]) -> None:
    out.setdefault(path, _line(node))
    if isinstance(node, MappingNode):
        for key, value in node.value:
            out[(*path, str(key.value))] = _line(key)
            _line_map(value, (*path, str(key.value)), out)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _line_map(item, (*path, str(index)), out)
