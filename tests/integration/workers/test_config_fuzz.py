"""200 mutated units and campaign files through the real `dvk units import` / `dvk campaign load`:
no traceback, and each one either loaded or refused naming the file and a line, with nothing
changed by a refusal. Seeded: a failing case prints its seed and `mutate(seed)` rebuilds it."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.workers.cli_harness import LINE, assert_refused, dvk, fingerprint
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
BASES = {
    "units": [EXAMPLES / "units.yaml"],
    "campaign": [EXAMPLES / "campaign.yaml", EXAMPLES / "2026" / "campaign.yaml"],
}
CASES = 200
FIRST_SEED = 20_240_407

Mutation = Callable[[random.Random, list[str]], list[str]]


def _pick(rng: random.Random, lines: list[str], wanted: Callable[[str], bool]) -> int | None:
    found = [i for i, line in enumerate(lines) if wanted(line)]
    return rng.choice(found) if found else None


def _values(line: str) -> bool:
    head = line.split("#", 1)[0]
    return ": " in head and head.split(": ", 1)[1].strip() != ""


def delete_line(rng: random.Random, lines: list[str]) -> list[str]:
    del lines[rng.randrange(len(lines))]
    return lines


def duplicate_line(rng: random.Random, lines: list[str]) -> list[str]:
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return lines


def duplicate_block(rng: random.Random, lines: list[str]) -> list[str]:
    i = rng.randrange(len(lines))
    j = min(len(lines), i + rng.randint(2, 8))
    lines[j:j] = lines[i:j]
    return lines


def wrong_type(rng: random.Random, lines: list[str]) -> list[str]:
    i = _pick(rng, lines, _values)
    if i is not None:
        key = lines[i].split(": ", 1)[0]
        value = rng.choice(["[1, 2, 3]", "{a: b}", "12345", "true", "null", "-7", "3.5", '""'])
        lines[i] = f"{key}: {value}"
    return lines


def alias(rng: random.Random, lines: list[str]) -> list[str]:
    i = _pick(rng, lines, _values)
    j = _pick(rng, lines, _values)
    if i is not None and j is not None and i != j:
        key, value = lines[i].split(": ", 1)
        lines[i] = f"{key}: &x {value}"
        lines[j] = lines[j].split(": ", 1)[0] + ": *x"
    return lines


def alias_bomb(rng: random.Random, lines: list[str]) -> list[str]:
    bomb = ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    at = rng.randrange(len(lines) + 1)
    return lines[:at] + bomb + lines[at:]


def bad_date(rng: random.Random, lines: list[str]) -> list[str]:
    i = _pick(rng, lines, lambda line: any(ch.isdigit() for ch in line) and "-" in line)
    if i is not None:
        bad = rng.choice(
            ["2024-02-30", "2024-13-01", "2024-00-10", "20240407", "07/04/2024", "2024-4-7", "0"]
        )
        head, sep, _ = lines[i].partition(": ")
        lines[i] = f"{head}{sep}{bad}" if sep else lines[i].split("- ", 1)[0] + f"- {bad}"
    return lines


def huge_value(rng: random.Random, lines: list[str]) -> list[str]:
    i = _pick(rng, lines, _values)
    if i is not None:
        key = lines[i].split(": ", 1)[0]
        value = rng.choice(
            [
                "x" * rng.choice([256, 5_000, 300_000]),
                "9" * rng.choice([19, 400, 5_000]),
                "[" + ", ".join(["7"] * 20_000) + "]",
                "[" * 200 + "]" * 200,
                "1e999",
                "-99999999999999999",
            ]
        )
        lines[i] = f"{key}: {value}"
    return lines


def break_indentation(rng: random.Random, lines: list[str]) -> list[str]:
    i = rng.randrange(len(lines))
    lines[i] = (" " * rng.choice([1, 3, 5]) + lines[i]) if rng.random() < 0.5 else lines[i].lstrip()
    return lines


def odd_characters(rng: random.Random, lines: list[str]) -> list[str]:
    i = rng.randrange(len(lines))
    odd = rng.choice(["\t", "\x07", "\u0085", "\ufeff", "'", '"', "{", "[", "%", "@", "!!binary "])
    at = rng.randrange(len(lines[i]) + 1)
    lines[i] = lines[i][:at] + odd + lines[i][at:]
    return lines


def rename_key(rng: random.Random, lines: list[str]) -> list[str]:
    i = _pick(rng, lines, lambda line: ": " in line or line.rstrip().endswith(":"))
    if i is not None:
        indent = len(lines[i]) - len(lines[i].lstrip())
        rest = lines[i].lstrip().partition(":")[2]
        lines[i] = (
            " " * indent + rng.choice(["colour", "Units", "id ", "1", "deadline"]) + ":" + rest
        )
    return lines


MUTATIONS: list[Mutation] = [
    delete_line,
    duplicate_line,
    duplicate_block,
    wrong_type,
    alias,
    alias_bomb,
    bad_date,
    huge_value,
    break_indentation,
    odd_characters,
    rename_key,
]


def mutate(seed: int) -> tuple[str, str, list[str]]:
    """(file kind, mutated text, mutation names) for `seed`: the same seed, the same file."""
    rng = random.Random(seed)
    kind = "units" if seed % 2 == 0 else "campaign"
    base = rng.choice(BASES[kind])
    lines = base.read_text(encoding="utf-8").splitlines()
    applied = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        mutation = rng.choice(MUTATIONS)
        lines = mutation(rng, lines) or lines
        applied.append(mutation.__name__)
    return kind, "\n".join(lines) + "\n", applied


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_two_hundred_mutated_files_are_loaded_or_refused_with_a_line(
    settings: Settings, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    env = {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
    }
    assert dvk(["units", "import", str(EXAMPLES / "units.yaml")], env).exit_code == 0
    outcomes: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    for seed in range(FIRST_SEED, FIRST_SEED + CASES):
        kind, text, applied = mutate(seed)
        mutations.update(applied)
        path = tmp_path / f"{kind}-{seed}.yaml"
        path.write_text(text, encoding="utf-8")
        command = ["units", "import"] if kind == "units" else ["campaign", "load"]
        with sessions() as session:
            before = fingerprint(session)
        outcome = dvk([*command, str(path)], env)
        where = f"seed {seed} ({kind}, {', '.join(applied)})"
        everything = outcome.stdout + outcome.stderr
        assert outcome.crashed is None, f"{where}: {outcome.crashed!r}"
        if outcome.exit_code == 0:
            outcomes[f"{kind} loaded"] += 1
            continue
        assert_refused(outcome, 2, str(path))
        for line in everything.strip().splitlines():
            assert LINE.search(line), f"{where}: a refusal without a line number: {line}"
        with sessions() as session:
            assert fingerprint(session) == before, f"{where}: a refusal changed the database"
        outcomes[f"{kind} refused"] += 1
    assert sum(outcomes.values()) == CASES
    # The mutations must really bite, and every kind of them must have been tried.
    assert outcomes["units refused"] + outcomes["campaign refused"] >= CASES // 2, outcomes
    assert set(mutations) == {m.__name__ for m in MUTATIONS}, mutations
    print(f"\n{dict(outcomes)}; mutations applied: {dict(mutations)}")
