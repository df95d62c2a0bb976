//! A protobuf reader and writer that read bytes exactly as protobuf-go's `proto.Unmarshal` does
//! (spec section 3), because a node signs what protobuf-go accepted: reading stricter would slash
//! honest nodes, reading looser would let a dishonest one escape.
//!
//! The [`Reader`] yields a message's fields in order. Wire types 0, 1, 2 and 5 carry their value;
//! an unknown group (wire type 3) is skipped as a whole, nested groups included, without
//! recursion. Which fields are known, and with which wire type, is the envelope decoder's
//! business: a known number with another wire type is just another unknown field.
//!
//! The [`Writer`] writes well-formed messages and, for test vectors, every honest oddity
//! protobuf-go accepts (groups, repeated fields, over-long varints) and broken bytes it refuses.

use alloy::primitives::Bytes;

/// The largest field number of a message-level key (protobuf-go's `MaxValidNumber`).
pub const MAX_FIELD_NUMBER: u64 = (1 << 29) - 1;
/// The largest field number of a key inside a skipped group: protobuf-go's `ConsumeTag` only
/// refuses numbers that do not fit an `int32` there.
pub const MAX_GROUP_FIELD_NUMBER: u64 = (1 << 31) - 1;
/// How many groups may be open at once while skipping: protobuf-go starts its recursion budget at
/// 10,000 and refuses a group only once the budget is below zero, so 10,001 fit.
pub const MAX_OPEN_GROUPS: usize = 10_001;
/// The longest varint, in bytes.
pub const MAX_VARINT_BYTES: usize = 10;

/// Why protobuf-go would refuse the bytes. The variant names are the contract's error names
/// without their `Protobuf` prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ProtobufError {
    /// A key, a varint, a fixed-width value or a length-delimited value runs past the end, or
    /// the input ends inside a group.
    #[error("protobuf input ends in the middle of a value")]
    Truncated,
    /// A varint has more than 10 bytes, or its 10th byte is above 1 (the value overflows 64 bits).
    #[error("varint longer than 10 bytes or above 2^64 - 1")]
    VarintTooLong,
    /// A key's field number is 0 or above the limit of where it stands (2^29 - 1 in a message,
    /// 2^31 - 1 inside a group).
    #[error("field number out of range")]
    InvalidFieldNumber,
    /// A key names wire type 6 or 7, which protobuf never defined.
    #[error("unsupported wire type {0}")]
    UnsupportedWireType(u8),
    /// An end-group key (field number given) where no group of that number is open.
    #[error("end of group {0} where no such group is open")]
    UnexpectedEndGroup(u64),
    /// More than [`MAX_OPEN_GROUPS`] groups open at once.
    #[error("more than 10001 nested groups")]
    GroupTooDeep,
}

impl ProtobufError {
    /// The contract's name for this error, as the test vectors spell it.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Truncated => "Truncated",
            Self::VarintTooLong => "VarintTooLong",
            Self::InvalidFieldNumber => "InvalidFieldNumber",
            Self::UnsupportedWireType(_) => "UnsupportedWireType",
            Self::UnexpectedEndGroup(_) => "UnexpectedEndGroup",
            Self::GroupTooDeep => "GroupTooDeep",
        }
    }

    /// The error's arguments as the contract's error carries them: the wire type of
    /// `UnsupportedWireType`, the field number of `UnexpectedEndGroup`, none for the others.
    pub fn arguments(&self) -> Vec<u64> {
        match self {
            Self::UnsupportedWireType(wire_type) => vec![u64::from(*wire_type)],
            Self::UnexpectedEndGroup(field) => vec![*field],
            Self::Truncated
            | Self::VarintTooLong
            | Self::InvalidFieldNumber
            | Self::GroupTooDeep => Vec::new(),
        }
    }
}

/// The protobuf wire types (6 and 7 are undefined and refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WireType {
    /// 0: a varint.
    Varint,
    /// 1: eight bytes.
    Fixed64,
    /// 2: a varint length, then that many bytes.
    LengthDelimited,
    /// 3: fields up to the matching end-group key.
    StartGroup,
    /// 4: closes the innermost open group.
    EndGroup,
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
            Self::StartGroup => 3,
            Self::EndGroup => 4,
            Self::Fixed32 => 5,
        }
    }

    /// The wire type of a key's low three bits.
    pub fn from_number(number: u8) -> Result<Self, ProtobufError> {
        match number {
            0 => Ok(Self::Varint),
            1 => Ok(Self::Fixed64),
            2 => Ok(Self::LengthDelimited),
            3 => Ok(Self::StartGroup),
            4 => Ok(Self::EndGroup),
            5 => Ok(Self::Fixed32),
            other => Err(ProtobufError::UnsupportedWireType(other)),
        }
    }
}

