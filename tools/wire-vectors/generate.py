#!/usr/bin/env python3
"""The second, independent encoder of the evidence vectors (issue 14, spec section 5 and 9).

Builds honest variations of the envelopes an xmtpd node signs, signs them the way xmtpd does (coincurve, i.e.
libsecp256k1, RFC 6979), and judges every case on its own: the bytes are decoded by Python's `protobuf` package (upb)
from our own `xmtp_envelopes.proto`, signatures are recovered by coincurve under the rule of spec section 2. Nothing
here comes from the Solidity or Rust code that the vectors test.

A small model of protobuf-go's rules (spec section 3) runs beside upb, only as a guard: every emitted case must be
refused by both or accepted by both with the same values, else the generator stops. Inputs where upb and protobuf-go
are known to differ are listed in UPB_DIVERGENCES: they are checked to still differ and never emitted.

Usage: generate.py --out FILE [--build-dir DIR]   (the Makefile passes target/wire-vectors/...)
"""

import argparse
import importlib
import json
import os
import sys
from importlib import metadata

import coincurve
from Crypto.Hash import keccak
from google.protobuf.internal import api_implementation
from google.protobuf.message import DecodeError

HERE = os.path.dirname(os.path.abspath(__file__))

N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141  # secp256k1 group order
P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F  # secp256k1 field prime
U32 = 2**32
U64 = 2**64
NODE_IDS = (100, 200, 300)


def kec(*parts):
    h = keccak.new(digest_bits=256)
    for p in parts:
        h.update(p)
    return h.digest()


def hx(b):
    return "0x" + b.hex()


# ---------------------------------------------------------------- raw wire encoding (to build the variations)

def varint(n, length=None):
    """Minimal varint of n, or padded with continuation bytes to `length` bytes (an over-long encoding)."""
    assert 0 <= n < U64
    out = bytearray()
    while True:
        out.append(n & 0x7F)
        n >>= 7
        if not n:
            break
        out[-1] |= 0x80
    if length is not None:
        assert len(out) <= length <= 10
        while len(out) < length:
            out[-1] |= 0x80
            out.append(0)
    return bytes(out)


def tag(field, wt):
    return varint(field << 3 | wt)


def f_varint(field, n, length=None):
    return tag(field, 0) + varint(n, length)


def f_bytes(field, data):
    return tag(field, 2) + varint(len(data)) + data


def f_fixed32(field, x):
    return tag(field, 5) + x.to_bytes(4, "little")


def f_fixed64(field, x):
    return tag(field, 1) + x.to_bytes(8, "little")


def f_group(field, inner=b""):
    return tag(field, 3) + inner + tag(field, 4)


def nested_groups(field, depth, inner=b""):
    for _ in range(depth):
        inner = f_group(field, inner)
    return inner


# A few unknown fields of every wire type, and groups: appended to messages as honest variations.
UNKNOWN_EACH_TYPE = f_varint(15, 300) + f_fixed64(16, 0x0102030405060708) + f_bytes(17, b"unknown") + f_fixed32(18, 7)
GROUP_WITH_FIELDS = f_group(20, f_varint(1, 5) + f_bytes(2, b"in a group") + f_fixed32(3, 9) + f_fixed64(4, 1)
                            + f_group(5, f_varint(6, 1) + f_group(7)) + f_varint(8, 2))


# ---------------------------------------------------------------- protobuf-go's rules, as spec section 3 states them

class PbError(Exception):
    pass


SCHEMA_SIG = {1: "bytes"}
SCHEMA_PAYER = {1: "bytes", 2: SCHEMA_SIG, 3: "uint32", 4: "uint32"}
SCHEMA_UOE = {1: "uint32", 2: "uint64", 3: "int64", 4: "bytes", 5: "uint64", 6: "uint64", 7: "uint64"}


def _varint_at(b, i):
    v = 0
    for k in range(10):
        if i >= len(b):
            raise PbError("Truncated")
        c = b[i]
        i += 1
        if k == 9 and c > 1:
            raise PbError("VarintTooLong")
        v |= (c & 0x7F) << (7 * k)
        if c < 0x80:
            return v, i
    raise AssertionError("unreachable")


def _take(b, i, n):
    if n > len(b) - i:
        raise PbError("Truncated")
    return b[i:i + n], i + n


def _skip(b, i, field, wt, open_groups):
    if wt == 0:
        return _varint_at(b, i)[1]
    if wt == 1:
        return _take(b, i, 8)[1]
    if wt == 5:
        return _take(b, i, 4)[1]
    if wt == 2:
        n, i = _varint_at(b, i)
        return _take(b, i, n)[1]
    if wt == 3:
        if open_groups + 1 > 10001:
            raise PbError("GroupTooDeep")
        while True:
            k, i = _varint_at(b, i)
            f2, wt2 = k >> 3, k & 7
            if not 1 <= f2 <= 2**31 - 1:
                raise PbError("InvalidFieldNumber")
            if wt2 == 4:
                if f2 != field:
                    raise PbError("UnexpectedEndGroup(%d)" % f2)
                return i
            if wt2 in (6, 7):
                raise PbError("UnsupportedWireType(%d)" % wt2)
            i = _skip(b, i, f2, wt2, open_groups + 1)
    raise PbError("UnsupportedWireType(%d)" % wt)


def model_parse(b, schema, into=None):
    """Field number -> value (ints, bytes, or a dict for a message field), as protobuf-go would read it."""
    vals = {} if into is None else into
    i = 0
    while i < len(b):
        k, i = _varint_at(b, i)
        field, wt = k >> 3, k & 7
        if not 1 <= field <= 2**29 - 1:
            raise PbError("InvalidFieldNumber")
        if wt == 4:
            raise PbError("UnexpectedEndGroup(%d)" % field)
        if wt in (6, 7):
            raise PbError("UnsupportedWireType(%d)" % wt)
        kind = schema.get(field)
        if wt == 0 and kind in ("uint32", "uint64", "int64"):
            v, i = _varint_at(b, i)
            vals[field] = v % U32 if kind == "uint32" else (v - U64 if kind == "int64" and v >= 2**63 else v)
        elif wt == 2 and kind is not None and kind not in ("uint32", "uint64", "int64"):
            n, i = _varint_at(b, i)
            data, i = _take(b, i, n)
            if kind == "bytes":
                vals[field] = data
            else:
                vals[field] = model_parse(data, kind, vals.get(field, {}))
        else:
            i = _skip(b, i, field, wt, 0)
    return vals


