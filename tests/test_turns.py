"""A background engine rebuild steps aside for the chat's turns (knowledge/turns.py), and cannot be starved.

No test sleeps: the gate's clock is a counter the test controls; a pause is observed with `wait_paused`, and
the waits that must end by themselves are bounded by credits of a few milliseconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import random
import threading
from typing import Any

import pytest

import knowledge.index as index_module
from handlers import core
from handlers.core import Outcome
from handlers.deps import Deps
from handlers.types import Incoming
from knowledge.db import bump_data_version, session_scope
from knowledge.generate import generate_dataset
from knowledge.index import CourseIndex
from knowledge.service import KnowledgeService
from knowledge.slots import base_matcher
from knowledge.turns import TurnGate
from tests.conftest import FIXED_NOW
from tests.fake_telegram import FakeTelegram
from tests.test_telegram import polling_bot


class Ticks:
    """A clock that moves `step` seconds at every reading (the work between two checkpoints)."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.now = 0.0
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += self.step
        return self.now


def test_a_build_waits_at_its_checkpoint_while_a_turn_runs_and_goes_on_when_it_ends() -> None:
    gate = TurnGate(clock=Ticks(10.0), max_credit=3600.0)  # ample credit: it waits for the turn, not the clock
    gate.start()
    steps: list[int] = []

    def build() -> None:
        for i in range(3):
            steps.append(i)
            gate.checkpoint()

    worker = threading.Thread(target=build)
    with gate.turn():
        assert gate.busy == 1
        worker.start()
        assert gate.wait_paused(10)
        assert steps == [0]  # stopped at its first checkpoint, not slowed: nothing more happens meanwhile
    worker.join(10)
    assert not worker.is_alive() and steps == [0, 1, 2]
    assert gate.pauses == 1 and gate.gave_up == 0 and gate.busy == 0


def test_turns_nest_and_the_build_waits_for_the_last_one() -> None:
    gate = TurnGate(clock=Ticks(10.0), max_credit=3600.0)
    gate.start()
    done = threading.Event()

    def build() -> None:
        gate.checkpoint()
        done.set()

    worker = threading.Thread(target=build)
    with gate.turn():
        with gate.turn():  # the channel's mark around the core's
            worker.start()
            assert gate.wait_paused(10)
        assert gate.busy == 1 and not done.is_set()
    worker.join(10)
    assert done.is_set()


def test_a_constant_stream_of_turns_cannot_starve_the_build() -> None:
    """With a turn always in flight, each checkpoint waits only the credit its work earned, then goes on."""
    clock = Ticks(0.001)  # each step of work: 1 ms on the gate's clock
    gate = TurnGate(share=0.5, clock=clock)  # a millisecond of waiting per millisecond of work
    gate.start()
    with gate.turn():  # never ends while the build runs
        for _ in range(20):
            gate.checkpoint()
    assert gate.pauses == 20 and gate.gave_up == 20  # every checkpoint found the turn, none waited it out
    # The build's share held: it waited no longer than it worked (20 steps, two clock readings each).
    assert gate.waited <= clock.now + 1e-9


def test_the_credit_after_a_quiet_stretch_is_capped() -> None:
    gate = TurnGate(clock=Ticks(1000.0), max_credit=0.005)
    gate.start()
    with gate.turn():
        gate.checkpoint()
    assert gate.gave_up == 1 and gate.waited == pytest.approx(0.005)


def test_with_no_turn_in_flight_a_checkpoint_costs_nothing() -> None:
    clock = Ticks(1.0)
    gate = TurnGate(clock=clock)
    gate.start()
    reads = clock.reads
    for _ in range(1000):
        gate.checkpoint()
    assert clock.reads == reads and gate.pauses == 0  # not even the clock is read


def test_the_share_must_be_a_fraction() -> None:
    for bad in (0.0, -0.1, 1.5):
        with pytest.raises(ValueError):
            TurnGate(share=bad)


# ------------------------------------------------------------------ the engine build calls its checkpoints

