"""Keys a person teaches the app for the session's four main actions (a foot pedal, a
clicker, a headset button): which actions there are and how the learned keys are kept.

Keys are named as Qt names them in its portable text ("F13", "Media Play", "B"), so they
read the same in settings.json on every system; the Qt side turns a name back into a key.
Learned keys work beside the built-in ones and win over them.
"""

from __future__ import annotations

from typing import Literal, get_args

Action = Literal["next", "toggle", "back", "more_time"]
ACTIONS: tuple[Action, ...] = get_args(Action)
MAX_LEARNED = 16
MAX_KEY_NAME = 40

Learned = tuple[tuple[Action, str], ...]  # (action, key name), the newest last


class KeysError(ValueError):
    """Learned keys that cannot be what settings.json holds."""


def checked(value: object) -> Learned:
    """Learned keys from JSON: a list of [action, key name] pairs, each key once."""
    if not isinstance(value, list | tuple) or len(value) > MAX_LEARNED:
        raise KeysError(f"keys must be a list of at most {MAX_LEARNED} [action, key] pairs")
    pairs: list[tuple[Action, str]] = []
    for pair in value:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            raise KeysError("each learned key must be an [action, key] pair")
        action, name = pair
        if action not in ACTIONS:
            raise KeysError(f"a learned key's action must be one of {', '.join(ACTIONS)}")
        if not isinstance(name, str) or not 0 < len(name) <= MAX_KEY_NAME or not name.isprintable():
            raise KeysError("a learned key must be named in up to 40 printable characters")
        pairs.append((action, name))
    names = [name for _, name in pairs]
    if len(set(names)) != len(names):
        raise KeysError("a key can be learned for one action only")
    return tuple(pairs)


def learn(keys: Learned, action: Action, name: str) -> Learned:
    """``keys`` with ``name`` meaning ``action`` (taken from any other action it had)."""
    kept = tuple(pair for pair in keys if pair[1] != name)
    return checked([*kept, (action, name)][-MAX_LEARNED:])


def forget(keys: Learned, action: Action | None = None) -> Learned:
    """``keys`` without those learned for ``action`` (None: without any)."""
    return tuple(pair for pair in keys if action is not None and pair[0] != action)


def for_action(keys: Learned, action: Action) -> list[str]:
    return [name for learned, name in keys if learned == action]