/// A field's value as read from the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value<'a> {
    /// Wire type 0.
    Varint(u64),
    /// Wire type 1 (8 bytes), 5 (4 bytes), 2 (the payload) or 3 (the group's contents, without
    /// its end-group key).
    Bytes(WireType, &'a [u8]),
}

/// One field read from a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field number, in `[1, 2^29 - 1]`.
    pub number: u64,
    /// The value.
    pub value: Value<'a>,
    /// The field's whole encoding, key (and end-group key) included, as it appeared.
    pub raw: &'a [u8],
}

impl<'a> Field<'a> {
    /// The field's wire type.
    pub fn wire_type(&self) -> WireType {
        match self.value {
            Value::Varint(_) => WireType::Varint,
            Value::Bytes(wire_type, _) => wire_type,
        }
    }

    /// The value of a varint field (`uint64`; an `int64` is its two's complement), `None` when the
    /// field has another wire type (protobuf-go then keeps it as an unknown field).
    pub fn varint(&self) -> Option<u64> {
        match self.value {
            Value::Varint(v) => Some(v),
            Value::Bytes(..) => None,
        }
    }

    /// The value of a `uint32` field: the varint's low 32 bits, as protobuf-go truncates it.
    pub fn uint32(&self) -> Option<u32> {
        self.varint().map(|v| v as u32)
    }

    /// The payload of a length-delimited field (`bytes`, a message), `None` for another wire type.
    pub fn bytes(&self) -> Option<&'a [u8]> {
        match self.value {
            Value::Bytes(WireType::LengthDelimited, bytes) => Some(bytes),
            _ => None,
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

    /// Reads one varint: at most 10 bytes, the 10th at most 1; padding (`0x80 0x00`) is fine.
    pub fn read_varint(&mut self) -> Result<u64, ProtobufError> {
        let mut value = 0u64;
        for index in 0..MAX_VARINT_BYTES {
            let byte = *self
                .input
                .get(self.position)
                .ok_or(ProtobufError::Truncated)?;
            self.position += 1;
            if index == MAX_VARINT_BYTES - 1 && byte > 1 {
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

    /// Reads a key: its field number (checked against `max_number`) and wire type (6 and 7
    /// refused). The number is checked first, as protobuf-go does.
    fn read_key(&mut self, max_number: u64) -> Result<(u64, WireType), ProtobufError> {
        let key = self.read_varint()?;
        let number = key >> 3;
        if number == 0 || number > max_number {
            return Err(ProtobufError::InvalidFieldNumber);
        }
        // The low three bits always fit a u8.
        Ok((number, WireType::from_number((key & 7) as u8)?))
    }

    /// Reads the value of field `number` with `wire_type`: a group is skipped to its end key; an
    /// end key has no group to close here.
    fn read_value(&mut self, number: u64, wire_type: WireType) -> Result<Value<'a>, ProtobufError> {
        Ok(match wire_type {
            WireType::Varint => Value::Varint(self.read_varint()?),
            WireType::Fixed64 => Value::Bytes(wire_type, self.take(8)?),
            WireType::Fixed32 => Value::Bytes(wire_type, self.take(4)?),
            WireType::LengthDelimited => {
                let len = self.read_varint()?;
                Value::Bytes(wire_type, self.take(len)?)
            }
            WireType::StartGroup => Value::Bytes(wire_type, self.skip_group(number)?),
            WireType::EndGroup => return Err(ProtobufError::UnexpectedEndGroup(number)),
        })
    }

    /// Skips the contents of group `number`, whose start key was just read, up to and including
    /// its end key; returns the contents. Iterative, with an explicit stack of open group numbers,
    /// so that 10,001 nested groups cost memory, not call stack.
    fn skip_group(&mut self, number: u64) -> Result<&'a [u8], ProtobufError> {
        let start = self.position;
        let mut open = vec![number];
        let mut end = start;
        while let Some(&innermost) = open.last() {
            let key_start = self.position;
            let (inner, wire_type) = self.read_key(MAX_GROUP_FIELD_NUMBER)?;
            match wire_type {
                WireType::StartGroup => {
                    if open.len() == MAX_OPEN_GROUPS {
                        return Err(ProtobufError::GroupTooDeep);
                    }
                    open.push(inner);
                }
                WireType::EndGroup if inner == innermost => {
                    open.pop();
                    end = key_start;
                }
                WireType::EndGroup => return Err(ProtobufError::UnexpectedEndGroup(inner)),
                other => {
                    self.read_value(inner, other)?;
                }
            }
        }
        Ok(&self.input[start..end])
    }

    /// Reads the next field, or `None` at the end of the input.
    pub fn next_field(&mut self) -> Result<Option<Field<'a>>, ProtobufError> {
        if self.is_empty() {
            return Ok(None);
        }
        let start = self.position;
        let (number, wire_type) = self.read_key(MAX_FIELD_NUMBER)?;
        let value = self.read_value(number, wire_type)?;
        Ok(Some(Field {
            number,
            value,
            raw: &self.input[start..self.position],
        }))
    }
}

/// Writes fields of one message. Values are written as given: a zero is written if asked, the
/// `*_nonzero` helpers leave zero values out as proto3 does. Nothing stops a caller from writing
/// bytes protobuf-go refuses: vectors need those too.
#[derive(Debug, Clone, Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    /// An empty message.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a varint, unframed, in its shortest form.
    pub fn raw_varint(&mut self, mut value: u64) -> &mut Self {
        while value >= 0x80 {
            self.out.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.out.push(value as u8);
        self
    }

    /// Appends a varint padded with continuation bytes to exactly `len` bytes (at least its
    /// shortest length; `len` above 10 writes a varint protobuf-go refuses).
    pub fn padded_varint(&mut self, value: u64, len: usize) -> &mut Self {
        let mut bytes = Vec::with_capacity(len);
        let mut rest = value;
        loop {
            bytes.push((rest & 0x7f) as u8);
            rest >>= 7;
            if rest == 0 {
                break;
            }
        }
        bytes.resize(len.max(bytes.len()), 0);
        let last = bytes.len() - 1;
        for byte in &mut bytes[..last] {
            *byte |= 0x80;
        }
        self.raw(&bytes)
    }

    /// Appends bytes as they are (for hand-made or deliberately broken encodings).
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.out.extend_from_slice(bytes);
        self
    }