def test_the_build_reaches_a_checkpoint_every_few_thousand_courses_and_builds_the_same_index(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_module, "STEP", 40)  # steps of 40 courses instead of thousands: a small dataset
    ds = generate_dataset(150, seed=5, today=FIXED_NOW.date())
    orgs = {o.id: o for o in ds.organisations}
    calls = 0

    def pause() -> None:
        nonlocal calls
        calls += 1

    shuffled = list(ds.courses)
    random.Random(1).shuffle(shuffled)
    plain = CourseIndex(shuffled, orgs, base_matcher())
    stepped = CourseIndex(shuffled, orgs, base_matcher(), pause)
    # Every pass over all courses stops at least every STEP courses (a dozen passes and more).
    assert calls >= 12 * 4
    assert [c.id for c in stepped.courses] == [c.id for c in plain.courses]
    assert stepped.starts == plain.starts and stepped.by_code == plain.by_code and stepped.by_id == plain.by_id
    assert stepped._bits == plain._bits and stepped.df == plain.df
    assert {k: list(v) for k, v in stepped._lists.items()} == {k: list(v) for k, v in plain._lists.items()}
    # Courses in id order (as the database reads them) or already by start: the same order, ties by id.
    for given in (sorted(shuffled, key=lambda c: c.id), plain.courses):
        again = CourseIndex(given, orgs, base_matcher(), pause)
        assert [c.id for c in again.courses] == [c.id for c in plain.courses] and again._bits == plain._bits
    assert [(c.starts_at, c.id) for c in plain.courses] == sorted((c.starts_at, c.id) for c in shuffled)


def _stepping_service(deps: Deps) -> KnowledgeService:
    """A service that rebuilds in the background at any size, whose gate waits for turns (ample credit)."""
    service = KnowledgeService(deps.session_factory, tz=deps.tz, check_every=0.0, background_above=0)
    service.turns = TurnGate(clock=Ticks(10.0), max_credit=3600.0)
    return service


def test_a_background_rebuild_waits_while_a_turn_is_in_flight_then_swaps_in(sample_deps: Deps) -> None:
    service = _stepping_service(sample_deps)
    old = service.engine()  # the first build is in line, and does not pause
    assert service.turns.pauses == 0
    with service.turns.turn():
        with session_scope(sample_deps.session_factory) as s:
            bump_data_version(s)
        assert service.engine() is old  # the rebuild starts in the background
        assert service.turns.wait_paused(10)  # and steps aside for this turn
        assert service.engine() is old
    service.wait_rebuilt(30)
    new = service.engine()
    assert new is not old and service.turns.pauses >= 1 and service.turns.gave_up == 0


def test_a_build_in_line_never_waits_for_the_turn_that_runs_it(sample_deps: Deps) -> None:
    service = KnowledgeService(sample_deps.session_factory, tz=sample_deps.tz, check_every=0.0)
    service.turns = TurnGate(clock=Ticks(10.0), max_credit=5.0)  # a pause would show as a 5 s wait, and below
    with service.turns.turn():
        first = service.engine()
        with session_scope(sample_deps.session_factory) as s:
            bump_data_version(s)
        assert service.engine() is not first  # a small one: rebuilt in line, by this turn
    assert service.turns.pauses == 0


# ------------------------------------------------------------------ who marks turns

def test_the_core_marks_a_turn_while_it_waits_for_a_thread_and_runs(sample_deps: Deps,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def recorded(msg: Incoming, deps: Deps, within: Any = None) -> Outcome:
        seen.append(deps.knowledge.turns.busy)
        return Outcome([])

    monkeypatch.setattr(core, "respond_now", recorded)
    asyncio.run(core.respond(Incoming("zalo", "u", "u", "xin chào"), sample_deps))
    assert seen == [1] and sample_deps.knowledge.turns.busy == 0


def test_a_channel_update_is_a_turn_until_its_reply_is_sent(sample_deps: Deps) -> None:
    service = KnowledgeService(sample_deps.session_factory, tz=sample_deps.tz)
    deps = dataclasses.replace(sample_deps, knowledge=service)
    busy_at_send: list[int] = []

    async def scenario() -> None:
        async with FakeTelegram() as fake, polling_bot(deps, fake) as channel:
            real = channel.send_replies

            async def send(chat_id: str, replies: Any) -> None:
                busy_at_send.append(service.turns.busy)  # the core's turn is over; the channel's is not
                await real(chat_id, replies)

            channel.send_replies = send  # type: ignore[method-assign]
            await fake.send_text(640, "xin chào")
            await fake.wait_sent(1, chat_id=640)

    asyncio.run(scenario())
    assert busy_at_send and all(b >= 1 for b in busy_at_send) and service.turns.busy == 0