# ---------------------------------------------------------------- signatures, spec section 2

def address(pub):
    return "0x" + kec(pub.format(compressed=False)[1:])[12:].hex()


def judge_signature(digest, sig):
    """('Valid', signer) | ('Invalid', None) | ('Unverifiable', None) under xmtpd's released-binary rule."""
    if len(sig) != 65:
        return "Invalid", None
    v = sig[64]
    if v > 7:
        return "Invalid", None
    r = int.from_bytes(sig[:32], "big")
    s = int.from_bytes(sig[32:64], "big")
    if r == 0 or r >= N or s == 0 or s >= N:
        return "Invalid", None
    rid = v & 3
    if rid & 2:
        return ("Invalid", None) if r >= P - N else ("Unverifiable", None)
    try:
        pub = coincurve.PublicKey.from_signature_and_message(sig[:64] + bytes([rid]), digest, hasher=None)
    except Exception:
        return "Invalid", None
    signer = address(pub)
    # The Rust side normalises high s (n - s, other parity) before recovering: that must name the same signer.
    if s > N // 2:
        low = sig[:32] + (N - s).to_bytes(32, "big") + bytes([rid ^ 1])
        assert address(coincurve.PublicKey.from_signature_and_message(low, digest, hasher=None)) == signer
    return "Valid", signer


def judge_node_signature(digest, sig):
    if len(sig) == 65 and sig[64] in (27, 28):
        sig = sig[:64] + bytes([sig[64] - 27])
    return judge_signature(digest, sig)


def payer_digest(target, unsigned_client_envelope):
    return kec(b"target|", target.to_bytes(4, "big"), b"payer|", unsigned_client_envelope)


def node_digest(unsigned_originator_envelope):
    return kec(b"originator|", unsigned_originator_envelope)


def split(sig):
    return int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:64], "big"), sig[64]


def make_sig(r, s, v):
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v])


def high_s(sig):
    r, s, v = split(sig)
    assert s <= N // 2 and v in (0, 1)
    return make_sig(r, N - s, v ^ 1)


def key_from_seed(seed):
    secret = kec(b"tools/wire-vectors key seed|", seed.encode())
    assert 0 < int.from_bytes(secret, "big") < N
    return coincurve.PrivateKey(secret)


NODE_KEYS = {n: key_from_seed("node %d" % n) for n in NODE_IDS}
NODE_SIGNERS = {n: address(k.public_key) for n, k in NODE_KEYS.items()}
PAYER_KEY = key_from_seed("payer")


def sign(key, digest):
    sig = key.sign_recoverable(digest, hasher=None)
    assert split(sig)[1] <= N // 2  # libsecp256k1 always signs low s
    return sig


# ---------------------------------------------------------------- the generated messages (upb)

pb = None  # xmtp_envelopes_pb2, compiled at start-up


def compile_proto(build_dir):
    global pb
    from grpc_tools import protoc

    os.makedirs(build_dir, exist_ok=True)
    rc = protoc.main(["protoc", "-I" + HERE, "--python_out=" + build_dir, os.path.join(HERE, "xmtp_envelopes.proto")])
    if rc != 0:
        sys.exit("protoc failed on xmtp_envelopes.proto")
    sys.path.insert(0, build_dir)
    pb = importlib.import_module("xmtp_envelopes_pb2")


def upb_parse(cls, data):
    try:
        return cls.FromString(data)
    except DecodeError:
        return None


def upb_values(msg, schema):
    """The values upb read, in model_parse's shape (proto3: absent scalars read as their defaults)."""
    out = {}
    for num, kind in schema.items():
        fd = msg.DESCRIPTOR.fields_by_number[num]
        if isinstance(kind, dict):
            if msg.HasField(fd.name):
                out[num] = upb_values(getattr(msg, fd.name), kind)
        else:
            out[num] = getattr(msg, fd.name)
    return out


def model_values(vals, schema):
    out = {}
    for num, kind in schema.items():
        if isinstance(kind, dict):
            if num in vals:
                out[num] = model_values(vals[num], kind)
        else:
            out[num] = vals.get(num, b"" if kind == "bytes" else 0)
    return out


def parse(cls, schema, data):
    """upb's reading of data (None when refused), checked against protobuf-go's rules; and the model's error."""
    msg = upb_parse(cls, data)
    try:
        model, err = model_values(model_parse(data, schema), schema), None
    except PbError as e:
        model, err = None, str(e)
    if (msg is None) != (model is None):
        raise SystemExit("upb and protobuf-go's rules disagree on %s %s (model: %s): leave it out"
                         % (cls.DESCRIPTOR.name, hx(data), err or "accepted"))
    if msg is not None and upb_values(msg, schema) != model:
        raise SystemExit("upb and protobuf-go's rules read %s %s differently" % (cls.DESCRIPTOR.name, hx(data)))
    return msg, err


# Inputs on which upb (protobuf 7.x) and protobuf-go differ: never vectors. Checked to still differ on every run, so
# a protobuf upgrade that changes one of them is noticed. The vectors therefore cannot cover: varints whose 10th
# byte is 2..127 (upb accepts), tags or lengths encoded in more than 5 bytes (upb refuses), field numbers >= 2^29 or
# 0 inside a group (upb refuses the first, accepts the second), groups nested more than 100 deep (upb's limit).
def upb_divergences():
    base = f_varint(1, 100)
    return [
        ("10th varint byte 2", tag(1, 0) + b"\xff" * 9 + b"\x02"),
        ("6-byte tag", b"\x88\x80\x80\x80\x80\x00" + varint(100)),
        ("6-byte length", tag(4, 2) + b"\x81\x80\x80\x80\x80\x00" + b"a"),
        ("field 2^29 in a group", base + tag(9, 3) + varint(2**29 << 3) + varint(1) + tag(9, 4)),
        ("field 2^31-1 in a group", base + tag(9, 3) + varint((2**31 - 1) << 3) + varint(1) + tag(9, 4)),
        ("field 0 in a group", base + tag(9, 3) + tag(0, 0) + varint(1) + tag(9, 4)),
        ("101 nested groups", base + nested_groups(9, 101)),
    ]


def check_divergences():
    for name, data in upb_divergences():
        msg = upb_parse(pb.UnsignedOriginatorEnvelope, data)
        try:
            model_parse(data, SCHEMA_UOE)
            model_ok = True
        except PbError:
            model_ok = False
        if (msg is not None) == model_ok:
            raise SystemExit("upb now agrees with protobuf-go on '%s': it can become a vector (update the list)" % name)


