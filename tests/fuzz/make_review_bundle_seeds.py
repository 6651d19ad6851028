#!/usr/bin/env python3
"""Writes the seed corpus of the review_bundle fuzz target (tests/fuzz/corpus/review_bundle).

The bundles and responses are built here from docs/review-bundle.md alone, with Python's
`cryptography` package for Ed25519, so the seeds double as a check that the document describes
the format the workbench reads: `foi-workbench-cli review verify` on them must get past the
structure, the signature and the manifest and stop only at the untrusted signer.
Run: python3 tests/fuzz/make_review_bundle_seeds.py
"""
import hashlib
import json
import struct
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

OUT = Path(__file__).resolve().parent / "corpus" / "review_bundle"
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # a fixed, public test key
PUBLIC = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(key: bytes) -> str:
    digest = hashlib.sha256(key).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def container(magic: bytes, sections, sign=True) -> bytes:
    out = magic + struct.pack(">HHB", 1, 0, len(sections))
    for name, data in sections:
        out += struct.pack(">B", len(name)) + name.encode() + struct.pack(">I", len(data)) + data
    if not sign:
        return out + b"\x00"
    out += b"\x01" + PUBLIC
    return out + KEY.sign(out)


CASE = {
    "formatVersion": 1, "reference": "SEED-1", "regime": "FOIA",
    "authority": {"name": "Seed Constabulary", "kind": "police"},
    "dateOfReceipt": "2026-02-02", "requester": {"name": "[Requester]"},
    "requestText": "How many drones?",
    "questions": [{"id": "Q1", "text": "How many drones?"}],
}


def bundle(sign=True) -> bytes:
    sections = [
        ("case.json", json.dumps(CASE).encode()),
        ("findings.json", json.dumps([{"code": "S17-REASON-MISSING", "severity": "error",
                                       "provision": "s17(1)(c)", "message": "m",
                                       "locator": "claims[0]"}]).encode()),
        ("audit.json", json.dumps([{"seq": 1, "recordedAt": "2026-02-02T09:00:00.000Z",
                                    "officer": "Seed Officer", "action": "create-case",
                                    "summary": "case created", "rowHash": "0" * 64}]).encode()),
    ]
    manifest = {
        "formatVersion": 1, "kind": "foi-review-bundle", "caseReference": "SEED-1",
        "caseDocumentSha256": "a" * 64, "createdAt": "2026-02-03T10:00:00Z",
        "exporter": {"name": "Seed Officer", "fingerprint": fingerprint(PUBLIC)},
        "auditAnchor": "1:" + "0" * 64, "requesterIncluded": False,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sections},
    }
    return container(b"FOIRVBND", [("manifest.json", json.dumps(manifest).encode())] + sections,
                     sign)


def response() -> bytes:
    body = {
        "formatVersion": 1, "kind": "foi-review-response", "caseReference": "SEED-1",
        "bundleSha256": hashlib.sha256(bundle()).hexdigest(), "caseDocumentSha256": "a" * 64,
        "decision": "return", "comment": "Give the s31 reasons.",
        "questionComments": [{"question": "Q1", "comment": "Which year?"}],
        "claimComments": [{"claim": 0, "provision": "s31(1)(a)", "comment": "Harm?"}],
        "reviewer": {"name": "Seed Officer", "fingerprint": fingerprint(PUBLIC)},
        "respondedAt": "2026-02-04T10:00:00Z",
    }
    return container(b"FOIRVRSP", [("response.json", json.dumps(body).encode())])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    good = bundle()
    seeds = {
        "bundle.foireview": good,
        "bundle-unsigned.foireview": bundle(sign=False),
        "bundle-truncated.foireview": good[: len(good) // 2],
        "response.foiresponse": response(),
        # A sealed envelope whose box is random bytes: decodes, never opens.
        "sealed.foireview": b"FOIRVSEA" + struct.pack(">HH", 1, 0) + PUBLIC
        + struct.pack(">I", 80) + hashlib.sha512(b"seed").digest() + bytes(16),
        "header-only": b"FOIRVBND" + struct.pack(">HHB", 1, 0, 1),
    }
    for name, data in seeds.items():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
