#include "core/encoding/protobuf.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <limits>
#include <string>

namespace sandi::protobuf {

namespace {

constexpr std::uint64_t kPayloadBits = 0x7F;
constexpr std::uint64_t kContinuationBit = 0x80;
constexpr std::size_t kMaxTagBytes = 5; // ceil(32 / 7)
constexpr std::size_t kFixed32Size = 4;
constexpr std::size_t kFixed64Size = 8;
constexpr std::size_t kMinWriterCapacity = 64;

tl::unexpected<Error> malformed(std::string what, std::size_t offset)
{
    return fail(Errc::MalformedProtobuf, what + " at offset " + std::to_string(offset));
}

std::uint64_t littleEndian(std::span<const std::byte> bytes) noexcept
{
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i > 0; --i) {
        value = (value << 8) | std::to_integer<std::uint64_t>(bytes[i - 1]);
    }
    return value;
}

// Reads what follows the tag of `field` from `data`; returns the number of bytes consumed, or an
// error message (the caller adds the offset).
Result<std::size_t> readPayload(std::span<const std::byte> data, std::uint64_t wireType, Field& field)
{
    std::size_t length = 0;
    switch (wireType) {
    case 0: {
        const auto value = readVarint(data, length);
        if (!value) {
            return tl::unexpected(value.error());
        }
        field.type = WireType::Varint;
        field.value = *value;
        return length;
    }
    case 1:
    case 5: {
        const std::size_t size = wireType == 1 ? kFixed64Size : kFixed32Size;
        if (data.size() < size) {
            return fail(Errc::MalformedProtobuf, "truncated fixed-size value");
        }
        field.type = wireType == 1 ? WireType::Fixed64 : WireType::Fixed32;
        field.value = littleEndian(data.first(size));
        return size;
    }
    case 2: {
        const auto size = readVarint(data, length);
        if (!size) {
            return tl::unexpected(size.error());
        }
        if (*size > data.size() - length) {
            return fail(Errc::MalformedProtobuf, "length " + std::to_string(*size) + " past the end");
        }
        field.type = WireType::Len;
        field.bytes = data.subspan(length, static_cast<std::size_t>(*size));
        return length + field.bytes.size();
    }
    case 3:
    case 4:
        return fail(Errc::MalformedProtobuf, "group (wire type " + std::to_string(wireType) + ")");
    default:
        return fail(Errc::MalformedProtobuf, "invalid wire type " + std::to_string(wireType));
    }
}

} // namespace

Result<std::uint64_t> readVarint(std::span<const std::byte> data, std::size_t& length)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < kMaxVarintBytes; ++i) {
        if (i == data.size()) {
            return fail(Errc::MalformedProtobuf, "truncated varint");
        }
        const auto byte = std::to_integer<std::uint64_t>(data[i]);
        if (i == kMaxVarintBytes - 1 && (byte & kContinuationBit) != 0) {
            return fail(Errc::MalformedProtobuf, "varint longer than 10 bytes");
        }
        // The tenth byte carries bit 63 only; anything more would be silently lost.
        if (i == kMaxVarintBytes - 1 && byte > 1) {
            return fail(Errc::MalformedProtobuf, "varint past 64 bits");
        }
        value |= (byte & kPayloadBits) << (7 * i);
        if ((byte & kContinuationBit) == 0) {
            length = i + 1;
            return value;
        }
    }
    return fail(Errc::MalformedProtobuf, "varint longer than 10 bytes"); // unreachable: the tenth byte ends it
}

Result<Field> Reader::next()
{
    const auto rest = m_data.subspan(m_pos);
    std::size_t tagLength = 0;
    const auto tag = readVarint(rest, tagLength);
    if (!tag) {
        return malformed(tag.error().detail + " in a tag", m_pos);
    }
    // A tag is a 32-bit varint: five bytes at most, as libprotobuf reads it.
    if (tagLength > kMaxTagBytes) {
        return malformed("tag longer than 5 bytes", m_pos);
    }
    if (*tag > std::numeric_limits<std::uint32_t>::max()) {
        return malformed("tag past 32 bits", m_pos);
    }
    Field field;
    field.number = static_cast<std::uint32_t>(*tag >> 3);
    if (field.number == 0) {
        return malformed("field number 0", m_pos);
    }
    const auto consumed = readPayload(rest.subspan(tagLength), *tag & 7U, field);
    if (!consumed) {
        return malformed(consumed.error().detail + " in field " + std::to_string(field.number), m_pos);
    }
    m_pos += tagLength + *consumed;
    return field;
}

Result<Reader> Reader::nested(const Field& field) const
{
    assert(field.type == WireType::Len);
    if (m_depth + 1 > kMaxDepth) {
        return malformed("messages nested deeper than " + std::to_string(kMaxDepth), m_pos);
    }
    return Reader(field.bytes, m_depth + 1);
}

void Writer::varint(std::uint32_t number, std::uint64_t value)
{
    tag(number, WireType::Varint);
    rawVarint(value);
}

void Writer::int32(std::uint32_t number, std::int32_t value)
{
    varint(number, static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
}

void Writer::fixed32(std::uint32_t number, std::uint32_t value)
{
    tag(number, WireType::Fixed32);
    rawLittleEndian(value, kFixed32Size);
}

void Writer::fixed64(std::uint32_t number, std::uint64_t value)
{
    tag(number, WireType::Fixed64);
    rawLittleEndian(value, kFixed64Size);
}

void Writer::bytes(std::uint32_t number, std::span<const std::byte> value)
{
    tag(number, WireType::Len);
    rawVarint(value.size());
    append(value);
}

void Writer::string(std::uint32_t number, std::string_view value)
{
    bytes(number, std::as_bytes(std::span(value.data(), value.size())));
}

void Writer::tag(std::uint32_t number, WireType type)
{
    assert(number >= 1 && number <= kMaxFieldNumber);
    rawVarint((static_cast<std::uint64_t>(number) << 3) | static_cast<std::uint64_t>(type));
}

void Writer::rawVarint(std::uint64_t value)
{
    std::array<std::byte, kMaxVarintBytes> out{};
    std::size_t size = 0;
    do {
        const std::uint64_t low = value & kPayloadBits;
        value >>= 7;
        out[size++] = static_cast<std::byte>(value != 0 ? (low | kContinuationBit) : low);
    } while (value != 0);
    append(std::span(out).first(size));
}

void Writer::rawLittleEndian(std::uint64_t value, std::size_t size)
{
    std::array<std::byte, kFixed64Size> out{};
    for (std::size_t i = 0; i < size; ++i) {
        out[i] = static_cast<std::byte>((value >> (8 * i)) & 0xFFU);
    }
    append(std::span(out).first(size));
}

void Writer::append(std::span<const std::byte> data)
{
    reserve(data.size());
    std::copy(data.begin(), data.end(), m_buffer.mutableView().begin() + static_cast<std::ptrdiff_t>(m_size));
    m_size += data.size();
}

void Writer::reserve(std::size_t extra)
{
    if (m_buffer.size() - m_size >= extra) {
        return;
    }
    // Grow into a fresh buffer; assigning it wipes the old one.
    SecretBytes bigger = SecretBytes::zeroed(std::max({m_buffer.size() * 2, m_size + extra, kMinWriterCapacity}));
    std::copy_n(m_buffer.view().begin(), m_size, bigger.mutableView().begin());
    m_buffer = std::move(bigger);
}

} // namespace sandi::protobuf