# ---------------------------------------------------------------- judging a case (spec sections 4 and 3)

RETENTION_OK = set(range(2, 366)) | {U32 - 1}


def judge_originator(node_id, unsigned, node_sig):
    """The unsigned originator envelope as upb reads it (None, error when refused), after the node checks."""
    msg, err = parse(pb.UnsignedOriginatorEnvelope, SCHEMA_UOE, unsigned)
    if msg is None:
        return None, err
    verdict, signer = judge_node_signature(node_digest(unsigned), node_sig)
    # Cases whose node signature or originator would fail have no `expect` in the schema: never generated.
    assert verdict == "Valid" and signer == NODE_SIGNERS[node_id], "node signature does not name node %d" % node_id
    assert msg.originator_node_id == node_id, "originator %d is not node %d" % (msg.originator_node_id, node_id)
    return msg, None


def judge_payload(node_id, unsigned, node_sig):
    uoe, err = judge_originator(node_id, unsigned, node_sig)
    if uoe is None:
        return "refused", None, err
    payer, err = parse(pb.PayerEnvelope, SCHEMA_PAYER, uoe.payer_envelope_bytes)
    if payer is None:
        return "refused", None, err
    present = payer.HasField("payer_signature")
    decoded = {
        "originator_node_id": str(uoe.originator_node_id),
        "originator_sequence_id": str(uoe.originator_sequence_id),
        "originator_ns": str(uoe.originator_ns),
        "payer_envelope_bytes": hx(uoe.payer_envelope_bytes),
        "target_originator": str(payer.target_originator),
        "message_retention_days": str(payer.message_retention_days),
        "payer_signature_present": present,
        "payer_signature": hx(payer.payer_signature.bytes),
        "unsigned_client_envelope": hx(payer.unsigned_client_envelope),
    }
    if payer.target_originator != node_id:
        return "TargetOriginator", decoded, None
    if payer.message_retention_days not in RETENTION_OK:
        return "Retention", decoded, None
    verdict, _ = judge_signature(payer_digest(payer.target_originator, payer.unsigned_client_envelope),
                                 payer.payer_signature.bytes)
    return {"Valid": "valid", "Invalid": "PayerSignature", "Unverifiable": "PayerSignatureUnverifiable"}[verdict], \
        decoded, None


def judge_equivocation(node_id, a, b):
    ma, err = judge_originator(node_id, *a)
    if ma is None:
        return "refused", err
    mb, err = judge_originator(node_id, *b)
    if mb is None:
        return "refused", err
    assert ma.originator_sequence_id == mb.originator_sequence_id
    if ma.originator_ns == mb.originator_ns and ma.payer_envelope_bytes == mb.payer_envelope_bytes:
        return "NotEquivocation", None
    return "equivocation", None


# ---------------------------------------------------------------- honest envelopes and their variations

NS_BASE = 1_760_000_000_123_456_789
CLIENT_ENVELOPE = f_bytes(1, f_bytes(2, b"\x01wire-vectors/group/0001")) + f_bytes(2, b"an mls group message")


def seq_for(name):
    return 1 + int.from_bytes(kec(b"tools/wire-vectors sequence|", name.encode())[:4], "big")


def payer_sig(target, uce=CLIENT_ENVELOPE, style="low"):
    """The payer's signature for target (its low 32 bits, as xmtpd hashes it) over uce."""
    sig = sign(PAYER_KEY, payer_digest(target % U32, uce))
    if style == "high":
        sig = high_s(sig)
    return sig


def payer_envelope(target, retention=30, uce=CLIENT_ENVELOPE, sig="low", extra=b""):
    """Serialized by upb; `sig` is a style for payer_sig, raw bytes, or None for no payer_signature."""
    m = pb.PayerEnvelope(unsigned_client_envelope=uce, target_originator=target % U32,
                         message_retention_days=retention % U32)
    if sig is not None:
        m.payer_signature.bytes = payer_sig(target, uce, sig) if isinstance(sig, str) else sig
    return m.SerializeToString(deterministic=True) + extra


def originator_envelope(node_id, seq, pe, ns=NS_BASE, fees=(1_000, 50), expiry=1_790_000_000, extra=b""):
    m = pb.UnsignedOriginatorEnvelope(originator_node_id=node_id, originator_sequence_id=seq, originator_ns=ns,
                                      payer_envelope_bytes=pe, base_fee_picodollars=fees[0],
                                      congestion_fee_picodollars=fees[1], expiry_unixtime=expiry)
    return m.SerializeToString(deterministic=True) + extra


def raw_originator(node_id, seq, pe, ns=NS_BASE, fees=(1_000, 50), expiry=1_790_000_000):
    """The same fields, encoded here (for variations that reorder or re-encode them)."""
    return dict(node=f_varint(1, node_id), seq=f_varint(2, seq), ns=f_varint(3, ns % U64), pe=f_bytes(4, pe),
                fees=f_varint(5, fees[0]) + f_varint(6, fees[1]), expiry=f_varint(7, expiry))


def node_sign(node_id, unsigned, style="low"):
    sig = sign(NODE_KEYS[node_id], node_digest(unsigned))
    if style == "high":
        sig = high_s(sig)
    elif style == "eth":
        sig = sig[:64] + bytes([sig[64] + 27])
    elif style == "high_eth":
        sig = high_s(sig)
        sig = sig[:64] + bytes([sig[64] + 27])
    return sig


def sig_message(*fields):
    return b"".join(fields)


def payer_raw(target, retention=30, uce=CLIENT_ENVELOPE, sig_msg=None):
    """A PayerEnvelope encoded here, in field order; sig_msg is the payer_signature message's bytes."""
    out = f_bytes(1, uce)
    if sig_msg is not None:
        out += f_bytes(2, sig_msg)
    return out + f_varint(3, target) + f_varint(4, retention)


def find_unverifiable_r(s, rid, digest):
    """The smallest r below p - n with which libsecp256k1 recovers a key for recovery id rid (x = r + n)."""
    for r in range(1, 1000):
        try:
            coincurve.PublicKey.from_signature_and_message(make_sig(r, s, rid), digest, hasher=None)
            return r
        except Exception:
            continue
    raise AssertionError("no r found")


