//! Bytes protobuf-go refuses as an `UnsignedOriginatorEnvelope`, and the error each raises.

use alloy::primitives::hex;

use crate::evidence::protobuf::{Writer, MAX_OPEN_GROUPS};

pub(super) fn cases() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let mut eleven = vec![0x10];
    eleven.extend([0x80; 10]);
    eleven.push(0x00);
    let mut tenth_over_one = vec![0x10];
    tenth_over_one.extend([0xff; 9]);
    tenth_over_one.push(0x02);
    let mut key_eleven = vec![0x80; 10];
    key_eleven.push(0x00);
    let mut huge_length = vec![0x22];
    huge_length.extend([0xff; 9]);
    huge_length.push(0x01);
    let written = |write: &dyn Fn(&mut Writer)| {
        let mut w = Writer::new();
        w.varint(1, 100);
        write(&mut w);
        w.finish().to_vec()
    };
    vec![
        (
            "truncated-varint-value",
            hex!("0864 1080").to_vec(),
            "Truncated",
        ),
        ("truncated-key", hex!("0864 80").to_vec(), "Truncated"),
        ("key-without-value", hex!("0864 10").to_vec(), "Truncated"),
        ("varint-11-bytes", eleven, "VarintTooLong"),
        ("varint-10th-byte-above-1", tenth_over_one, "VarintTooLong"),
        ("key-varint-11-bytes", key_eleven, "VarintTooLong"),
        (
            "length-past-end",
            hex!("0864 2205 010203").to_vec(),
            "Truncated",
        ),
        (
            "length-without-bytes",
            hex!("0864 22").to_vec(),
            "Truncated",
        ),
        ("length-2^64-1", huge_length, "Truncated"),
        (
            "fixed64-truncated",
            hex!("0864 49 01020304050607").to_vec(),
            "Truncated",
        ),
        (
            "fixed32-truncated",
            hex!("0864 4d 010203").to_vec(),
            "Truncated",
        ),
        (
            "group-unterminated",
            hex!("0864 4b 0801").to_vec(),
            "Truncated",
        ),
        (
            "group-nested-unterminated",
            hex!("0864 4b 53 54").to_vec(),
            "Truncated",
        ),
        (
            "stray-end-group",
            hex!("0864 4c").to_vec(),
            "UnexpectedEndGroup",
        ),
        (
            "mismatched-end-group",
            hex!("0864 4b 54").to_vec(),
            "UnexpectedEndGroup",
        ),
        (
            "nested-groups-closed-out-of-order",
            hex!("0864 4b 53 4c 54").to_vec(),
            "UnexpectedEndGroup",
        ),
        (
            "groups-10002-deep",
            written(&|w| {
                w.nested_groups(9, MAX_OPEN_GROUPS + 1, &[]);
            }),
            "GroupTooDeep",
        ),
        (
            "wire-type-6",
            hex!("0864 4e 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-7",
            hex!("0864 4f 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-6-on-known-field",
            hex!("0864 0e 00").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "wire-type-7-inside-group",
            hex!("0864 4b 0f 4c").to_vec(),
            "UnsupportedWireType",
        ),
        (
            "field-number-0",
            hex!("0864 0001").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-0-length-delimited",
            hex!("0200").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-0-two-byte-key",
            hex!("8000 01").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-0-inside-group",
            hex!("0864 4b 00").to_vec(),
            "InvalidFieldNumber",
        ),
        (
            "field-number-2^29-at-message-level",
            written(&|w| {
                w.varint(1 << 29, 1);
            }),
            "InvalidFieldNumber",
        ),
        (
            "group-number-2^29-at-message-level",
            written(&|w| {
                w.group(1 << 29, &[]);
            }),
            "InvalidFieldNumber",
        ),
        (
            "field-number-2^31-inside-group",
            written(&|w| {
                let mut inner = Writer::new();
                inner.varint(1 << 31, 1);
                w.group(9, inner.as_slice());
            }),
            "InvalidFieldNumber",
        ),
        (
            "error-after-valid-fields",
            hex!("0864 1007 2200 00").to_vec(),
            "InvalidFieldNumber",
        ),
    ]
}
