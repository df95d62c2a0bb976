//! A minimal protobuf reader and writer, exactly as strict as the contract's parser.
//!
//! Only what envelopes need: varints of at most 10 bytes, wire types 0 (varint), 1 (64-bit),
//! 2 (length-delimited) and 5 (32-bit). Groups (wire types 3 and 4) and the undefined wire
//! types 6 and 7 are refused. A key is decoded as `field << 3 | wire type`; field number 0 is
//! refused before the wire type is looked at.

use alloy::primitives::Bytes;

/// Why protobuf bytes could not be read. The variant names are the contract's error names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProtobufError {
    /// A varint, a fixed-width value or a length-delimited value runs past the end.
    #[error("protobuf input ends in the middle of a value")]
    Truncated,
    /// A varint has more than 10 bytes, or its 10th byte is above 1 (the value overflows 64 bits).
    #[error("varint longer than 10 bytes or above 2^64 - 1")]
    VarintTooLong,
    /// A key names wire type 3, 4, 6 or 7.
    #[error("unsupported wire type {0}")]
    UnsupportedWireType(u8),
    /// A key names field number 0.
    #[error("field number 0")]
    InvalidFieldNumber,
    /// A `uint32` field (its number) holds a varint above 2^32 - 1.
    #[error("field {0} holds a value above 2^32 - 1")]
    ValueOutOfRange(u64),
    /// A known field is encoded with a wire type its type never uses.
    #[error("field {0} has the wrong wire type")]
    WrongWireType(u64),
}

impl ProtobufError {
    /// The contract's name for this error, as the test vectors spell it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Truncated => "Truncated",
            Self::VarintTooLong => "VarintTooLong",
            Self::UnsupportedWireType(_) => "UnsupportedWireType",
            Self::InvalidFieldNumber => "InvalidFieldNumber",
            Self::ValueOutOfRange(_) => "ValueOutOfRange",
            Self::WrongWireType(_) => "WrongWireType",
        }
    }

    /// The error's arguments as the contract's error carries them: the wire type of
    /// `UnsupportedWireType`, the field number of `WrongWireType` and `ValueOutOfRange`, none for
    /// the others.
    pub fn arguments(&self) -> Vec<u64> {
        match self {
            Self::UnsupportedWireType(wire_type) => vec![u64::from(*wire_type)],
            Self::WrongWireType(field) | Self::ValueOutOfRange(field) => vec![*field],
            Self::Truncated | Self::VarintTooLong | Self::InvalidFieldNumber => Vec::new(),
        }
    }
}

/// The protobuf wire types this reader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireType {
    /// 0: a varint.
    Varint,
    /// 1: eight bytes.
    Fixed64,
    /// 2: a varint length, then that many bytes.
    LengthDelimited,
    /// 5: four bytes.
    Fixed32,
}

impl WireType {
    /// The wire type's number in a key.
    pub fn number(self) -> u8 {
        match self {
            Self::Varint => 0,
            Self::Fixed64 => 1,
            Self::LengthDelimited => 2,
            Self::Fixed32 => 5,
        }
    }

    fn from_number(number: u8) -> Result<Self, ProtobufError> {
        match number {
            0 => Ok(Self::Varint),
            1 => Ok(Self::Fixed64),
            2 => Ok(Self::LengthDelimited),
            5 => Ok(Self::Fixed32),
            other => Err(ProtobufError::UnsupportedWireType(other)),
        }
    }
}

/// A field's value as read from the wire: a varint, or the bytes of any other wire type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    /// Wire type 0.
    Varint(u64),
    /// Wire type 1, 5 or 2: the value's bytes (8, 4, or the length-delimited payload).
    Bytes(WireType, &'a [u8]),
}

/// One field read from a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field number (never 0).
    pub number: u64,
    /// The value.
    pub value: Value<'a>,
    /// The field's whole encoding, key included, as it appeared in the input.
    pub raw: &'a [u8],
}

impl<'a> Field<'a> {
    /// The value of a varint field (`uint64`, `int64`), or `WrongWireType`.
    pub fn varint(&self) -> Result<u64, ProtobufError> {
        match self.value {
            Value::Varint(v) => Ok(v),
            Value::Bytes(..) => Err(ProtobufError::WrongWireType(self.number)),
        }
    }

    /// The value of a `uint32` varint field, or `WrongWireType` / `ValueOutOfRange`.
    pub fn uint32(&self) -> Result<u32, ProtobufError> {
        u32::try_from(self.varint()?).map_err(|_| ProtobufError::ValueOutOfRange(self.number))
    }

