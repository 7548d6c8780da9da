"""Ed25519 signing keys: staff keep the private key, booths trust the public one.

A public key travels as one line of base64 (the raw 32 bytes); its key_id is the
first 16 hex digits of the SHA-256 of those bytes, written into every manifest it signs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.base.settings import Settings
from kiosk.core.packs.errors import PackError

PRIVATE_NAME = "kiosk-signing.key"
PUBLIC_NAME = "kiosk-signing.pub"
TRUSTED_SETTING = "packs.trusted_keys"


def generate(out_dir: Path) -> tuple[Path, Path, str]:
    """Write a new key pair into out_dir; returns (private key file, public key file, key_id)."""
    private_path, public_path = out_dir / PRIVATE_NAME, out_dir / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise PackError(f"{path} already exists; move it away first (a lost key cannot be recreated)")
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never readable by others
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
        public_path.write_text(public_b64(private) + "\n", encoding="ascii")
    except OSError as exc:
        raise PackError(f"{out_dir}: cannot write the key files: {exc.strerror or exc}") from None
    return private_path, public_path, key_id(public_raw(private))


def load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise PackError(f"{path}: cannot read the signing key: {exc.strerror or exc}") from None
    except (ValueError, TypeError):
        raise PackError(f"{path} is not an unencrypted PEM private key (make one with `kiosk keygen`)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(f"{path} is not an Ed25519 key (make one with `kiosk keygen`)")
    return key


def public_raw(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(private: Ed25519PrivateKey) -> str:
    return base64.b64encode(public_raw(private)).decode("ascii")


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def parse_public(text: str) -> tuple[str, Ed25519PublicKey]:
    """(key_id, key) from one line of base64; PackError when it is not an Ed25519 public key."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise PackError(f"{text.strip()[:60]!r} is not a base64 Ed25519 public key (44 characters)")
    return key_id(raw), Ed25519PublicKey.from_public_bytes(raw)


def trusted(settings: Settings) -> dict[str, Ed25519PublicKey]:
    """The public keys this booth installs packs from, by key_id."""
    keys: dict[str, Ed25519PublicKey] = {}
    for item in settings[TRUSTED_SETTING]:
        if not isinstance(item, str):
            raise PackError(f"settings: {TRUSTED_SETTING} must list base64 strings, not {item!r}")
        try:
            kid, key = parse_public(item)
        except PackError as exc:
            raise PackError(f"settings: {TRUSTED_SETTING}: {exc}") from None
        keys[kid] = key
    return keys


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    return private.sign(data)


def signature_ok(public: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public.verify(signature, data)
    except InvalidSignature:
        return False
    return True
