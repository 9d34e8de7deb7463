"""How big everything on the session screen is for a window size: read from across a bed,
with the countdown always the largest thing on screen. Plain arithmetic, no Qt."""

from __future__ import annotations

from typing import NamedTuple

HEADER_HINTS_FROM = 1100  # px: narrower windows drop the key names from the header buttons


class Sizes(NamedTuple):
    """Pixel sizes of the session screen's text and controls."""

    key_hints: bool  # the header buttons also name their keys
    small: int  # header, progress, up next, the other buttons
    state: int  # "Paused · Space to go on"
    play: int
    button_height: int
    bar_height: int
    countdown: int
    continue_text: int
    title: int
    instruction_max: int


def session_sizes(
    width: int,
    height: int,
    *,
    picture: bool,
    long_title: bool,
    call_line: bool = False,
    text_scale: float = 1.0,
) -> Sizes:
    """Sizes for a ``width`` x ``height`` page; ``picture``: a picture takes the left side;
    ``call_line``: her maternity unit's number is shown under the instruction;
    ``text_scale``: the larger-text choice, for the title and the instruction (the countdown
    is already the largest thing; the header and the buttons must still fit the width).

    Without a picture the countdown could grow with the whole width, but the height must
    still leave room for the instruction: it is held to what it is beside a picture."""
    width, height = max(width, 1), max(height, 1)
    text_width = width * (0.55 if picture else 0.9)
    small = max(13, min(int(height * 0.026), 22))
    tall = 0.30 if picture else 0.24
    if call_line:
        tall -= 0.06
    countdown = int(min(height * tall, text_width / 3.2))
    title = max(20, min(int(height * 0.06 * text_scale), int(text_width / 14)))
    if long_title:  # a long title takes two lines, not the screen
        title = max(20, int(title * 0.75))
    return Sizes(
        key_hints=width >= HEADER_HINTS_FROM,
        small=small,
        state=int(small * 1.3),
        play=int(small * 1.25),
        button_height=max(44, int(height * 0.075)),
        bar_height=max(12, int(height * 0.022)),
        countdown=countdown,
        continue_text=max(20, int(countdown * 0.28)),
        title=title,
        instruction_max=max(14, min(int(height * 0.04 * text_scale), int(34 * text_scale))),
    )
