"""Exhibits as the curation database keeps them: one JSON object each, and field values as JSON.

Every field of the Exhibit dataclass is written, so a draft round-trips exactly; a key this
kiosk does not know (a newer one wrote it) is left out when reading rather than failing.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from kiosk.core.exhibits.model import Exhibit, ImageRef

_FIELDS = {f.name for f in dataclasses.fields(Exhibit)}


def to_json(exhibit: Exhibit) -> str:
    return json.dumps(dataclasses.asdict(exhibit), ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> Exhibit:
    data = {key: value for key, value in json.loads(text).items() if key in _FIELDS}
    data["images"] = [ImageRef(**image) for image in data.get("images", [])]
    return Exhibit(**data)


def value_json(value: Any) -> str:
    """A field's value for the history: images as plain objects, everything else as it is."""
    if isinstance(value, list) and value and isinstance(value[0], ImageRef):
        value = [dataclasses.asdict(image) for image in value]
    return json.dumps(value, ensure_ascii=False)


def value_from_json(field: str, text: str | None) -> Any:
    value = None if text is None else json.loads(text)
    if field == "images" and value is not None:
        return [ImageRef(**image) for image in value]
    return value