    /// The payload of a length-delimited field (`bytes`, `string`, a message), or `WrongWireType`.
    pub fn bytes(&self) -> Result<&'a [u8], ProtobufError> {
        match self.value {
            Value::Bytes(WireType::LengthDelimited, bytes) => Ok(bytes),
            _ => Err(ProtobufError::WrongWireType(self.number)),
        }
    }
}

/// Reads the fields of one message, in order.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    input: &'a [u8],
    position: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `input`.
    pub fn new(input: &'a [u8]) -> Self {
        Self { input, position: 0 }
    }

    /// Whether every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.position >= self.input.len()
    }

    /// Reads one varint: at most 10 bytes, the 10th at most 1.
    pub fn read_varint(&mut self) -> Result<u64, ProtobufError> {
        let mut value = 0u64;
        for index in 0..10 {
            let byte = *self
                .input
                .get(self.position)
                .ok_or(ProtobufError::Truncated)?;
            self.position += 1;
            if index == 9 && byte > 1 {
                return Err(ProtobufError::VarintTooLong);
            }
            value |= u64::from(byte & 0x7f) << (7 * index);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        // Unreachable: a 10th byte with its continuation bit set is above 1.
        Err(ProtobufError::VarintTooLong)
    }

    fn take(&mut self, len: u64) -> Result<&'a [u8], ProtobufError> {
        let remaining = self.input.len() - self.position;
        let len = usize::try_from(len)
            .ok()
            .filter(|len| *len <= remaining)
            .ok_or(ProtobufError::Truncated)?;
        let bytes = &self.input[self.position..self.position + len];
        self.position += len;
        Ok(bytes)
    }

    /// Reads the next field, or `None` at the end of the input.
    pub fn next_field(&mut self) -> Result<Option<Field<'a>>, ProtobufError> {
        if self.is_empty() {
            return Ok(None);
        }
        let start = self.position;
        let key = self.read_varint()?;
        let number = key >> 3;
        if number == 0 {
            return Err(ProtobufError::InvalidFieldNumber);
        }
        // The low three bits always fit a u8.
        let wire_type = WireType::from_number((key & 7) as u8)?;
        let value = match wire_type {
            WireType::Varint => Value::Varint(self.read_varint()?),
            WireType::Fixed64 => Value::Bytes(wire_type, self.take(8)?),
            WireType::Fixed32 => Value::Bytes(wire_type, self.take(4)?),
            WireType::LengthDelimited => {
                let len = self.read_varint()?;
                Value::Bytes(wire_type, self.take(len)?)
            }
        };
        Ok(Some(Field {
            number,
            value,
            raw: &self.input[start..self.position],
        }))
    }
}

