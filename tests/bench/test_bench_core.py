"""`kiosk bench core` runs end to end on a small catalogue and reports every figure."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kiosk.bench import synthetic
from kiosk.cli.main import cli


def test_synthetic_exhibits_can_be_remade_one_by_one() -> None:
    made = list(synthetic.catalogue(12))
    assert synthetic.make_exhibit(7) == made[7]
    assert {e.kind for e in made} == set(synthetic.KINDS_ORDER)
    assert all(e.t("title", "zh") and e.t("title", "en") for e in made)


def test_bench_core_prints_every_figure() -> None:
    result = CliRunner().invoke(cli, ["bench", "core", "--count", "600", "--queries", "5", "--photos", "2"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    catalogue = figures["catalogue"]
    assert catalogue["exhibits"] == 600
    assert catalogue["load_seconds"] > 0 and catalogue["index_seconds"] > 0
    for kind in ("chinese_word", "pinyin_initials", "english_prefix", "registration_number"):
        timing = catalogue["search"][kind]
        assert 0 < timing["p50_ms"] <= timing["p95_ms"]
        assert all(example["results"] > 0 for example in timing["examples"]), kind
    assert figures["photos"]["photos_per_second"] > 0
    assert figures["machine"]["cores"] >= 1