def find_unrecoverable_r(s, rid, digest):
    """The smallest r with which libsecp256k1 recovers nothing for recovery id rid (no point with that x)."""
    for r in range(1, 1000):
        try:
            coincurve.PublicKey.from_signature_and_message(make_sig(r, s, rid), digest, hasher=None)
        except Exception:
            return r
    raise AssertionError("no r found")


def payload_cases():
    cases = []

    def add(name, description, intent, node_id=100, build=None, node_sig="low"):
        seq = seq_for(name)
        unsigned = build(node_id, seq)
        cases.append(dict(name=name, description=description, intent=intent, node_id=node_id, unsigned=unsigned,
                          node_sig=node_sign(node_id, unsigned, node_sig)))

    def simple(pe_fn, extra=b"", **kw):
        return lambda n, seq: originator_envelope(n, seq, pe_fn(n), extra=extra, **kw)

    # --- honest envelopes
    for n in NODE_IDS:
        add("honest_node_%d" % n, "An envelope as xmtpd builds it, payer signature low s.", "valid", n,
            simple(lambda n: payer_envelope(n)))
    add("honest_negative_ns", "originator_ns is negative: an int64 read as the varint's two's complement (10 bytes).",
        "valid", 200, simple(lambda n: payer_envelope(n), ns=-1))
    add("honest_min_int64_ns", "originator_ns is -2^63 (10-byte varint, 10th byte 1).", "valid", 100,
        simple(lambda n: payer_envelope(n), ns=-(2**63)))
    add("honest_max_sequence_id", "originator_sequence_id is 2^64 - 1.", "valid", 100,
        lambda n, seq: originator_envelope(n, U64 - 1, payer_envelope(n)))
    add("honest_no_fees_no_expiry", "Fields 5 to 7 are absent (zero).", "valid", 300,
        simple(lambda n: payer_envelope(n), fees=(0, 0), expiry=0))
    add("honest_empty_client_envelope", "The unsigned client envelope is empty; the payer signed the empty bytes.",
        "valid", 100, simple(lambda n: payer_envelope(n, uce=b"")))
    add("payer_signature_high_s", "The payer signature with s replaced by n - s and the parity flipped: xmtpd "
        "accepts it (go-ethereum's SigToPub has no low-s rule), so it is valid.", "valid", 100,
        simple(lambda n: payer_envelope(n, sig="high")))
    add("payer_signature_other_digest", "A signature the payer made for another target still recovers (to another "
        "address): xmtpd only needs it to recover, so it is valid.", "valid", 100,
        simple(lambda n: payer_envelope(n, sig=payer_sig(200))))

    # --- v, r and s
    base_sig = payer_sig(100)
    r0, s0, v0 = split(base_sig)
    for v in range(8):
        rid = v & 3
        intent = "valid" if rid < 2 else "PayerSignature"
        what = ("recovery id %d%s" % (rid, " with decred's compressed flag" if v >= 4 else ""))
        desc = "v = %d (%s) on an honest r and s: " % (v, what) + (
            "recovers (to the payer, or another address when the parity is flipped), valid."
            if rid < 2 else "x = r + n is above p (r >= p - n), decred refuses: invalid.")
        add("payer_signature_v%d" % v, desc, intent, 100,
            simple(lambda n, v=v: payer_envelope(n, sig=make_sig(r0, s0, v))))
    for v in (8, 27, 28, 29, 255):
        add("payer_signature_v%d" % v, "v = %d: above 7, refused by xmtpd's released (nocgo) binaries." % v,
            "PayerSignature", 100, simple(lambda n, v=v: payer_envelope(n, sig=make_sig(r0, s0, v))))
    add("payer_signature_high_s_v5", "High s with v = 4 + its recovery id (compressed flag): valid.", "valid", 100,
        simple(lambda n: payer_envelope(n, sig=(lambda r, s, v: make_sig(r, s, v + 4))(*split(high_s(base_sig))))))
    for name, (r, s) in {"r_zero": (0, s0), "s_zero": (r0, 0), "r_n": (N, s0), "s_n": (r0, N),
                         "r_above_n": (N + 5, s0), "s_above_n": (r0, N + 5), "r_max": (2**256 - 1, s0),
                         "s_max": (r0, 2**256 - 1)}.items():
        add("payer_signature_" + name, "r = %s, s = %s: outside [1, n - 1], invalid." % (
            "n" if r == N else hex(r) if r > 2**200 else r, "n" if s == N else hex(s) if s > 2**200 else s),
            "PayerSignature", 100, simple(lambda n, r=r, s=s: payer_envelope(n, sig=make_sig(r, s, v0))))
    digest100 = payer_digest(100, CLIENT_ENVELOPE)
    r_off = find_unrecoverable_r(s0, 0, digest100)
    add("payer_signature_r_not_on_curve", "r = %d is not the x of a curve point: nothing recovers "
        "(the precompile returns zero), invalid." % r_off, "PayerSignature", 100,
        simple(lambda n: payer_envelope(n, sig=make_sig(r_off, s0, 0))))
    for v in (2, 3, 6, 7):
        r_small = find_unverifiable_r(s0, v & 3, digest100)
        add("payer_signature_unverifiable_v%d" % v, "v = %d (recovery id %d), r = %d < p - n: libsecp256k1 and "
            "decred recover a key from x = r + n, the precompile cannot: never evidence." % (v, v & 3, r_small),
            "PayerSignatureUnverifiable", 100,
            simple(lambda n, v=v, r=r_small: payer_envelope(n, sig=make_sig(r, s0, v))))
    r_no_point = find_unrecoverable_r(s0, 2, digest100)
    add("payer_signature_unverifiable_no_point", "v = 2, r = %d < p - n where x = r + n is not on the curve: "
        "decred would refuse it too, but the contract cannot tell without the point, so by the rule (spec section 2) "
        "it is unverifiable, never evidence." % r_no_point, "PayerSignatureUnverifiable", 100,
        simple(lambda n: payer_envelope(n, sig=make_sig(r_no_point, s0, 2))))
    add("payer_signature_unverifiable_boundary", "v = 2, r = p - n - 1 (the largest r with x = r + n below p): "
        "unverifiable.", "PayerSignatureUnverifiable", 100,
        simple(lambda n: payer_envelope(n, sig=make_sig(P - N - 1, s0, 2))))
    add("payer_signature_v2_r_p_minus_n", "v = 2, r = p - n: decred refuses R + N >= P, invalid.", "PayerSignature",
        100, simple(lambda n: payer_envelope(n, sig=make_sig(P - N, s0, 2))))
    for length in (0, 64, 66):
        sig = (base_sig + b"\x00")[:length]
        add("payer_signature_length_%d" % length, "A payer signature of %d bytes: invalid." % length,
            "PayerSignature", 100, simple(lambda n, sig=sig: payer_envelope(n, sig=sig)))
    add("payer_signature_missing", "No payer_signature field: its bytes read as empty, invalid.", "PayerSignature",
        100, simple(lambda n: payer_envelope(n, sig=None)))
    add("payer_signature_other_client_envelope", "The payer signed another client envelope: still recovers "
        "(another address), valid.", "valid", 100,
        simple(lambda n: payer_envelope(n, sig=sign(PAYER_KEY, payer_digest(100, b"something else")))))

    # --- target and retention
    add("target_other_node", "target_originator names node 200, the envelope was signed by node 100.",
        "TargetOriginator", 100, simple(lambda n: payer_envelope(200)))
    add("target_reserved_originator", "target_originator 1 (xmtpd's identity updates), node 100 signed it.",
        "TargetOriginator", 100, simple(lambda n: payer_envelope(1)))
    add("target_zero", "target_originator absent (zero).", "TargetOriginator", 100, simple(lambda n: payer_envelope(0)))
    add("target_truncated_matches", "target_originator encoded as 2^32 + 300: uint32 keeps the low 32 bits, 300, "
        "which is the node; the payer signed target 300.", "valid", 300,
        lambda n, seq: originator_envelope(n, seq, payer_raw(U32 + 300, sig_msg=f_bytes(1, payer_sig(300)))))
    add("target_truncated_mismatch", "target_originator encoded as 2^32 + 200 (reads as 200) on node 100.",
        "TargetOriginator", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(U32 + 200, sig_msg=f_bytes(1, payer_sig(200)))))
    add("target_truncated_to_zero", "target_originator encoded as 2^32: uint32 keeps 0, not the node.",
        "TargetOriginator", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(U32, sig_msg=f_bytes(1, payer_sig(0)))))
    for days, intent in ((0, "Retention"), (1, "Retention"), (2, "valid"), (30, "valid"), (365, "valid"),
                         (366, "Retention"), (U32 - 2, "Retention"), (U32 - 1, "valid")):
        add("retention_%d" % days, "message_retention_days = %d." % days, intent, 100,
            simple(lambda n, d=days: payer_envelope(n, retention=d)))
    for days, reads, intent in ((U32 + 2, 2, "valid"), (U32 + 366, 366, "Retention"), (U64 - 1, U32 - 1, "valid"),
                                (U32, 0, "Retention")):
        add("retention_%d_truncated" % days, "message_retention_days encoded as %d: uint32 keeps %d." % (days, reads),
            intent, 100, lambda n, seq, d=days: originator_envelope(
                n, seq, payer_raw(n, retention=d, sig_msg=f_bytes(1, payer_sig(n)))))
    add("order_target_before_retention", "Wrong target and retention 1: the target is checked first.",
        "TargetOriginator", 100, simple(lambda n: payer_envelope(200, retention=1)))
    add("order_retention_before_signature", "Retention 366 and v = 27: retention is checked first.", "Retention", 100,
        simple(lambda n: payer_envelope(n, retention=366, sig=make_sig(r0, s0, 27))))
    add("order_target_before_unverifiable", "Wrong target and an unverifiable payer signature: TargetOriginator.",
        "TargetOriginator", 100, simple(lambda n: payer_envelope(200, sig=make_sig(P - N - 1, s0, 2))))

    # --- unknown fields and groups, in each message
    sig100 = f_bytes(1, payer_sig(100))
    for where in ("originator", "payer", "signature"):
        for label, extra in (("varint", f_varint(15, 300)), ("fixed64", f_fixed64(16, 2**63 + 1)),
                             ("bytes", f_bytes(17, b"unknown")), ("fixed32", f_fixed32(18, 0xFFFFFFFF)),
                             ("every_type", UNKNOWN_EACH_TYPE), ("group", f_group(19)),
                             ("group_with_fields", GROUP_WITH_FIELDS),
                             ("nested_groups", nested_groups(21, 5, f_varint(1, 1))),
                             ("nested_groups_deep", nested_groups(22, 40)),
                             ("large_field_numbers",
                              f_varint(2**29 - 1, 1) + f_group(2**29 - 2, f_fixed32(2**29 - 1, 3))),
                             ("before_known_fields", None)):
            name = "unknown_%s_in_%s" % (label, where)
            if label == "before_known_fields":
                extra = UNKNOWN_EACH_TYPE + GROUP_WITH_FIELDS
                desc = "Unknown fields of every wire type and a group with fields, before the known fields of the %s."
            else:
                desc = "Unknown field(s) (%s) after the known fields of the %%s: skipped." % label.replace("_", " ")
            desc = desc % {"originator": "unsigned originator envelope", "payer": "payer envelope",
                           "signature": "payer signature message"}[where]
            before = label == "before_known_fields"

            def build(n, seq, where=where, extra=extra, before=before):
                sm = sig100 if where != "signature" else (extra + sig100 if before else sig100 + extra)
                pe = payer_raw(n, sig_msg=sm)
                if where == "payer":
                    pe = extra + pe if before else pe + extra
                if where != "originator":
                    return originator_envelope(n, seq, pe)
                f = raw_originator(n, seq, pe)
                body = f["node"] + f["seq"] + f["ns"] + f["pe"] + f["fees"] + f["expiry"]
                return extra + body if before else body + extra
            add(name, desc, "valid", 100, build)

    # --- known numbers with another wire type: unknown fields
    def wrong_types_uoe(n, seq):
        f = raw_originator(n, seq, payer_raw(n, sig_msg=sig100))
        return (f["node"] + f_fixed32(1, 200) + f["seq"] + f_fixed64(2, 1) + f["ns"] + f_bytes(3, b"\x05")
                + f["pe"] + f_varint(4, 7) + f_group(4) + f["fees"] + f_fixed32(5, 1) + f["expiry"] + f_group(1))
    add("wrong_wire_type_known_fields_originator", "Fields 1 as fixed32 and as a group, 2 as fixed64, 3 as bytes, "
        "4 as a varint and a group, 5 as fixed32, next to their proper encodings: kept as unknown fields.",
        "valid", 100, wrong_types_uoe)
    add("wrong_wire_type_payer_fields", "In the payer envelope: field 1 as a varint, 2 as a varint and as a group "
        "(holding a bad signature), 3 as fixed32 (200), 4 as bytes (1): unknown, the proper fields stand.", "valid",
        100, lambda n, seq: originator_envelope(n, seq, payer_raw(n, sig_msg=sig100) + f_varint(1, 5) + f_varint(2, 1)
                                                 + f_group(2, f_bytes(1, b"\x00" * 65)) + f_fixed32(3, 200)
                                                 + f_bytes(4, b"\x01")))
    add("wrong_wire_type_signature_field", "In the signature message: field 1 as fixed64 and as a group, after "
        "the proper bytes: unknown.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(n, sig_msg=sig100 + f_fixed64(1, 1) + f_group(1))))
    add("wrong_wire_type_only_signature", "The payer signature message holds field 1 only as a group: the signature "
        "reads as empty, invalid.", "PayerSignature", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(n, sig_msg=f_group(1, f_bytes(1, payer_sig(100))))))
    add("wrong_wire_type_target_only", "target_originator given only as fixed32 (100): unknown, so the target reads "
        "as 0.", "TargetOriginator", 100,
        lambda n, seq: originator_envelope(n, seq, f_bytes(1, CLIENT_ENVELOPE) + f_bytes(2, sig100)
                                           + f_fixed32(3, 100) + f_varint(4, 30)))

    # --- repeated fields: the last wins; messages merge
    def repeated_uoe(n, seq):
        f = raw_originator(n, seq, payer_raw(n, sig_msg=sig100))
        return (f_varint(1, 200) + f_varint(2, 1) + f_varint(3, 5) + f_bytes(4, b"\xff not a payer envelope")
                + f["node"] + f["seq"] + f["ns"] + f["pe"] + f["fees"] + f["fees"] + f["expiry"])
    add("repeated_originator_fields", "Every field of the unsigned originator envelope twice; the first values "
        "(node 200, a payer envelope protobuf refuses) are replaced by the last.", "valid", 100, repeated_uoe)
    add("repeated_target_last_wrong", "target_originator 100 then 200: the last, 200, counts.", "TargetOriginator",
        100, lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=sig100) + f_varint(3, 200)))
    add("repeated_target_last_right", "target_originator 200 then 100: the last, 100, counts.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, f_varint(3, 200) + payer_raw(100, sig_msg=sig100)))
    add("repeated_retention_last_wrong", "message_retention_days 30 then 400.", "Retention", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=sig100) + f_varint(4, 400)))
    add("repeated_client_envelope", "unsigned_client_envelope twice: the payer signed the last one.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, f_bytes(1, b"first") + payer_raw(100, sig_msg=sig100)))
    add("repeated_client_envelope_first_signed", "unsigned_client_envelope twice, the payer signed the first: the "
        "signature recovers another address over the last, still valid.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=sig100) + f_bytes(1, b"last")))
    add("payer_signature_split_merged", "payer_signature in two occurrences: the first holds the signature, the "
        "second only an unknown field; merged, the signature stands.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=sig100)
                                           + f_bytes(2, f_varint(3, 1) + f_group(4))))
    add("payer_signature_split_last_wins", "payer_signature in two occurrences, a bad signature (v = 27) then the "
        "good one: field 1 of the last occurrence wins.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, f_bytes(2, f_bytes(1, make_sig(r0, s0, 27)))
                                           + payer_raw(100, sig_msg=sig100)))
    add("payer_signature_split_last_bad", "payer_signature in two occurrences, the good signature then one with "
        "v = 27: the last wins, invalid.", "PayerSignature", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=sig100)
                                           + f_bytes(2, f_bytes(1, make_sig(r0, s0, 27)))))
    add("payer_signature_split_in_halves", "The signature bytes field repeated inside one payer_signature message: "
        "the first 32 bytes then all 65: the last wins.", "valid", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=f_bytes(1, payer_sig(100)[:32]) + sig100)))
    add("payer_signature_empty_message", "payer_signature present but empty: no signature bytes, invalid.",
        "PayerSignature", 100, lambda n, seq: originator_envelope(n, seq, payer_raw(100, sig_msg=b"")))

    # --- other encodings of the same values
    def overlong_uoe(n, seq):
        pe = (tag(1, 2) + varint(len(CLIENT_ENVELOPE), 5) + CLIENT_ENVELOPE + tag(2, 2) + varint(len(sig100), 3)
              + sig100 + f_varint(3, n, 10) + f_varint(4, 30, 10))
        return (b"\x88\x80\x00" + varint(n, 10) + b"\x90\x80\x80\x80\x00" + varint(seq, 10)
                + f_varint(3, NS_BASE, 10)
                + tag(4, 2) + varint(len(pe), 5) + pe + f_varint(5, 0, 10))
    add("overlong_varints", "Non-minimal varints everywhere: values padded to 10 bytes, lengths to 3 and 5 bytes, "
        "tags of 3 and 5 bytes; read as the minimal encodings.", "valid", 100, overlong_uoe)
    add("uint32_originator_truncated", "originator_node_id encoded as 2^32 + 100 (reads as 100).", "valid", 100,
        lambda n, seq: (lambda f: f_varint(1, U32 + n) + f["seq"] + f["ns"] + f["pe"])(
            raw_originator(n, seq, payer_envelope(n))))
    add("uint32_originator_max_varint", "originator_node_id encoded as 2^64 - 2^32 + 200 (10 bytes, reads as 200).",
        "valid", 200, lambda n, seq: (lambda f: f_varint(1, U64 - U32 + n) + f["seq"] + f["ns"] + f["pe"])(
            raw_originator(n, seq, payer_envelope(n))))
    add("fields_reversed", "The unsigned originator envelope's fields in reverse order.", "valid", 100,
        lambda n, seq: (lambda f: f["expiry"] + f["fees"] + f["pe"] + f["ns"] + f["seq"] + f["node"])(
            raw_originator(n, seq, payer_envelope(n))))
    add("node_signature_high_s", "The node's signature over an honest envelope with high s: still the node's.",
        "valid", 100, simple(lambda n: payer_envelope(n)), node_sig="high")
    add("node_signature_v27", "The node's signature with v 27/28 (Ethereum tooling): read as 0/1.", "valid", 200,
        simple(lambda n: payer_envelope(n)), node_sig="eth")

    # --- bytes protobuf refuses (upb and protobuf-go alike)
    def refused(name, what, where, junk):
        desc = "%s in the %s: protobuf refuses the bytes." % (what, {"originator": "unsigned originator envelope",
                                                                    "payer": "payer envelope",
                                                                    "signature": "payer signature message"}[where])

        def build(n, seq):
            sm = sig100 + junk if where == "signature" else sig100
            pe = payer_raw(n, sig_msg=sm) + (junk if where == "payer" else b"")
            return originator_envelope(n, seq, pe) + (junk if where == "originator" else b"")
        add(name, desc, "refused", 100, build)

    for where in ("originator", "payer", "signature"):
        refused("refused_truncated_varint_in_%s" % where, "A varint cut short", where, tag(15, 0) + b"\x80")
        refused("refused_truncated_length_in_%s" % where, "A length past the end", where,
                tag(15, 2) + varint(9) + b"ab")
        refused("refused_truncated_fixed64_in_%s" % where, "A fixed64 with 7 bytes", where, tag(15, 1) + b"\x00" * 7)
        refused("refused_truncated_fixed32_in_%s" % where, "A fixed32 with 3 bytes", where, tag(15, 5) + b"\x00" * 3)
        refused("refused_tag_only_in_%s" % where, "A tag without its value", where, tag(15, 0))
        refused("refused_wire_type_6_in_%s" % where, "Wire type 6", where, tag(15, 6) + varint(1))
        refused("refused_wire_type_7_in_%s" % where, "Wire type 7 on known field 1", where, tag(1, 7) + varint(1))
        refused("refused_stray_end_group_in_%s" % where, "An end-group tag with no group open", where, tag(15, 4))
        refused("refused_mismatched_end_group_in_%s" % where, "A group 15 closed by end-group 16", where,
                tag(15, 3) + tag(16, 4))
        refused("refused_nested_mismatched_end_group_in_%s" % where, "Groups 15 > 16 closed in the wrong order", where,
                tag(15, 3) + tag(16, 3) + tag(15, 4) + tag(16, 4))
        refused("refused_unclosed_group_in_%s" % where, "A group still open at the end", where,
                tag(15, 3) + f_varint(1, 1))
        refused("refused_wire_type_6_in_group_in_%s" % where, "Wire type 6 inside a group", where,
                tag(15, 3) + tag(2, 6) + tag(15, 4))
        refused("refused_11_byte_varint_in_%s" % where, "An 11-byte varint", where, tag(15, 0) + b"\x80" * 10 + b"\x00")
        refused("refused_varint_10th_byte_continues_in_%s" % where, "A varint whose 10th byte has the continuation "
                "bit", where, tag(15, 0) + b"\xff" * 10 + b"\x01")
        refused("refused_field_zero_in_%s" % where, "Field number 0", where, tag(0, 0) + varint(1))
        refused("refused_field_2_29_in_%s" % where, "Field number 2^29 (a 5-byte tag)", where,
                varint(2**29 << 3) + varint(1))
        refused("refused_11_byte_tag_in_%s" % where, "An 11-byte tag", where, b"\xf8" + b"\x80" * 9 + b"\x00")
    add("refused_group_spans_two_occurrences", "A group opened in the first payer_signature occurrence and closed in "
        "the second: each occurrence is parsed alone, refused.", "refused", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(n, sig_msg=sig100 + tag(5, 3))
                                           + f_bytes(2, tag(5, 4))))
    add("refused_bad_second_signature_occurrence", "A second payer_signature occurrence that is truncated: an error "
        "in any occurrence fails the whole payer envelope.", "refused", 100,
        lambda n, seq: originator_envelope(n, seq, payer_raw(n, sig_msg=sig100) + f_bytes(2, tag(1, 2) + varint(3))))
    add("refused_payer_bytes_not_protobuf", "payer_envelope_bytes that are not protobuf (0xff bytes).", "refused",
        100, lambda n, seq: originator_envelope(n, seq, b"\xff" * 12))
    add("refused_payer_length_beyond_envelope", "payer_envelope_bytes' length runs past the end of the envelope.",
        "refused", 100, lambda n, seq: f_varint(1, n) + f_varint(2, seq) + tag(4, 2) + varint(200) + b"\x0a\x00")
    return cases