/// Writes fields of one message. Values are written as given: a zero is written if asked, the
/// `*_nonzero` helpers leave zero values out as proto3 does.
#[derive(Debug, Clone, Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    /// An empty message.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a varint, unframed.
    pub fn raw_varint(&mut self, mut value: u64) -> &mut Self {
        while value >= 0x80 {
            self.out.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.out.push(value as u8);
        self
    }

    /// Appends bytes as they are (for hand-made or deliberately broken encodings).
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.out.extend_from_slice(bytes);
        self
    }

    /// Appends a key.
    pub fn key(&mut self, field: u64, wire_type: WireType) -> &mut Self {
        self.raw_varint(field << 3 | u64::from(wire_type.number()))
    }

    /// Appends a varint field (`uint32`, `uint64`; an `int64` as its two's complement `u64`).
    pub fn varint(&mut self, field: u64, value: u64) -> &mut Self {
        self.key(field, WireType::Varint).raw_varint(value)
    }

    /// Appends a varint field unless `value` is 0.
    pub fn varint_nonzero(&mut self, field: u64, value: u64) -> &mut Self {
        if value != 0 {
            self.varint(field, value);
        }
        self
    }

    /// Appends a length-delimited field.
    pub fn bytes(&mut self, field: u64, value: &[u8]) -> &mut Self {
        self.key(field, WireType::LengthDelimited)
            .raw_varint(value.len() as u64)
            .raw(value)
    }

    /// Appends a length-delimited field unless `value` is empty.
    pub fn bytes_nonempty(&mut self, field: u64, value: &[u8]) -> &mut Self {
        if !value.is_empty() {
            self.bytes(field, value);
        }
        self
    }

    /// Appends a 64-bit field.
    pub fn fixed64(&mut self, field: u64, value: u64) -> &mut Self {
        self.key(field, WireType::Fixed64).raw(&value.to_le_bytes())
    }

    /// Appends a 32-bit field.
    pub fn fixed32(&mut self, field: u64, value: u32) -> &mut Self {
        self.key(field, WireType::Fixed32).raw(&value.to_le_bytes())
    }

    /// The message written so far.
    pub fn as_slice(&self) -> &[u8] {
        &self.out
    }

    /// The finished message.
    pub fn finish(&mut self) -> Bytes {
        Bytes::from(std::mem::take(&mut self.out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(input: &[u8]) -> Result<Vec<Field<'_>>, ProtobufError> {
        let mut reader = Reader::new(input);
        let mut fields = Vec::new();
        while let Some(field) = reader.next_field()? {
            fields.push(field);
        }
        Ok(fields)
    }

    #[test]
    fn varints_round_trip_at_every_length() {
        let mut values = vec![
            0,
            1,
            127,
            128,
            300,
            u64::from(u32::MAX),
            u64::MAX,
            -1i64 as u64,
        ];
        values.extend((0..64).map(|shift| 1u64 << shift));
        for value in values {
            let mut writer = Writer::new();
            writer.raw_varint(value);
            let bytes = writer.finish();
            assert!(bytes.len() <= 10);
            let mut reader = Reader::new(&bytes);
            assert_eq!(reader.read_varint(), Ok(value), "{value}");
            assert!(reader.is_empty());
        }
    }

    #[test]
    fn known_varint_encodings() {
        let mut writer = Writer::new();
        writer.raw_varint(300);
        assert_eq!(writer.as_slice(), [0xac, 0x02]);
        let mut writer = Writer::new();
        writer.raw_varint(-1i64 as u64);
        assert_eq!(
            writer.as_slice(),
            [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
        );
    }

    #[test]
    fn varint_limits() {
        // The 10th byte may be 0 or 1 only.
        let mut max = vec![0xff; 9];
        max.push(0x01);
        assert_eq!(Reader::new(&max).read_varint(), Ok(u64::MAX));
        let mut over = vec![0xff; 9];
        over.push(0x02);
        assert_eq!(
            Reader::new(&over).read_varint(),
            Err(ProtobufError::VarintTooLong)
        );
        let mut eleven = vec![0x80; 10];
        eleven.push(0x00);
        assert_eq!(
            Reader::new(&eleven).read_varint(),
            Err(ProtobufError::VarintTooLong)
        );
        // Non-canonical padding within 10 bytes is accepted, as protobuf does.
        assert_eq!(Reader::new(&[0x81, 0x80, 0x00]).read_varint(), Ok(1));
        assert_eq!(
            Reader::new(&[0x80, 0x80]).read_varint(),
            Err(ProtobufError::Truncated)
        );
        assert_eq!(
            Reader::new(&[]).read_varint(),
            Err(ProtobufError::Truncated)
        );
    }

    #[test]
    fn reads_every_supported_wire_type() {
        let mut writer = Writer::new();
        writer
            .varint(1, 150)
            .fixed64(2, 0x0102_0304_0506_0708)
            .bytes(3, b"abc")
            .fixed32(4, 7)
            .bytes(5, b"");
        let bytes = writer.finish();
        let fields = read_all(&bytes).unwrap();
        assert_eq!(fields.len(), 5);
        assert_eq!(fields[0].varint(), Ok(150));
        assert_eq!(fields[0].raw, [0x08, 0x96, 0x01]);
        assert_eq!(
            fields[1].value,
            Value::Bytes(WireType::Fixed64, &[8, 7, 6, 5, 4, 3, 2, 1])
        );
        assert_eq!(fields[2].bytes(), Ok(&b"abc"[..]));
        assert_eq!(
            fields[3].value,
            Value::Bytes(WireType::Fixed32, &[7, 0, 0, 0])
        );
        assert_eq!(fields[4].bytes(), Ok(&b""[..]));
        let raw: Vec<u8> = fields.iter().flat_map(|f| f.raw.iter().copied()).collect();
        assert_eq!(raw, bytes.to_vec());
    }

    #[test]
    fn refuses_unsupported_wire_types_and_field_zero() {
        for wire_type in [3u8, 4, 6, 7] {
            assert_eq!(
                read_all(&[(9 << 3) | wire_type, 0]),
                Err(ProtobufError::UnsupportedWireType(wire_type))
            );
        }
        assert_eq!(
            read_all(&[0x00, 0x01]),
            Err(ProtobufError::InvalidFieldNumber)
        );
        // Field 0 is refused before its wire type is looked at.
        assert_eq!(read_all(&[0x07]), Err(ProtobufError::InvalidFieldNumber));
    }

    #[test]
    fn truncation_of_each_wire_type() {
        for input in [
            &[0x08][..],                      // varint value missing
            &[0x08, 0x80][..],                // varint cut short
            &[0x09, 1, 2, 3, 4, 5, 6, 7][..], // fixed64 with 7 bytes
            &[0x0d, 1, 2, 3][..],             // fixed32 with 3 bytes
            &[0x0a, 0x03, 1, 2][..],          // length 3, 2 bytes
            &[0x0a][..],                      // length missing
            &[
                0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01,
            ][..], // length 2^64 - 1
            &[0x80][..],                      // key cut short
        ] {
            assert_eq!(read_all(input), Err(ProtobufError::Truncated), "{input:?}");
        }
    }

    #[test]
    fn typed_accessors_check_wire_type_and_range() {
        let mut writer = Writer::new();
        writer
            .varint(1, 1 << 32)
            .bytes(2, b"x")
            .varint(3, u64::from(u32::MAX));
        let bytes = writer.finish();
        let fields = read_all(&bytes).unwrap();
        assert_eq!(
            fields[0].uint32(),
            Err(ProtobufError::ValueOutOfRange(fields[0].number))
        );
        assert_eq!(fields[0].bytes(), Err(ProtobufError::WrongWireType(1)));
        assert_eq!(fields[1].varint(), Err(ProtobufError::WrongWireType(2)));
        assert_eq!(fields[2].uint32(), Ok(u32::MAX));
    }

    #[test]
    fn nonzero_helpers_omit_zero_values() {
        let mut writer = Writer::new();
        writer
            .varint_nonzero(1, 0)
            .bytes_nonempty(2, b"")
            .varint(3, 0);
        assert_eq!(writer.as_slice(), [0x18, 0x00]);
    }
}

/// Randomized tests: the reader never panics, and what the writer writes reads back.
#[cfg(test)]
mod fuzz {
    use super::*;
    use crate::evidence::envelope::{PayerEnvelope, UnsignedOriginatorEnvelope};
    use proptest::prelude::*;

    /// Reads every field of `input`, as far as it goes.
    fn read_all(input: &[u8]) -> Result<usize, ProtobufError> {
        let mut reader = Reader::new(input);
        let mut count = 0;
        while reader.next_field()?.is_some() {
            count += 1;
        }
        Ok(count)
    }

    fn originator_envelope() -> impl Strategy<Value = UnsignedOriginatorEnvelope> {
        (
            any::<u32>(),
            any::<u64>(),
            any::<i64>(),
            proptest::collection::vec(any::<u8>(), 0..200),
        )
            .prop_map(|(node, sequence, ns, payer)| UnsignedOriginatorEnvelope {
                originator_node_id: node,
                originator_sequence_id: sequence,
                originator_ns: ns,
                payer_envelope_bytes: payer.into(),
                other_fields: Bytes::new(),
            })
    }

    fn payer_envelope() -> impl Strategy<Value = PayerEnvelope> {
        (
            proptest::collection::vec(any::<u8>(), 0..200),
            proptest::option::of(proptest::collection::vec(any::<u8>(), 0..80)),
            any::<u32>(),
            any::<u32>(),
        )
            .prop_map(|(client, signature, target, retention)| PayerEnvelope {
                unsigned_client_envelope: client.into(),
                payer_signature: signature.map(Into::into),
                target_originator: target,
                message_retention_days: retention,
            })
    }

    proptest! {
        #[test]
        fn random_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = read_all(&input);
            let _ = UnsignedOriginatorEnvelope::decode(&input);
            let _ = PayerEnvelope::decode(&input);
        }

        #[test]
        fn varints_round_trip(value in any::<u64>()) {
            let mut writer = Writer::new();
            writer.raw_varint(value);
            prop_assert_eq!(Reader::new(writer.as_slice()).read_varint(), Ok(value));
        }

        #[test]
        fn originator_envelopes_round_trip(envelope in originator_envelope()) {
            prop_assert_eq!(UnsignedOriginatorEnvelope::decode(&envelope.encode()), Ok(envelope));
        }

        #[test]
        fn payer_envelopes_round_trip(envelope in payer_envelope()) {
            prop_assert_eq!(PayerEnvelope::decode(&envelope.encode()), Ok(envelope));
        }

        /// A prefix of a valid message either is a valid message or ends mid-value.
        #[test]
        fn every_truncation_is_valid_or_truncated(envelope in originator_envelope()) {
            let bytes = envelope.encode();
            for end in 0..bytes.len() {
                match UnsignedOriginatorEnvelope::decode(&bytes[..end]) {
                    Ok(_) | Err(ProtobufError::Truncated) => {}
                    Err(other) => prop_assert!(false, "prefix of {} bytes: {:?}", end, other),
                }
            }
        }

        /// Flipping one byte of a valid envelope never panics the reader.
        #[test]
        fn corrupted_envelopes_never_panic(
            envelope in originator_envelope(),
            position in any::<usize>(),
            byte in any::<u8>(),
        ) {
            let mut bytes = envelope.encode().to_vec();
            if !bytes.is_empty() {
                let index = position % bytes.len();
                bytes[index] = byte;
            }
            let _ = UnsignedOriginatorEnvelope::decode(&bytes);
        }
    }
}
