#!/usr/bin/python3
"""Differential test: Sandi's otpauth-migration:// reader and writer against libprotobuf.

Run by CTest as diff.migration (tests/diff/CMakeLists.txt):
    /usr/bin/python3 migration_oracle.py --dump build/tests/diff/sandi_migration_dump

The oracle is Debian's python3-protobuf, whose "cpp" implementation is the C++ libprotobuf. The
MigrationPayload and OtpParameters classes are built at run time from a FileDescriptorProto (no protoc,
no generated code). From a fixed seed (SANDI_MIGRATION_DIFF_SEED, an integer or "random"):

1. Forward: random payloads (SANDI_MIGRATION_DIFF_CASES, default 1000) with random secrets, Unicode names
   and issuers, every enum value plus unknown and negative ones, int64 counters and int32 batch fields,
   serialized by protobuf and written as URIs the ways tools write them (Google's percent-encoding, raw
   Base64, URL-safe, padded or not, lower-case hex, any case of scheme and host). Every field Sandi
   decodes must equal protobuf's, and migrationEntryParams() must follow the mapping below.
2. Reverse: the URI Sandi writes for each of those payloads, decoded by Python (urllib, base64) and
   protobuf, must give the same message, and its bytes must be exactly protobuf's SerializeToString().
3. Raw bytes: mutated and hand-made protobuf (SANDI_MIGRATION_DIFF_MUTANTS, default 20000), including
   unknown fields of every wire type, groups, over-long varints, invalid UTF-8 and truncation. Sandi must
   accept exactly what protobuf accepts, with the same fields, except where Sandi is deliberately
   stricter (each one counted and printed):
   - a start-group tag (wire type 3): libprotobuf skips unknown groups, Sandi rejects every group;
   - a varint whose tenth byte is above 1: libprotobuf drops the bits past 64, Sandi rejects it;
   - a five-byte tag past 32 bits: libprotobuf drops the high bits, Sandi rejects it.

Zero mismatches are allowed. A missing python3-protobuf fails the test (it is not skipped).
"""

import argparse
import base64
import contextlib
import json
import os
import random
import subprocess
import sys
import urllib.parse
import warnings

try:
    from google.protobuf import descriptor_pb2, descriptor_pool, message, message_factory
    from google.protobuf.internal import api_implementation
except ImportError:
    print("FAIL: python3-protobuf is missing; install it: apt-get install python3-protobuf", file=sys.stderr)
    sys.exit(1)

ALLOWED_STRICTER = ("group (wire type 3)", "varint past 64 bits", "tag past 32 bits")
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def message_classes():
    """MigrationPayload as Google Authenticator defines it, built without protoc."""
    fdp = descriptor_pb2.FileDescriptorProto(name="sandi_migration.proto", package="sandi", syntax="proto3")
    field = descriptor_pb2.FieldDescriptorProto
    otp = fdp.message_type.add(name="OtpParameters")
    for number, name, kind in ((1, "secret", field.TYPE_BYTES), (2, "name", field.TYPE_STRING),
                               (3, "issuer", field.TYPE_STRING)):
        otp.field.add(name=name, number=number, type=kind, label=field.LABEL_OPTIONAL)
    enums = (("Algorithm", ["ALGORITHM_UNSPECIFIED", "SHA1", "SHA256", "SHA512", "MD5"]),
             ("DigitCount", ["DIGIT_COUNT_UNSPECIFIED", "SIX", "EIGHT"]),
             ("OtpType", ["OTP_TYPE_UNSPECIFIED", "HOTP", "TOTP"]))
    for number, (enum_name, values) in enumerate(enums, start=4):
        enum = otp.enum_type.add(name=enum_name)
        for value, value_name in enumerate(values):
            enum.value.add(name=value_name, number=value)
        otp.field.add(name=("algorithm", "digits", "type")[number - 4], number=number, type=field.TYPE_ENUM,
                      label=field.LABEL_OPTIONAL, type_name=".sandi.OtpParameters." + enum_name)
    otp.field.add(name="counter", number=7, type=field.TYPE_INT64, label=field.LABEL_OPTIONAL)
    payload = fdp.message_type.add(name="MigrationPayload")
    payload.field.add(name="otp_parameters", number=1, type=field.TYPE_MESSAGE, label=field.LABEL_REPEATED,
                      type_name=".sandi.OtpParameters")
    for number, name in enumerate(("version", "batch_size", "batch_index", "batch_id"), start=2):
        payload.field.add(name=name, number=number, type=field.TYPE_INT32, label=field.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    descriptor = pool.FindMessageTypeByName("sandi.MigrationPayload")
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(pool).GetPrototype(descriptor)


def random_int(rng, low, high, common):
    """Mostly one of the common values, sometimes anything in [low, high], sometimes an edge."""
    roll = rng.random()
    if roll < 0.75:
        return rng.choice(common)
    if roll < 0.85:
        return rng.choice((low, high, -1, 0))
    return rng.randint(low, high)


def random_text(rng):
    pools = ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", " :@.-_+&=%/?#",
             "äöüßéñçÅØ", "漢字カタカナ", "\U0001F511\U0001F600", "\u0000\u0001\t\n\u007f")
    length = rng.choice((0, 0, 3, 8, 16, 25, 40))
    return "".join(rng.choice(rng.choice(pools)) for _ in range(length))


