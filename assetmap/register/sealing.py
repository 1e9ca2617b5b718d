"""Each person's personal fields, sealed with a key of their own (AES-256-GCM, ``cryptography``).

The key lives in ``person_keys``; erasing a person destroys it, so every sealed copy of their record
(its history, an older bundle, a backup) is then ciphertext no one can open. The person's id is bound
to the ciphertext as associated data, so a sealed record cannot be passed off as another person's.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from assetmap.errors import AssetMapError
from assetmap.messages import tr

_NONCE = 12
_VERSION = b"\x01"


class SealError(AssetMapError):
    """A sealed record could not be opened with the key given (damaged, or another person's)."""


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, person_id: str, fields: Mapping[str, object]) -> bytes:
    """The JSON of ``fields``, encrypted and authenticated for ``person_id``."""
    nonce = os.urandom(_NONCE)
    plain = json.dumps(dict(fields), sort_keys=True, ensure_ascii=False, allow_nan=False).encode("utf-8")
    return _VERSION + nonce + AESGCM(key).encrypt(nonce, plain, person_id.encode("ascii"))


def unseal(key: bytes, person_id: str, sealed: bytes) -> dict[str, object]:
    """The fields sealed by :func:`seal`; raises ``SealError`` if they cannot be opened."""
    if not sealed.startswith(_VERSION) or len(sealed) < 1 + _NONCE + 16:
        raise SealError(
            tr("The record of person {person_id} is not in a form this AssetMap knows.").format(
                person_id=person_id
            )
        )
    nonce, body = sealed[1 : 1 + _NONCE], sealed[1 + _NONCE :]
    try:
        plain = AESGCM(key).decrypt(nonce, body, person_id.encode("ascii"))
    except InvalidTag as exc:
        raise SealError(
            tr("The record of person {person_id} could not be opened: it is damaged.").format(
                person_id=person_id
            )
        ) from exc
    value = json.loads(plain.decode("utf-8"))
    if not isinstance(value, dict):
        raise SealError(tr("The record of person {person_id} is damaged.").format(person_id=person_id))
    return value
