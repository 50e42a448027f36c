#!/usr/bin/python3
"""Differential test: Sandi's parseOtpauth() against Debian's pyotp.parse_uri (python3-pyotp 2.6).

Each corpus line is "<expectation> <uri>". For every URI both sides either reject it, or accept it
with the same issuer, account name, digits, period, algorithm, secret length and the codes the
secret yields at the RFC 6238 Appendix B times (TOTP) or at counter, counter+1, ... (HOTP), which
compares the secret bytes without printing them. "same" lines must agree; "diff:<key>" lines are
known, intended differences (KNOWN_DIFFERENCES) and must still differ, so that the list stays true.

Run by CTest as diff.otpauth; needs /usr/bin/python3 (the PATH python may lack pyotp).
"""

import argparse
import json
import os
import subprocess
import sys
import time

KNOWN_DIFFERENCES = {
    "case": "Sandi reads scheme, type, parameter names and algorithm names case-insensitively; "
    "pyotp compares them exactly and rejects OTPAUTH://, Secret= or sha256.",
    "issuer-conflict": "When the issuer parameter and the label prefix differ, Sandi uses the parameter "
    "(Google's spec recommends it); pyotp raises ValueError.",
    "issuer-colon": "An issuer parameter holding a colon tells Sandi where the label prefix ends; pyotp "
    "splits at the first colon, then rejects the mismatch.",
    "unknown-params": "Sandi keeps unknown parameters (and reads t0); pyotp rejects any parameter other "
    "than secret, issuer, algorithm, digits, period, counter and image.",
    "steam": "Sandi reads Steam as Aegis (otpauth://steam/) and KeePassXC (encoder=steam) write it; pyotp has "
    "no Steam support.",
    "digits": "Sandi accepts 6 to 10 digits (RFC 4226 allows up to 10 from a 31-bit value); pyotp only 6, 7, 8.",
    "missing-counter": "An HOTP URI without counter is MissingCounter in Sandi (Google's spec makes it "
    "required); pyotp starts at 0.",
    "counter-any-type": "Sandi reads counter and period on every type so that they round-trip; pyotp passes them "
    "to constructors that reject them (TOTP(initial_count), HOTP(interval)).",
    "counter-wrap": "RFC 4226 makes the counter 8 bytes: Sandi wraps after 2^64-1, pyotp feeds a 9-byte counter.",
    "space-after-colon": "Sandi drops the spaces Google's spec allows before the account name; pyotp keeps them.",
    "double-decoding": "pyotp percent-decodes the whole URI before splitting it, so %26, %2B, %23 and %3F in "
    "names break it; Sandi decodes each part once.",
    "raw-hash": "Sandi reads an unencoded '#' as data (otpauth URIs have no fragment); pyotp cuts the URI there "
    "and loses the parameters.",
    "lenient-base32": "Sandi's Base32 skips spaces and dashes in the secret, as typed keys have them; pyotp's "
    "b32decode rejects them.",
    "duplicate": "A repeated known parameter is DuplicateParameter in Sandi; pyotp keeps the last one.",
    "utf8": "Sandi rejects names that are not UTF-8 (InvalidUtf8); pyotp replaces bad bytes with U+FFFD.",
    "empty-label": "pyotp names an account without a label 'Secret'; Sandi keeps it empty, and without an "
    "issuer it is MissingLabel.",
}

TIMES = [59, 1111111109, 1234567890, 2000000000]  # RFC 6238 Appendix B; must match sandi_uri_dump.cpp


def read_corpus(path):
    entries = []
    with open(path, encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            expectation, uri = line.split(" ", 1)
            if expectation != "same" and expectation.removeprefix("diff:") not in KNOWN_DIFFERENCES:
                sys.exit(f"{path}:{number}: unknown expectation {expectation!r}")
            entries.append((number, expectation, uri))
    return entries


def run_sandi(dump, uris):
    out = subprocess.run([dump], input="\n".join(uris) + "\n", capture_output=True, text=True, check=True).stdout
    results = [json.loads(line) for line in out.splitlines()]
    if len(results) != len(uris):
        sys.exit(f"sandi_uri_dump printed {len(results)} results for {len(uris)} URIs")
    return results


def sandi_view(result):
    if not result["ok"]:
        return None
    view = {
        "type": result["type"],
        "issuer": result["issuer"],
        "account": result["account"],
        "digits": result["digits"],
        "algorithm": result["algorithm"],
        "secretBytes": result["secretBytes"],
        "codes": result["codes"],
    }
    if result["type"] != "hotp":
        view["period"] = result["period"]
    return view


def pyotp_view(pyotp, uri):
    """What pyotp makes of the URI, or None if it rejects it at parse time or at code time."""
    try:
        otp = pyotp.parse_uri(uri)
        hotp = isinstance(otp, pyotp.HOTP)
        view = {
            "type": "hotp" if hotp else "totp",
            "issuer": otp.issuer or "",
            "account": otp.name,
            "digits": otp.digits,
            "algorithm": otp.digest().name.upper().replace("SHA-", "SHA"),
            "secretBytes": len(otp.byte_secret()),
            "codes": [otp.at(i) for i in range(len(TIMES))] if hotp else [otp.at(t) for t in TIMES],
        }
        if not hotp:
            view["period"] = otp.interval
        return view
    except Exception:  # pyotp signals bad input with ValueError, TypeError, binascii.Error, ZeroDivisionError...
        return None


def describe(view):
    if view is None:
        return "rejected"
    shown = dict(view)
    shown["codes"] = "..."  # derived from the secret; equal or not is reported separately
    return json.dumps(shown, ensure_ascii=False, sort_keys=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", required=True, help="path to sandi_uri_dump")
    parser.add_argument("--corpus", required=True, help="path to otpauth_corpus.txt")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    try:
        import pyotp
    except ImportError:
        sys.exit("pyotp is missing: run with /usr/bin/python3 and install python3-pyotp")
    os.environ["TZ"] = "UTC"  # pyotp's TOTP.at(int) goes through local time
    time.tzset()

    entries = read_corpus(args.corpus)
    results = run_sandi(args.dump, [uri for _, _, uri in entries])
    failures = 0
    tally = {"same": 0, "diff": 0}
    for (number, expectation, uri), result in zip(entries, results):
        sandi, oracle = sandi_view(result), pyotp_view(pyotp, uri)
        agree = sandi == oracle
        if expectation == "same" and not agree:
            failures += 1
            codes = "codes differ" if sandi and oracle and sandi["codes"] != oracle["codes"] else ""
            print(f"line {number}: Sandi and pyotp disagree {codes}\n  sandi: {describe(sandi)}"
                  f" {'' if sandi else result.get('error')}\n  pyotp: {describe(oracle)}")
        elif expectation != "same" and agree:
            failures += 1
            print(f"line {number}: expected difference '{expectation}' is gone; update the corpus")
        else:
            tally["same" if expectation == "same" else "diff"] += 1
            if args.verbose:
                print(f"line {number}: {expectation}: sandi {describe(sandi)} / pyotp {describe(oracle)}")
    print(f"otpauth oracle: {len(entries)} URIs, {tally['same']} agree, {tally['diff']} known differences, "
          f"{failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
