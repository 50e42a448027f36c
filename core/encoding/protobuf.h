#pragma once
// A small reader and writer for the protobuf wire format
// (https://protobuf.dev/programming-guides/encoding/), enough for Google Authenticator's
// otpauth-migration:// payload.
//
// Why a small hand-written reader rather than Debian's libprotobuf: the payload is two messages
// with twelve fields, which does not justify a new dependency, a protoc code-generation step in
// the build, and generated classes that copy every bytes field into a std::string nobody wipes.
// The reader allocates nothing: it hands out views into the caller's buffer, so secrets go from
// the Base64-decoded SecretBytes straight into the entry's SecretBytes, and the writer's buffer is
// wiped whenever it grows and when it is destroyed. Both are a few hundred lines with no recursion
// and a hard nesting limit; the reader rejects groups, over-long varints and lengths past the end.
// Small and self-contained, it is easy to fuzz (fuzz/fuzz_migration*.cpp), and a differential test
// holds it to libprotobuf itself through Debian's python3-protobuf (tests/diff/migration_oracle.py).

#include "core/crypto/secretbytes.h"
#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace sandi::protobuf {

enum class WireType : std::uint8_t
{
    Varint = 0,
    Fixed64 = 1,
    Len = 2,        // length-delimited: bytes, strings, embedded messages, packed repeated fields
    StartGroup = 3, // deprecated groups: always rejected
    EndGroup = 4,
    Fixed32 = 5,
};

inline constexpr std::size_t kMaxVarintBytes = 10;               // ceil(64 / 7)
inline constexpr std::uint32_t kMaxFieldNumber = (1U << 29) - 1; // protobuf language guide, "Field Numbers"
inline constexpr int kMaxDepth = 16;                             // nested messages; the migration payload needs 2

// One field as read from the wire. `bytes` views the reader's input and is valid as long as it.
struct Field
{
    std::uint32_t number = 0;
    WireType type = WireType::Varint;
    std::uint64_t value = 0;          // Varint, Fixed32 and Fixed64 (little-endian) fields
    std::span<const std::byte> bytes; // Len fields

    // The value of an int32 or enum field: the low 32 bits in two's complement, as protobuf reads it.
    [[nodiscard]] std::int32_t int32() const noexcept { return static_cast<std::int32_t>(value & 0xFFFFFFFFU); }
};

// Reads the fields of one message in order. Skipping an unknown field needs no code: next() has
// already consumed it whatever its wire type.
class Reader
{
public:
    explicit Reader(std::span<const std::byte> data) noexcept : m_data(data) {}

    [[nodiscard]] bool atEnd() const noexcept { return m_pos == m_data.size(); }
    [[nodiscard]] std::size_t offset() const noexcept { return m_pos; }

    // Reads the next field (call only when !atEnd()). MalformedProtobuf for a truncated or
    // over-long varint (more than 10 bytes, or a value past 64 bits), a tag longer than 5 bytes or
    // past 32 bits, field number 0, a group or wire type 6/7, or a length or fixed-size value past
    // the end. On error the reader stays where it was.
    [[nodiscard]] Result<Field> next();

    // A reader for the embedded message in a Len field, one level deeper. MalformedProtobuf
    // beyond kMaxDepth.
    [[nodiscard]] Result<Reader> nested(const Field& field) const;

private:
    Reader(std::span<const std::byte> data, int depth) noexcept : m_data(data), m_depth(depth) {}

    std::span<const std::byte> m_data;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

// Reads one varint at the start of `data`; returns the value and stores its length in `length`.
// Same errors as Reader::next() for varints.
[[nodiscard]] Result<std::uint64_t> readVarint(std::span<const std::byte> data, std::size_t& length);

// Writes fields in the order given, into a buffer that is wiped whenever it grows and when the
// writer is destroyed, because serialized payloads hold secrets. Field numbers must be in
// 1..kMaxFieldNumber (asserted).
class Writer
{
public:
    void varint(std::uint32_t number, std::uint64_t value);
    // int32 and enum fields: negative values are sign-extended to ten bytes, as protobuf does.
    void int32(std::uint32_t number, std::int32_t value);
    void fixed32(std::uint32_t number, std::uint32_t value);
    void fixed64(std::uint32_t number, std::uint64_t value);
    void bytes(std::uint32_t number, std::span<const std::byte> value);
    void string(std::uint32_t number, std::string_view value);

    // The bytes written so far; valid until the next write.
    [[nodiscard]] std::span<const std::byte> view() const noexcept { return m_buffer.view().first(m_size); }
    // A copy of the bytes written so far.
    [[nodiscard]] SecretBytes take() const { return SecretBytes(view()); }

private:
    void tag(std::uint32_t number, WireType type);
    void rawVarint(std::uint64_t value);
    void rawLittleEndian(std::uint64_t value, std::size_t size);
    void append(std::span<const std::byte> data);
    void reserve(std::size_t extra);

    SecretBytes m_buffer; // capacity; the first m_size bytes are written
    std::size_t m_size = 0;
};

} // namespace sandi::protobuf
