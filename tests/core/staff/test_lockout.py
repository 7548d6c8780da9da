"""The PIN pad's lockout as a value: five wrong in a row lock it, each further lock twice as long."""

from __future__ import annotations

from kiosk.core.staff.lockout import MAX_LOCK_SECONDS, MAX_TRIES, Pad, lock_length


def wrong(pad: Pad, times: int, now: float) -> Pad:
    for _ in range(times):
        pad = pad.settle(now).after_wrong(now)
    return pad


def test_five_wrong_in_a_row_lock_the_pad_for_a_minute() -> None:
    pad = wrong(Pad(), MAX_TRIES - 1, 100.0)
    assert pad.tries_left == 1 and pad.seconds_left(100.0) == 0
    pad = wrong(pad, 1, 100.0)
    assert pad.seconds_left(100.0) == 60 and pad.seconds_left(159.5) == 1 and pad.seconds_left(160.0) == 0
    assert pad.settle(160.0).tries_left == MAX_TRIES  # after the lock, five tries again


def test_each_further_lock_doubles_up_to_an_hour() -> None:
    assert [lock_length(n) for n in range(8)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert lock_length(10_000) == MAX_LOCK_SECONDS
    pad, now = Pad(), 0.0
    for expected in (60, 120, 240):
        pad = wrong(pad.settle(now), MAX_TRIES, now)
        assert pad.seconds_left(now) == expected
        now += expected


def test_a_right_pin_forgets_every_earlier_lock() -> None:
    pad = wrong(wrong(Pad(), MAX_TRIES, 0.0).settle(60.0), 3, 60.0)
    assert pad.lockouts == 1 and pad.tries_left == 2
    pad = pad.after_right()
    assert pad == Pad()
    assert wrong(pad, MAX_TRIES, 70.0).seconds_left(70.0) == 60


def test_a_clock_set_back_never_keeps_the_pad_shut_longer_than_its_lock() -> None:
    pad = wrong(Pad(), MAX_TRIES, 10_000.0)  # locked at 10,000 for 60 s
    assert pad.seconds_left(5_000.0) == 60  # the clock went back by well over an hour
    settled = pad.settle(5_000.0)
    assert settled.locked_at == 5_000.0
    assert settled.seconds_left(5_030.0) == 30 and settled.settle(5_060.0).seconds_left(5_060.0) == 0