def random_payload(rng, payload_class):
    payload = payload_class()
    for _ in range(rng.choice((0, 1, 1, 1, 2, 3, 5, 10))):
        entry = payload.otp_parameters.add()
        entry.secret = bytes(rng.getrandbits(8) for _ in range(rng.choice((0, 1, 10, 16, 20, 32, 64, 100))))
        entry.name = random_text(rng)
        entry.issuer = random_text(rng)
        entry.algorithm = random_int(rng, *INT32, common=(0, 1, 1, 1, 2, 3, 4, 5))
        entry.digits = random_int(rng, *INT32, common=(0, 1, 1, 1, 2, 3))
        entry.type = random_int(rng, *INT32, common=(0, 1, 2, 2, 2, 3))
        entry.counter = random_int(rng, *INT64, common=(0, 0, 0, 1, 42, 2**32, 2**40 + 7))
    payload.version = random_int(rng, *INT32, common=(0, 1, 1, 2))
    payload.batch_size = random_int(rng, *INT32, common=(0, 1, 1, 3))
    payload.batch_index = random_int(rng, *INT32, common=(0, 0, 1, 2))
    payload.batch_id = random_int(rng, *INT32, common=(0, 123456789, -987654321))
    return payload


def random_case(rng, word):
    return "".join(c.upper() if rng.random() < 0.5 else c for c in word)


def write_uri(rng, data):
    """The URI for protobuf bytes `data`, in one of the spellings exports and tools use."""
    standard = base64.b64encode(data).decode()
    style = rng.choice(("google", "google", "raw", "urlsafe", "urlsafe_padded", "unpadded", "lowerhex"))
    if style == "google":
        value = urllib.parse.quote(standard, safe="")
    elif style == "raw":
        value = standard
    elif style == "urlsafe":
        value = base64.urlsafe_b64encode(data).decode().rstrip("=")
    elif style == "urlsafe_padded":
        value = urllib.parse.quote(base64.urlsafe_b64encode(data).decode(), safe="")
    elif style == "unpadded":
        value = standard.rstrip("=")
    else:
        value = "".join("%%%02x" % ord(c) for c in standard)
    scheme, host = "otpauth-migration", "offline"
    if rng.random() < 0.2:
        scheme, host = random_case(rng, scheme), random_case(rng, host)
    return "%s://%s?data=%s" % (scheme, host, value)


def expected_params(entry):
    """migrationEntryParams(): Google's defaults for 0, then the checks in their documented order."""
    if not entry.secret:
        return "EmptySecret"
    if entry.type not in (0, 1, 2):
        return "UnsupportedMigrationEntry"
    if entry.algorithm not in (0, 1, 2, 3):
        return "UnsupportedAlgorithm"
    if entry.digits not in (0, 1, 2):
        return "InvalidDigits"
    return "ok"


def differences(sandi, payload):
    """Field-by-field differences between Sandi's JSON and a protobuf message."""
    if not sandi.get("ok"):
        return ["Sandi rejected it: %s %s" % (sandi.get("code"), sandi.get("detail"))]
    found = []
    for key in ("version", "batch_size", "batch_index", "batch_id"):
        if sandi[key] != getattr(payload, key):
            found.append("%s: Sandi %r, protobuf %r" % (key, sandi[key], getattr(payload, key)))
    if len(sandi["entries"]) != len(payload.otp_parameters):
        return found + ["%d entries, protobuf %d" % (len(sandi["entries"]), len(payload.otp_parameters))]
    for index, (mine, theirs) in enumerate(zip(sandi["entries"], payload.otp_parameters)):
        expected = {"secret": theirs.secret.hex(), "name": theirs.name.encode().hex(),
                    "issuer": theirs.issuer.encode().hex(), "algorithm": theirs.algorithm, "digits": theirs.digits,
                    "type": theirs.type, "counter": theirs.counter % 2**64, "params": expected_params(theirs)}
        for key, value in expected.items():
            if mine[key] != value:
                found.append("entry %d %s: Sandi %r, expected %r" % (index, key, mine[key], value))
    return found


