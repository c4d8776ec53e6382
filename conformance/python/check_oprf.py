#!/usr/bin/env python3
"""Checks the hashing steps of conformance/pseudonyms/oprf-vectors.json with Python's standard library alone.

RFC 9497 (OPRF mode, ristretto255-SHA512) hashes twice around the group operations:
  1. HashToGroup: expand_message_xmd(input, DST, 64) with SHA-512 (RFC 9380 §5.3.1), whose 64 uniform bytes
     ristretto255's element derivation (RFC 9496 §4.3.4) maps to a group element;
  2. Finalize: SHA-512(I2OSP(len(input), 2) || input || I2OSP(len(unblinded), 2) || unblinded || "Finalize").
This script recomputes the canonical input text, the uniform bytes and the pseudonym from the unblinded element.
The group operations themselves (blind, evaluate, unblind) need a ristretto255 library: libsodium (pysodium), or
the `oprf` package, which run the whole protocol.

Usage: python3 conformance/python/check_oprf.py   (prints "N passed, M failed"; exit status 1 on any failure)
"""
import base64
import hashlib
import json
import pathlib
import sys

DST = b"HashToGroup-OPRFV1-\x00-ristretto255-SHA512"


def canonical_input(kind: str, canonical: str) -> bytes:
    # RFC 8785 for two string members: sorted keys, no spaces, non-ASCII as UTF-8
    return json.dumps({"kind": kind, "value": canonical}, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def expand_message_xmd(msg: bytes, dst: bytes, length: int) -> bytes:
    dst_prime = dst + bytes([len(dst)])
    ell = -(-length // 64)
    b0 = hashlib.sha512(bytes(128) + msg + length.to_bytes(2, "big") + b"\x00" + dst_prime).digest()
    out = [hashlib.sha512(b0 + b"\x01" + dst_prime).digest()]
    for i in range(2, ell + 1):
        out.append(hashlib.sha512(bytes(x ^ y for x, y in zip(b0, out[-1])) + bytes([i]) + dst_prime).digest())
    return b"".join(out)[:length]


def finalize(inp: bytes, unblinded: bytes) -> str:
    digest = hashlib.sha512(len(inp).to_bytes(2, "big") + inp + len(unblinded).to_bytes(2, "big") + unblinded + b"Finalize").digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def main() -> int:
    path = pathlib.Path(__file__).resolve().parent.parent / "pseudonyms" / "oprf-vectors.json"
    vectors = json.loads(path.read_text("utf-8"))["vectors"]
    passed = failed = 0
    for v in vectors:
        inp = canonical_input(v["kind"], v["canonical"])
        checks = {
            "input": inp.decode("utf-8") == v["input"],
            "uniform_hex": expand_message_xmd(inp, DST, 64).hex() == v["uniform_hex"],
            "value": finalize(inp, bytes.fromhex(v["unblinded_hex"])) == v["value"],
        }
        for name, ok in checks.items():
            if ok:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {v['description']}: {name}", file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