    /// Appends a key.
    pub fn key(&mut self, field: u64, wire_type: WireType) -> &mut Self {
        self.raw_key(field, wire_type.number())
    }

    /// Appends a key of any wire type number (6 and 7 included) and any field number.
    pub fn raw_key(&mut self, field: u64, wire_type: u8) -> &mut Self {
        self.raw_varint(field << 3 | u64::from(wire_type & 7))
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

    /// Appends group `field` holding `contents` (already encoded fields), with its end key.
    pub fn group(&mut self, field: u64, contents: &[u8]) -> &mut Self {
        self.key(field, WireType::StartGroup)
            .raw(contents)
            .key(field, WireType::EndGroup)
    }

    /// Appends `depth` groups of number `field`, each inside the previous, around `contents`.
    pub fn nested_groups(&mut self, field: u64, depth: usize, contents: &[u8]) -> &mut Self {
        for _ in 0..depth {
            self.key(field, WireType::StartGroup);
        }
        self.raw(contents);
        for _ in 0..depth {
            self.key(field, WireType::EndGroup);
        }
        self
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
        let mut values = vec![0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX];
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
        // Nine continuation bytes, then the end: truncated, not too long.
        assert_eq!(
            Reader::new(&[0xff; 9]).read_varint(),
            Err(ProtobufError::Truncated)
        );
        // Non-canonical padding within 10 bytes is accepted, as protobuf-go does.
        assert_eq!(Reader::new(&[0x81, 0x80, 0x00]).read_varint(), Ok(1));
        assert_eq!(Reader::new(&[0x80, 0x00]).read_varint(), Ok(0));
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
    fn padded_varints_read_back_at_every_length() {
        for (value, shortest) in [(0u64, 1usize), (1, 1), (300, 2), (u64::from(u32::MAX), 5)] {
            for len in shortest..=10 {
                let mut writer = Writer::new();
                writer.padded_varint(value, len);
                assert_eq!(writer.as_slice().len(), len);
                assert_eq!(Reader::new(writer.as_slice()).read_varint(), Ok(value));
            }
            let mut writer = Writer::new();
            writer.padded_varint(value, 11);
            assert_eq!(
                Reader::new(writer.as_slice()).read_varint(),
                Err(ProtobufError::VarintTooLong)
            );
        }
    }

    #[test]
    fn reads_every_defined_wire_type() {
        let mut writer = Writer::new();
        writer
            .varint(1, 150)
            .fixed64(2, 0x0102_0304_0506_0708)
            .bytes(3, b"abc")
            .fixed32(4, 7)
            .bytes(5, b"")
            .group(6, &[0x08, 0x01]);
        let bytes = writer.finish();
        let fields = read_all(&bytes).unwrap();
        assert_eq!(fields.len(), 6);
        assert_eq!(fields[0].varint(), Some(150));
        assert_eq!(fields[0].raw, [0x08, 0x96, 0x01]);
        assert_eq!(
            fields[1].value,
            Value::Bytes(WireType::Fixed64, &[8, 7, 6, 5, 4, 3, 2, 1])
        );
        assert_eq!(fields[2].bytes(), Some(&b"abc"[..]));
        assert_eq!(
            fields[3].value,
            Value::Bytes(WireType::Fixed32, &[7, 0, 0, 0])
        );
        assert_eq!(fields[4].bytes(), Some(&b""[..]));
        assert_eq!(
            fields[5].value,
            Value::Bytes(WireType::StartGroup, &[0x08, 0x01])
        );
        assert_eq!(fields[5].raw, [0x33, 0x08, 0x01, 0x34]);
        let raw: Vec<u8> = fields.iter().flat_map(|f| f.raw.iter().copied()).collect();
        assert_eq!(raw, bytes.to_vec());
    }

    #[test]
    fn accessors_answer_none_for_another_wire_type() {
        let mut writer = Writer::new();
        writer
            .varint(1, (1 << 32) + 5)
            .bytes(2, b"x")
            .fixed32(3, 1)
            .group(4, &[]);
        let bytes = writer.finish();
        let fields = read_all(&bytes).unwrap();
        // uint32 keeps the low 32 bits.
        assert_eq!(fields[0].uint32(), Some(5));
        assert_eq!(fields[0].bytes(), None);
        assert_eq!(fields[1].varint(), None);
        assert_eq!(fields[2].bytes(), None);
        assert_eq!(fields[2].uint32(), None);
        assert_eq!(fields[3].bytes(), None);
        assert_eq!(fields[3].wire_type(), WireType::StartGroup);
    }

    #[test]
    fn groups_nest_and_close_by_number() {
        // 0x7b 0x7c: group 15 opened and closed, the bytes the issue names.
        assert_eq!(read_all(&[0x7b, 0x7c]).unwrap()[0].number, 15);
        // Group 1 holding group 2 holding every other wire type.
        let mut inner = Writer::new();
        inner
            .varint(1, 1)
            .fixed64(2, 2)
            .bytes(3, b"x")
            .fixed32(4, 4);
        let inner = inner.finish();
        let mut middle = Writer::new();
        middle.group(2, &inner);
        let mut writer = Writer::new();
        writer.group(1, middle.as_slice()).varint(3, 9);
        let bytes = writer.finish();
        let fields = read_all(&bytes).unwrap();
        assert_eq!(fields.len(), 2);
        assert_eq!(fields[1].varint(), Some(9));
        // The same numbers nested: each end key closes the innermost group.
        let mut same = Writer::new();
        same.nested_groups(5, 3, &[]).varint(1, 1);
        assert_eq!(read_all(same.as_slice()).unwrap().len(), 2);
    }

    #[test]
    fn end_group_keys_must_match_the_innermost_group() {
        // A stray end key at message level.
        assert_eq!(
            read_all(&[0x08, 0x01, 0x7c]),
            Err(ProtobufError::UnexpectedEndGroup(15))
        );
        // Group 1 closed by group 2's end key.
        assert_eq!(
            read_all(&[0x0b, 0x14]),
            Err(ProtobufError::UnexpectedEndGroup(2))
        );
        // Groups 1 then 2 opened, group 1's end key comes first.
        assert_eq!(
            read_all(&[0x0b, 0x13, 0x0c, 0x14]),
            Err(ProtobufError::UnexpectedEndGroup(1))
        );
        // Input ends with a group open.
        assert_eq!(read_all(&[0x0b]), Err(ProtobufError::Truncated));
        assert_eq!(read_all(&[0x0b, 0x13, 0x14]), Err(ProtobufError::Truncated));
    }

    #[test]
    fn field_numbers_inside_groups_go_up_to_2_pow_31_minus_1() {
        for (number, ok) in [
            (1u64 << 29, true),
            ((1u64 << 31) - 1, true),
            (1u64 << 31, false),
            (0, false),
        ] {
            let mut inner = Writer::new();
            inner.varint(number, 1);
            let mut writer = Writer::new();
            writer.group(1, inner.as_slice());
            let expected = if ok {
                Ok(1)
            } else {
                Err(ProtobufError::InvalidFieldNumber)
            };
            assert_eq!(
                read_all(writer.as_slice()).map(|f| f.len()),
                expected,
                "{number}"
            );
        }
        // A group numbered above 2^29 - 1 inside a group closes by that number.
        let mut inner = Writer::new();
        inner.group((1 << 31) - 1, &[]);
        let mut writer = Writer::new();
        writer.group(1, inner.as_slice());
        assert!(read_all(writer.as_slice()).is_ok());
    }

    #[test]
    fn field_numbers_at_message_level_go_up_to_2_pow_29_minus_1() {
        let mut writer = Writer::new();
        writer.varint(MAX_FIELD_NUMBER, 1);
        assert_eq!(
            read_all(writer.as_slice()).unwrap()[0].number,
            MAX_FIELD_NUMBER
        );
        for number in [0, 1 << 29, (1 << 31) - 1] {
            let mut writer = Writer::new();
            writer.varint(number, 1);
            assert_eq!(
                read_all(writer.as_slice()),
                Err(ProtobufError::InvalidFieldNumber),
                "{number}"
            );
        }
        // A group at message level takes the message-level limit.
        let mut writer = Writer::new();
        writer.group(1 << 29, &[]);
        assert_eq!(
            read_all(writer.as_slice()),
            Err(ProtobufError::InvalidFieldNumber)
        );
        // The number is checked before the wire type.
        assert_eq!(read_all(&[0x07]), Err(ProtobufError::InvalidFieldNumber));
        assert_eq!(read_all(&[0x04]), Err(ProtobufError::InvalidFieldNumber));
    }

    #[test]
    fn wire_types_6_and_7_are_refused_everywhere() {
        for wire_type in [6u8, 7] {
            assert_eq!(
                read_all(&[(9 << 3) | wire_type, 0]),
                Err(ProtobufError::UnsupportedWireType(wire_type))
            );
            // Known numbers too, and inside groups.
            assert_eq!(
                read_all(&[(1 << 3) | wire_type, 0]),
                Err(ProtobufError::UnsupportedWireType(wire_type))
            );
            assert_eq!(
                read_all(&[0x0b, (2 << 3) | wire_type, 0x0c]),
                Err(ProtobufError::UnsupportedWireType(wire_type))
            );
        }
    }

    #[test]
    fn at_most_10001_groups_open_at_once() {
        let mut deepest = Writer::new();
        deepest.nested_groups(1, MAX_OPEN_GROUPS, &[0x08, 0x01]);
        assert_eq!(read_all(deepest.as_slice()).map(|f| f.len()), Ok(1));
        let mut too_deep = Writer::new();
        too_deep.nested_groups(1, MAX_OPEN_GROUPS + 1, &[]);
        assert_eq!(
            read_all(too_deep.as_slice()),
            Err(ProtobufError::GroupTooDeep)
        );
        // Opening the 10,002nd group fails even when the input ends right after it.
        let mut cut = Writer::new();
        for _ in 0..=MAX_OPEN_GROUPS {
            cut.key(1, WireType::StartGroup);
        }
        assert_eq!(read_all(cut.as_slice()), Err(ProtobufError::GroupTooDeep));
        // Sequential groups do not add up.
        let mut wide = Writer::new();
        for _ in 0..=MAX_OPEN_GROUPS {
            wide.group(1, &[]);
        }
        assert_eq!(
            read_all(wide.as_slice()).map(|f| f.len()),
            Ok(MAX_OPEN_GROUPS + 1)
        );
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
            &[0x0b, 0x11, 1, 2][..],          // fixed64 inside a group cut short
            &[0x0b, 0x80][..],                // key inside a group cut short
        ] {
            assert_eq!(read_all(input), Err(ProtobufError::Truncated), "{input:?}");
        }
    }

    #[test]
    fn the_first_error_is_the_error() {
        // A stray end group before a truncated field.
        assert_eq!(
            read_all(&[0x0c, 0x08]),
            Err(ProtobufError::UnexpectedEndGroup(1))
        );
        // Wire type 6 before an invalid field number.
        assert_eq!(
            read_all(&[0x0e, 0x00]),
            Err(ProtobufError::UnsupportedWireType(6))
        );
    }

    #[test]
    fn error_names_and_arguments() {
        assert_eq!(ProtobufError::UnexpectedEndGroup(9).arguments(), vec![9]);
        assert_eq!(ProtobufError::UnsupportedWireType(7).arguments(), vec![7]);
        assert_eq!(ProtobufError::GroupTooDeep.arguments(), Vec::<u64>::new());
        assert_eq!(ProtobufError::GroupTooDeep.name(), "GroupTooDeep");
        assert_eq!(
            ProtobufError::UnexpectedEndGroup(1).name(),
            "UnexpectedEndGroup"
        );
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
