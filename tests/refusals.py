"""What a clean refusal of a command looks like: the exit status, the message that says what is
wrong, and no traceback. `exit_code != 0` alone passes for a crash as well."""

from __future__ import annotations

from typing import Protocol

#: Rich draws error panels with these; a message wrapped inside a panel reads whole without them.
_FRAME = str.maketrans(dict.fromkeys("│╭╮╰╯─", " "))


class Result(Protocol):
    """What Typer's and Click's CliRunner return (their `output` mixes stdout and stderr)."""

    @property
    def output(self) -> str: ...

    exit_code: int
    exception: BaseException | None


def assert_refused(result: Result, *messages: str, code: int | None = None) -> None:
    """The command refused cleanly: non-zero (or exactly `code`), each of `messages` in its
    output, no traceback, and no exception other than the exit itself."""
    output = result.output
    if code is None:
        assert result.exit_code != 0, output
    else:
        assert result.exit_code == code, (result.exit_code, output)
    assert "Traceback" not in output, output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        repr(result.exception) + "\n" + output
    )
    flat = " ".join(output.translate(_FRAME).split())
    for message in messages:
        assert " ".join(message.split()) in flat, f"{message!r} not in {output!r}"
