#!/usr/bin/env python3
"""Writes the seed corpora of the backup and import fuzz targets (fuzz/corpus/{backup,import_*}/).

Encrypted seeds use costs under fuzz/importlimits.h (scrypt N=16, PBKDF2 100 iterations) so the
fuzzer reaches the decryption paths; only the registry's andOTP seed uses a count andOTP writes, since
detection recognises no other (core/import/andotp.h). Needs python3-cryptography. Run from the
repository root.
"""
import base64
import hashlib
import json
import os
import struct

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PW = b"pw"
KEY = bytes(range(32))
NONCE = bytes(range(12))
TOTP = {"secret": "JBSWY3DPEHPK3PXP", "algo": "SHA1", "digits": 6, "period": 30}


def write(target, name, data):
    os.makedirs(f"fuzz/corpus/{target}", exist_ok=True)
    with open(f"fuzz/corpus/{target}/{name}", "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def canonical(v):
    return json.dumps(v, sort_keys=True, separators=(",", ":")).encode()


def sandi_backup():
    kek = hashlib.scrypt(PW, salt=KEY, n=16, r=8, p=1, dklen=32)
    wrapped = AESGCM(kek).encrypt(NONCE, KEY, None)
    slot = {"type": "password", "kdf": "scrypt", "n": 16, "r": 8, "p": 1, "salt": base64.b64encode(KEY).decode(),
            "nonce": base64.b64encode(NONCE).decode(), "key": base64.b64encode(wrapped[:-16]).decode(),
            "tag": base64.b64encode(wrapped[-16:]).decode()}
    doc = {"format": "sandi-backup", "version": 1,
           "header": {"cipher": "AES-256-GCM", "nonce": base64.b64encode(NONCE).decode(), "slots": [slot]}}
    accounts = {"accounts": [{"type": "hotp", "algorithm": "SHA256", "digits": 8, "period": 30, "t0": 0, "counter": 3,
                              "issuer": "LPSE", "account": "ppk1", "secret": "JBSWY3DPEHPK3PXP"}]}
    sealed = AESGCM(KEY).encrypt(NONCE, canonical(accounts), canonical(doc))
    doc["payload"] = base64.b64encode(sealed[:-16]).decode()
    doc["tag"] = base64.b64encode(sealed[-16:]).decode()
    return json.dumps(doc, sort_keys=True, indent=4) + "\n"


def aegis_plain():
    entries = [{"type": t, "uuid": "u", "name": "n", "issuer": "i", "icon": None, "info": dict(TOTP)}
               for t in ("totp", "hotp", "steam", "yandex")]
    return json.dumps({"version": 1, "header": {"slots": None, "params": None},
                       "db": {"version": 3, "entries": entries, "groups": []}})


def aegis_encrypted():
    kek = hashlib.scrypt(PW, salt=KEY, n=16, r=8, p=1, dklen=32)
    wrapped = AESGCM(kek).encrypt(NONCE, KEY, None)
    db = AESGCM(KEY).encrypt(NONCE, json.dumps(json.loads(aegis_plain())["db"]).encode(), None)
    slot = {"type": 1, "uuid": "u", "key": wrapped[:-16].hex(), "n": 16, "r": 8, "p": 1, "salt": KEY.hex(),
            "key_params": {"nonce": NONCE.hex(), "tag": wrapped[-16:].hex()}}
    return json.dumps({"version": 1, "header": {"slots": [slot], "params": {"nonce": NONCE.hex(), "tag": db[-16:].hex()}},
                       "db": base64.b64encode(db[:-16]).decode()})


def twofas(encrypted):
    services = [{"name": "G", "secret": "JBSWY3DPEHPK3PXP", "otp": {"account": "a", "issuer": "G", "digits": 6,
                 "period": 30, "algorithm": "SHA1", "tokenType": t}} for t in ("TOTP", "HOTP", "STEAM")]
    if not encrypted:
        return json.dumps({"services": services, "groups": [], "schemaVersion": 4})
    key = hashlib.pbkdf2_hmac("sha256", PW, KEY, 10000, 32)
    data = AESGCM(key).encrypt(NONCE, json.dumps(services).encode(), None)
    enc = ":".join(base64.b64encode(x).decode() for x in (data, KEY, NONCE))
    return json.dumps({"services": [], "schemaVersion": 4, "servicesEncrypted": enc, "reference": enc})


def andotp(encrypted, iterations=100):
    entries = [{"secret": "JBSWY3DPEHPK3PXP", "issuer": "I", "label": "l", "digits": 6, "type": t,
                "algorithm": "SHA1", "period": 30, "counter": 1, "tags": []} for t in ("TOTP", "HOTP", "STEAM")]
    text = json.dumps(entries).encode()
    if not encrypted:
        return text
    key = hashlib.pbkdf2_hmac("sha1", PW, KEY[:12], iterations, 32)
    return struct.pack(">I", iterations) + KEY[:12] + NONCE + AESGCM(key).encrypt(NONCE, text, None)


def freeotp():
    tokens = [{"algo": "SHA1", "counter": 0, "digits": 6, "issuerExt": "I", "label": "l", "period": 30,
               "secret": [72, 101, 108, -34], "type": t} for t in ("TOTP", "HOTP")]
    return json.dumps({"tokenOrder": ["I:l"], "tokens": tokens})


LIST = ("# comment\notpauth://totp/I:a?secret=JBSWY3DPEHPK3PXP&issuer=I\n\n"
        "otpauth://hotp/b?secret=JBSWY3DPEHPK3PXP&counter=2\nnot a uri\n"
        "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC\n")


def main():
    seeds = {
        "backup": {"cheap.sandi": sandi_backup(),
                   "example.sandi": open("tests/core/data/backup-example.sandi").read()},
        "import_aegis": {"plain.json": b"\0" + aegis_plain().encode(), "encrypted.json": b"\1" + aegis_encrypted().encode()},
        "import_twofas": {"plain.2fas": b"\0" + twofas(False).encode(), "encrypted.2fas": b"\1" + twofas(True).encode()},
        "import_andotp": {"plain.json": b"\0" + andotp(False), "encrypted.json.aes": b"\1" + andotp(True)},
        "import_freeotpplus": {"export.json": freeotp()},
        "import_otpauthlist": {"list.txt": LIST},
    }
    seeds["import_registry"] = {
        "sandi": sandi_backup(), "aegis_plain": aegis_plain(), "aegis_enc": aegis_encrypted(),
        "twofas": twofas(False), "andotp": andotp(False), "andotp_enc": andotp(True, 140000), "freeotp": freeotp(),
        "list": LIST,
        # Issue 11: a damaged file that starts with a zero byte is no encrypted andOTP backup.
        "andotp_damaged": b"\0\1garbage" + twofas(False).encode()[10:],
    }
    for target, files in seeds.items():
        for name, data in files.items():
            write(target, name, data)


if __name__ == "__main__":
    main()