def equivocation_cases():
    cases = []

    def add(name, description, intent, node_id, a, b, sig_a="low", sig_b="low"):
        seq = seq_for(name)
        ua, ub = a(node_id, seq), b(node_id, seq)
        cases.append(dict(name=name, description=description, intent=intent, node_id=node_id,
                          a=(ua, node_sign(node_id, ua, sig_a)), b=(ub, node_sign(node_id, ub, sig_b))))

    def env(target_node=None, ns=NS_BASE, fees=(1_000, 50), expiry=1_790_000_000, extra=b"", pe_extra=b"", uce=None):
        def build(n, seq):
            pe = payer_envelope(n if target_node is None else target_node,
                                uce=CLIENT_ENVELOPE if uce is None else uce, extra=pe_extra)
            return originator_envelope(n, seq, pe, ns=ns, fees=fees, expiry=expiry, extra=extra)
        return build

    add("different_ns", "The same payload signed at two timestamps.", "equivocation", 100, env(), env(ns=NS_BASE + 1))
    add("different_payload", "Two payloads for one sequence id.", "equivocation", 200, env(),
        env(uce=CLIENT_ENVELOPE + f_bytes(3, b"other")))
    add("different_payer_envelope_bytes_only", "The same payload, the payer envelope bytes differ by an unknown "
        "field: the signed bytes differ, equivocation.", "equivocation", 100, env(), env(pe_extra=f_varint(15, 1)))
    add("different_target", "The same payload with two targets (node 100 and 200).", "equivocation", 100, env(),
        env(target_node=200))
    add("different_fees_only", "A re-sign that changes only the fees: not an equivocation.", "NotEquivocation", 100,
        env(), env(fees=(2_000, 0)))
    add("different_expiry_only", "A re-sign that changes only the expiry.", "NotEquivocation", 300, env(),
        env(expiry=1_800_000_000))
    add("identical", "The same bytes twice.", "NotEquivocation", 100, env(), env())
    add("identical_other_signature_encoding", "The same bytes, one signature high s with v 28.", "NotEquivocation",
        100, env(), env(), sig_b="high_eth")
    add("unknown_fields_only", "The same values, b has unknown fields and a group appended to the unsigned "
        "originator envelope: not an equivocation.", "NotEquivocation", 100, env(),
        env(extra=UNKNOWN_EACH_TYPE + GROUP_WITH_FIELDS))
    add("different_ns_high_s", "Different timestamps, b's node signature with high s: still proven.", "equivocation",
        100, env(), env(ns=NS_BASE + 7), sig_b="high")
    add("different_ns_both_high_s_v27", "Different timestamps, both node signatures high s with v 27/28.",
        "equivocation", 300, env(), env(ns=NS_BASE - 1), sig_a="high_eth", sig_b="high_eth")
    add("different_ns_v27", "Different timestamps, a's node signature with v 27/28.", "equivocation", 200, env(),
        env(ns=NS_BASE + 1), sig_a="eth")
    add("negative_ns", "originator_ns -1 against 0 (absent).", "equivocation", 100, env(ns=-1), env(ns=0))

    def reencoded(n, seq):
        f = raw_originator(n, seq, payer_envelope(n))
        return (f_varint(1, U32 + n) + f_varint(2, seq, 10) + f_varint(3, NS_BASE, 10) + f["pe"] + f["fees"]
                + f["expiry"] + f_fixed32(3, 1))
    add("same_values_reencoded", "b encodes the same values differently (node id + 2^32, over-long varints, a "
        "fixed32 field 3 kept as unknown): not an equivocation.", "NotEquivocation", 100, env(), reencoded)

    def repeated_ns_last_same(n, seq):
        f = raw_originator(n, seq, payer_envelope(n))
        return (f_varint(3, 1) + f_bytes(4, b"first") + f["node"] + f["seq"] + f["ns"] + f["pe"] + f["fees"]
                + f["expiry"])
    add("repeated_fields_last_same", "b repeats ns and payer_envelope_bytes with other first values; the last "
        "values are a's.", "NotEquivocation", 100, env(), repeated_ns_last_same)

    def repeated_ns_last_differs(n, seq):
        return env()(n, seq) + f_varint(3, NS_BASE + 2)
    add("repeated_ns_last_differs", "b ends with a second originator_ns that differs: the last counts.",
        "equivocation", 100, env(), repeated_ns_last_differs)

    def opaque_payer(n, seq):
        return originator_envelope(n, seq, b"\xff\xff not a payer envelope")
    add("payer_bytes_not_protobuf", "b's payer_envelope_bytes are not protobuf: equivocation compares the bytes "
        "and never parses them.", "equivocation", 100, env(), opaque_payer)
    add("sequence_id_max", "Sequence id 2^64 - 1, different timestamps.", "equivocation", 100,
        lambda n, seq: env()(n, U64 - 1), lambda n, seq: env(ns=NS_BASE + 1)(n, U64 - 1))
    add("refused_a_unknown_wire_type_7", "a ends with a wire-type-7 field: protobuf refuses it.", "refused", 100,
        env(extra=tag(15, 7)), env(ns=NS_BASE + 1))
    add("refused_b_stray_end_group", "b ends with an end-group tag and no group open.", "refused", 100, env(),
        env(ns=NS_BASE + 1, extra=tag(19, 4)))
    add("refused_b_truncated", "b's last field is cut short.", "refused", 200, env(),
        lambda n, seq: env(ns=NS_BASE + 1)(n, seq) + tag(7, 0) + b"\xff")
    add("refused_b_mismatched_end_group", "b ends with group 19 closed by end-group 20.", "refused", 100, env(),
        env(ns=NS_BASE + 1, extra=tag(19, 3) + tag(20, 4)))
    return cases


