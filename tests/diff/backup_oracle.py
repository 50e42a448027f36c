#!/usr/bin/env python3
"""Independent check of docs/backup-format.md with Python's hashlib.scrypt and python3-cryptography.

1. Opens the worked example (tests/core/data/backup-example.sandi) with the documented password and
   checks the documented accounts.
2. Writes the example again from the documented inputs (master key, salt, nonces, accounts) and
   compares it byte for byte with the file.
3. Reads a backup that Sandi writes now (--write runs sandi_backup_tool) with a random key.

Shares no code with Sandi: everything here follows the specification's text.
"""
import argparse
import base64
import hashlib
import json
import subprocess
import sys

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PASSWORD = "Sandi-Contoh-2026!"
MASTER_KEY = bytes(range(0x40, 0x60))
SALT = bytes(range(0x00, 0x20))
SLOT_NONCE = bytes(range(0x20, 0x2C))
PAYLOAD_NONCE = bytes(range(0x60, 0x6C))
ACCOUNTS = [
    {"type": "totp", "algorithm": "SHA1", "digits": 6, "period": 30, "t0": 0, "counter": 0,
     "issuer": "LPSE Kota Kudus", "account": "ppk1", "labelIssuer": "LPSE Kota Kudus", "issuerParam": True,
     "steamEncoder": False, "extra": [], "secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"},
    {"type": "hotp", "algorithm": "SHA256", "digits": 8, "period": 30, "t0": 0, "counter": 1,
     "issuer": "", "account": "budi@example.id", "labelIssuer": "", "issuerParam": False,
     "steamEncoder": False, "extra": [], "secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA"},
]


def canonical(value):
    """RFC 8785 for the header's subset: sorted members, no whitespace."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data):
    return base64.b64encode(data).decode()


def read(text, password):
    doc = json.loads(text)
    assert doc["format"] == "sandi-backup" and doc["version"] == 1, "not a version 1 Sandi backup"
    header = doc["header"]
    assert header["cipher"] == "AES-256-GCM"
    aad = canonical({k: v for k, v in doc.items() if k not in ("payload", "tag")})
    for slot in header["slots"]:
        if slot["type"] != "password" or slot["kdf"] != "scrypt":
            continue
        kek = hashlib.scrypt(password.encode(), salt=base64.b64decode(slot["salt"]), n=slot["n"], r=slot["r"],
                             p=slot["p"], maxmem=2**31 - 1, dklen=32)
        try:
            master = AESGCM(kek).decrypt(base64.b64decode(slot["nonce"]),
                                         base64.b64decode(slot["key"]) + base64.b64decode(slot["tag"]), None)
        except Exception:
            continue
        plain = AESGCM(master).decrypt(base64.b64decode(header["nonce"]),
                                       base64.b64decode(doc["payload"]) + base64.b64decode(doc["tag"]), aad)
        return json.loads(plain)["accounts"]
    raise SystemExit("wrong password")


def write_example():
    kek = hashlib.scrypt(PASSWORD.encode(), salt=SALT, n=2**15, r=8, p=1, maxmem=2**31 - 1, dklen=32)
    wrapped = AESGCM(kek).encrypt(SLOT_NONCE, MASTER_KEY, None)
    slot = {"type": "password", "kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": b64(SALT),
            "nonce": b64(SLOT_NONCE), "key": b64(wrapped[:-16]), "tag": b64(wrapped[-16:])}
    doc = {"format": "sandi-backup", "version": 1,
           "header": {"cipher": "AES-256-GCM", "nonce": b64(PAYLOAD_NONCE), "slots": [slot]}}
    plain = json.dumps({"accounts": ACCOUNTS}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    sealed = AESGCM(MASTER_KEY).encrypt(PAYLOAD_NONCE, plain.encode(), canonical(doc))
    doc["payload"] = b64(sealed[:-16])
    doc["tag"] = b64(sealed[-16:])
    return json.dumps(doc, sort_keys=True, indent=4, ensure_ascii=False) + "\n", kek


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", required=True)
    ap.add_argument("--tool", help="sandi_backup_tool: writes a fresh backup of the example accounts")
    args = ap.parse_args()
    text = open(args.example, encoding="utf-8").read()
    accounts = read(text, PASSWORD)
    assert accounts == ACCOUNTS, f"example decrypts to {accounts}"
    again, kek = write_example()
    assert again == text, "the example written from the documented inputs differs from the file"
    print("slot key (scrypt):", kek.hex())
    if args.tool:
        fresh = subprocess.run([args.tool, "write", PASSWORD], check=True, capture_output=True, text=True).stdout
        assert read(fresh, PASSWORD) == ACCOUNTS, "a backup Sandi writes now does not read back"
    print("backup_oracle: OK")


if __name__ == "__main__":
    sys.exit(main())