def decode_sandi_uri(uri, payload_class):
    """Reads a URI Sandi wrote with nothing but the Python standard library and protobuf."""
    parts = urllib.parse.urlsplit(uri)
    if parts.scheme != "otpauth-migration" or parts.netloc != "offline" or parts.path:
        raise ValueError("unexpected URI shape")
    names_values = [p.split("=", 1) for p in parts.query.split("&")]
    if [nv[0] for nv in names_values] != ["data"]:
        raise ValueError("unexpected query")
    data = base64.b64decode(urllib.parse.unquote(names_values[0][1]), validate=True)
    return data, payload_class.FromString(data)


def varint(value):
    value &= 2**64 - 1
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        out.append(low | (0x80 if value else 0))
        if not value:
            return bytes(out)


def random_field(rng, depth=0):
    """One hand-made field: any number and wire type, valid or not."""
    number = rng.choice((1, 1, 2, 3, 4, 5, 6, 7, 8, 15, 16, 2047, 2**29 - 1))
    wire = rng.choice((0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7))
    tag = varint(number << 3 | wire)
    roll = rng.random()
    if roll < 0.05:
        tag = tag[:-1] + bytes([tag[-1] | 0x80]) + b"\x80" * rng.randint(0, 3) + b"\x00"  # non-canonical
    elif roll < 0.08:
        tag = b"\x80\x80\x80\x80" + bytes([rng.randint(0x10, 0x7F)])  # five bytes, past 32 bits
    if wire == 0:
        body = rng.choice((varint(rng.getrandbits(64)), varint(rng.randint(0, 300)),
                           b"\xff" * 9 + bytes([rng.randint(0, 0x7F)]), b"\x80" * rng.randint(1, 11)))
    elif wire == 1:
        body = bytes(rng.getrandbits(8) for _ in range(rng.choice((8, 8, 3))))
    elif wire == 5:
        body = bytes(rng.getrandbits(8) for _ in range(rng.choice((4, 4, 2))))
    elif wire == 2:
        if depth < 2 and rng.random() < 0.4:
            inner = b"".join(random_field(rng, depth + 1) for _ in range(rng.randint(0, 4)))
        else:
            inner = rng.choice((b"plain text", "Ünïcödé".encode(), b"\xc3\x28", b"\xed\xa0\x80", b"\xc0\xaf",
                                b"\xf4\x90\x80\x80", b"\xf0\x9f\x94\x91", bytes(rng.getrandbits(8) for _ in range(12))))
        body = varint(len(inner) + rng.choice((0, 0, 0, 0, 1, -1))) + inner
    elif wire == 3:
        inner = b"".join(random_field(rng, depth + 1) for _ in range(rng.randint(0, 2))) if depth < 2 else b""
        body = inner + varint(number << 3 | 4)
    else:
        body = b""
    return tag + body


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(6)
        at = rng.randint(0, len(data))
        if op == 0 and data:
            data[min(at, len(data) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1 and data:
            data[min(at, len(data) - 1)] = rng.choice((0x00, 0x01, 0x7F, 0x80, 0xFF, 0x0B, 0x0C, 0x0E, 0x0F))
        elif op == 2:
            del data[at:at + rng.randint(1, 8)]
        elif op == 3:
            data[at:at] = random_field(rng)
        elif op == 4:
            data = data[:at]
        else:
            end = rng.randint(at, len(data))
            data[at:at] = data[at:end]
    return bytes(data)


def run_dump(dump, lines):
    result = subprocess.run([dump], input="".join(line + "\n" for line in lines), capture_output=True, text=True,
                            check=False)
    if result.returncode != 0:
        sys.exit("FAIL: %s exited with %d: %s" % (dump, result.returncode, result.stderr))
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    if len(outputs) != len(lines):
        sys.exit("FAIL: %d answers for %d inputs" % (len(outputs), len(lines)))
    return outputs


def check_forward_and_reverse(dump, rng, payload_class, count):
    payloads = [random_payload(rng, payload_class) for _ in range(count)]
    uris = [write_uri(rng, p.SerializeToString()) for p in payloads]
    failures = 0
    for uri, payload, sandi in zip(uris, payloads, run_dump(dump, uris)):
        problems = differences(sandi, payload)
        if not problems:
            data, back = decode_sandi_uri(sandi["uri"], payload_class)
            if data != payload.SerializeToString(deterministic=True):
                problems.append("Sandi's bytes differ from protobuf's: %s vs %s"
                                % (data.hex(), payload.SerializeToString(deterministic=True).hex()))
            elif back != payload:
                problems.append("protobuf reads Sandi's URI as a different message")
        if problems:
            failures += 1
            if failures <= 10:
                print("MISMATCH %s\n  %s" % (uri, "\n  ".join(problems)))
    print("forward and reverse: %d payloads (%d entries), %d mismatches"
          % (count, sum(len(p.otp_parameters) for p in payloads), failures))
    return failures, payloads


def protobuf_parse(payload_class, data):
    """ParseFromString() as C++ libprotobuf defines it, or None if it fails.

    The Python binding (pyext MergeFromString) only warns "Unexpected end-group tag" where a tag 0 or an
    end-group tag stops the parse early, and returns the fields before it; C++ ParseFromString() returns false
    there (the parse did not end at the limit), so that warning counts as a failure here.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            parsed = payload_class.FromString(data)
        except message.DecodeError:
            return None
    if any("end-group" in str(w.message) for w in caught):
        return None
    return parsed


@contextlib.contextmanager
def quiet_stderr():
    """libprotobuf logs every invalid UTF-8 string it rejects to fd 2; mutants have many."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w", encoding="ascii") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def check_raw(dump, rng, payload_class, seeds, count):
    inputs = []
    for _ in range(count):
        if rng.random() < 0.3:
            inputs.append(b"".join(random_field(rng) for _ in range(rng.randint(1, 6))))
        else:
            inputs.append(mutate(rng, rng.choice(seeds).SerializeToString()))
    failures, stricter, rejected, compared = 0, {}, 0, 0
    with quiet_stderr():
        theirs_all = [protobuf_parse(payload_class, data) for data in inputs]
    for data, theirs, sandi in zip(inputs, theirs_all, run_dump(dump, ["raw " + d.hex() for d in inputs])):
        problem = None
        if theirs is None:
            rejected += 1
            if sandi["ok"]:
                problem = "protobuf rejects it, Sandi accepts it"
            elif sandi["code"] not in ("MalformedProtobuf", "InvalidUtf8"):
                problem = "Sandi rejects it with %s" % sandi["code"]
        elif not sandi["ok"] and any(reason in sandi["detail"] for reason in ALLOWED_STRICTER):
            reason = next(r for r in ALLOWED_STRICTER if r in sandi["detail"])
            stricter[reason] = stricter.get(reason, 0) + 1
        else:
            found = differences(sandi, theirs)
            problem = "; ".join(found) if found else None
            compared += 1
        if problem:
            failures += 1
            if failures <= 10:
                print("MISMATCH raw %s\n  %s" % (data.hex(), problem))
    print("raw bytes: %d inputs; protobuf rejects %d, accepts %d (fields compared) and %d where Sandi is"
          " deliberately stricter %s; %d mismatches"
          % (count, rejected, compared, sum(stricter.values()), stricter or "", failures))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", required=True, help="path to sandi_migration_dump")
    args = parser.parse_args()
    seed_text = os.environ.get("SANDI_MIGRATION_DIFF_SEED", "20240611")
    seed = random.randrange(2**32) if seed_text == "random" else int(seed_text)
    cases = int(os.environ.get("SANDI_MIGRATION_DIFF_CASES", "1000"))
    mutants = int(os.environ.get("SANDI_MIGRATION_DIFF_MUTANTS", "20000"))
    print("protobuf %s (%s implementation), seed %d"
          % (sys.modules["google.protobuf"].__version__, api_implementation.Type(), seed))
    rng = random.Random(seed)
    payload_class = message_classes()
    failures, payloads = check_forward_and_reverse(args.dump, rng, payload_class, cases)
    failures += check_raw(args.dump, rng, payload_class, payloads, mutants)
    if failures:
        print("FAIL: %d mismatches (seed %d)" % (failures, seed))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