# ---------------------------------------------------------------- output

def with_refusal(description, err):
    return description if err is None else "%s (protobuf-go: %s)." % (description.rstrip("."), err)


def build():
    check_divergences()
    payload = []
    seen = {}
    for c in payload_cases():
        expect, decoded, err = judge_payload(c["node_id"], c["unsigned"], c["node_sig"])
        if expect != c["intent"]:
            raise SystemExit("%s: meant as %s, judged %s" % (c["name"], c["intent"], expect))
        payload.append({"name": c["name"], "description": with_refusal(c["description"], err),
                        "node_id": c["node_id"], "unsigned_originator_envelope": hx(c["unsigned"]),
                        "node_signature": hx(c["node_sig"]), "decoded": decoded, "expect": expect})
        if decoded is not None:
            key = (c["node_id"], decoded["originator_sequence_id"])
            assert key not in seen, "sequence id reused: %s and %s" % (seen[key], c["name"])
            seen[key] = c["name"]
    equivocation = []
    for c in equivocation_cases():
        expect, err = judge_equivocation(c["node_id"], c["a"], c["b"])
        if expect != c["intent"]:
            raise SystemExit("%s: meant as %s, judged %s" % (c["name"], c["intent"], expect))
        equivocation.append({"name": c["name"], "description": with_refusal(c["description"], err),
                             "node_id": c["node_id"],
                             "a": {"unsigned_originator_envelope": hx(c["a"][0]), "node_signature": hx(c["a"][1])},
                             "b": {"unsigned_originator_envelope": hx(c["b"][0]), "node_signature": hx(c["b"][1])},
                             "expect": expect})
    for cases in (payload, equivocation):
        names = [c["name"] for c in cases]
        assert len(names) == len(set(names)), "duplicate case names"
        cases.sort(key=lambda c: c["name"])
    generator = "tools/wire-vectors/generate.py; protobuf %s (%s), coincurve %s, grpcio-tools %s, pycryptodome %s" % (
        metadata.version("protobuf"), api_implementation.Type(), metadata.version("coincurve"),
        metadata.version("grpcio-tools"), metadata.version("pycryptodome"))
    return {
        "version": 1,
        "generator": generator,
        "nodes": [
            {
                "node_id": n,
                "signer": NODE_SIGNERS[n],
                "public_key": hx(NODE_KEYS[n].public_key.format(compressed=False)),
            }
            for n in NODE_IDS
        ],
        "payload_cases": payload,
        "equivocation_cases": equivocation,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--build-dir", default=os.path.join("target", "wire-vectors", "gen"))
    args = ap.parse_args()
    if api_implementation.Type() != "upb":
        sys.exit("protobuf's upb backend is required (found %s)" % api_implementation.Type())
    compile_proto(args.build_dir)
    doc = build()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(doc, f, indent=2, ensure_ascii=True)
        f.write("\n")
    counts = {}
    for c in doc["payload_cases"] + doc["equivocation_cases"]:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    print("wrote %s: %d payload and %d equivocation cases (%s)" % (
        args.out, len(doc["payload_cases"]), len(doc["equivocation_cases"]),
        ", ".join("%s %d" % kv for kv in sorted(counts.items()))))


if __name__ == "__main__":
    main()
