#include "core/uri/migration.h"

#include "core/encoding/base64.h"
#include "core/encoding/percent.h"
#include "core/encoding/protobuf.h"
#include "core/encoding/utf8.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

namespace sandi::uri {

namespace {

constexpr std::string_view kScheme = "otpauth-migration";
constexpr std::string_view kHost = "offline";
constexpr std::string_view kDataParameter = "data";
constexpr std::string_view kPrefix = "otpauth-migration://offline?data=";

// Field numbers of Google Authenticator's MigrationPayload message ...
constexpr std::uint32_t kPayloadEntries = 1; // repeated OtpParameters otp_parameters
constexpr std::uint32_t kPayloadVersion = 2;
constexpr std::uint32_t kPayloadBatchSize = 3;
constexpr std::uint32_t kPayloadBatchIndex = 4;
constexpr std::uint32_t kPayloadBatchId = 5;
// ... and of its OtpParameters message.
constexpr std::uint32_t kEntrySecret = 1;
constexpr std::uint32_t kEntryName = 2;
constexpr std::uint32_t kEntryIssuer = 3;
constexpr std::uint32_t kEntryAlgorithm = 4;
constexpr std::uint32_t kEntryDigits = 5;
constexpr std::uint32_t kEntryType = 6;
constexpr std::uint32_t kEntryCounter = 7;

// The payload's enum values (OtpParameters.Algorithm, .DigitCount, .OtpType).
constexpr int kUnspecified = 0;
constexpr int kAlgorithmSha1 = 1;
constexpr int kAlgorithmSha256 = 2;
constexpr int kAlgorithmSha512 = 3;
constexpr int kDigitsSix = 1;
constexpr int kDigitsEight = 2;
constexpr int kTypeHotp = 1;
constexpr int kTypeTotp = 2;

char asciiLower(char c) noexcept
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept
{
    return std::ranges::equal(a, b, [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

bool isAsciiSpace(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view trimAsciiSpace(std::string_view text) noexcept
{
    while (!text.empty() && isAsciiSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isAsciiSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

// Stores one field of an OtpParameters message. As in protobuf, a later occurrence of a field
// replaces an earlier one, and a field with an unexpected wire type is an unknown field.
Result<void> setEntryField(MigrationEntry& entry, const protobuf::Field& field)
{
    if (field.type == protobuf::WireType::Len) {
        if (field.number == kEntrySecret) {
            entry.secret = SecretBytes(field.bytes);
        } else if (field.number == kEntryName || field.number == kEntryIssuer) {
            const bool isName = field.number == kEntryName;
            // Proto3 string fields are UTF-8, and libprotobuf rejects a payload where they are not.
            const std::string_view text(reinterpret_cast<const char*>(field.bytes.data()), field.bytes.size());
            if (!utf8::isValid(text)) {
                return fail(Errc::InvalidUtf8, std::string(isName ? "name" : "issuer") + " is not valid UTF-8");
            }
            (isName ? entry.name : entry.issuer) = text;
        }
    } else if (field.type == protobuf::WireType::Varint) {
        switch (field.number) {
        case kEntryAlgorithm:
            entry.algorithm = field.int32();
            break;
        case kEntryDigits:
            entry.digits = field.int32();
            break;
        case kEntryType:
            entry.type = field.int32();
            break;
        case kEntryCounter:
            entry.counter = field.value;
            break;
        default:
            break;
        }
    }
    return {};
}

Result<MigrationEntry> decodeEntry(protobuf::Reader reader)
{
    MigrationEntry entry;
    while (!reader.atEnd()) {
        const auto field = reader.next();
        if (!field) {
            return tl::unexpected(field.error());
        }
        if (auto stored = setEntryField(entry, *field); !stored) {
            return tl::unexpected(std::move(stored.error()));
        }
    }
    return entry;
}

void setPayloadInt(MigrationPayload& payload, const protobuf::Field& field) noexcept
{
    switch (field.number) {
    case kPayloadVersion:
        payload.version = field.int32();
        break;
    case kPayloadBatchSize:
        payload.batchSize = field.int32();
        break;
    case kPayloadBatchIndex:
        payload.batchIndex = field.int32();
        break;
    case kPayloadBatchId:
        payload.batchId = field.int32();
        break;
    default:
        break;
    }
}

tl::unexpected<Error> inEntry(Error error, std::size_t index)
{
    error.detail = "entry " + std::to_string(index) + ": " + error.detail;
    return tl::unexpected(std::move(error));
}

// The syntax step: checks scheme, host and path, and returns the raw (still percent-encoded)
// value of the one data parameter.
Result<std::string_view> rawData(std::string_view text)
{
    const std::size_t schemeEnd = text.find("://");
    if (schemeEnd == std::string_view::npos || !equalsIgnoreCase(text.substr(0, schemeEnd), kScheme)) {
        return fail(Errc::NotMigrationUri, "scheme is not otpauth-migration://");
    }
    std::string_view rest = text.substr(schemeEnd + 3);
    rest = rest.substr(0, rest.find('#')); // a fragment, if any, is not part of the query
    const std::size_t queryStart = rest.find('?');
    const std::string_view authorityAndPath = rest.substr(0, queryStart);
    const std::string_view host = authorityAndPath.substr(0, authorityAndPath.find('/'));
    if (!equalsIgnoreCase(host, kHost)) {
        return fail(Errc::NotMigrationUri, "host is not offline");
    }
    if (authorityAndPath.size() > host.size() + 1) {
        return fail(Errc::MalformedUri, "unexpected path after the host");
    }
    std::optional<std::string_view> data;
    std::string_view query = queryStart == std::string_view::npos ? std::string_view{} : rest.substr(queryStart + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view parameter = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const std::size_t eq = parameter.find('=');
        if (!equalsIgnoreCase(parameter.substr(0, eq), kDataParameter)) {
            continue; // other parameters carry nothing Sandi needs
        }
        if (data) {
            return fail(Errc::DuplicateParameter, "data parameter appears more than once");
        }
        data = eq == std::string_view::npos ? std::string_view{} : parameter.substr(eq + 1);
    }
    if (!data) {
        return fail(Errc::MissingMigrationData, "no data parameter");
    }
    return *data;
}

void encodeEntry(protobuf::Writer& writer, const MigrationEntry& entry)
{
    // Default values are left out, as every protobuf encoder does for proto3 fields.
    if (!entry.secret.empty()) {
        writer.bytes(kEntrySecret, entry.secret.view());
    }
    if (!entry.name.empty()) {
        writer.string(kEntryName, entry.name);
    }
    if (!entry.issuer.empty()) {
        writer.string(kEntryIssuer, entry.issuer);
    }
    for (const auto& [number, value] : {std::pair{kEntryAlgorithm, entry.algorithm},
                                        std::pair{kEntryDigits, entry.digits}, std::pair{kEntryType, entry.type}}) {
        if (value != 0) {
            writer.int32(number, value);
        }
    }
    if (entry.counter != 0) {
        writer.varint(kEntryCounter, entry.counter);
    }
}

} // namespace

Result<MigrationPayload> decodeMigrationPayload(std::span<const std::byte> bytes)
{
    protobuf::Reader reader(bytes);
    MigrationPayload payload;
    while (!reader.atEnd()) {
        const auto field = reader.next();
        if (!field) {
            return tl::unexpected(field.error());
        }
        if (field->type == protobuf::WireType::Len && field->number == kPayloadEntries) {
            const auto entryReader = reader.nested(*field);
            if (!entryReader) {
                return tl::unexpected(entryReader.error());
            }
            auto entry = decodeEntry(*entryReader);
            if (!entry) {
                return inEntry(std::move(entry.error()), payload.entries.size());
            }
            payload.entries.push_back(std::move(*entry));
        } else if (field->type == protobuf::WireType::Varint) {
            setPayloadInt(payload, *field);
        }
        // Anything else is an unknown field (or a known one with another wire type, which
        // protobuf treats as unknown too): next() has already skipped it.
    }
    return payload;
}

Result<MigrationPayload> parseMigration(std::string_view text)
{
    const auto data = rawData(trimAsciiSpace(text));
    if (!data) {
        return tl::unexpected(data.error());
    }
    // RFC 3986: '+' is itself here. Google percent-encodes it, but other tools write it as is.
    auto base64Text = percent::decode(*data, percent::Plus::Literal);
    if (!base64Text) {
        return tl::unexpected(base64Text.error());
    }
    const auto bytes = base64::decode(*base64Text);
    secureWipe(*base64Text);
    if (!bytes) {
        return tl::unexpected(bytes.error());
    }
    return decodeMigrationPayload(bytes->view());
}

std::string serializeMigration(const MigrationPayload& payload)
{
    protobuf::Writer writer;
    for (const MigrationEntry& entry : payload.entries) {
        protobuf::Writer entryWriter;
        encodeEntry(entryWriter, entry);
        writer.bytes(kPayloadEntries, entryWriter.view());
    }
    for (const auto& [number, value] :
         {std::pair{kPayloadVersion, payload.version}, std::pair{kPayloadBatchSize, payload.batchSize},
          std::pair{kPayloadBatchIndex, payload.batchIndex}, std::pair{kPayloadBatchId, payload.batchId}}) {
        if (value != 0) {
            writer.int32(number, value);
        }
    }
    // Google's own form: standard Base64 with padding, and '+', '/', '=' percent-encoded.
    std::string base64Text = base64::encode(writer.view());
    std::string encoded = percent::encode(base64Text);
    secureWipe(base64Text);
    std::string uri;
    uri.reserve(kPrefix.size() + encoded.size()); // exact: no reallocation leaves a copy behind
    uri.append(kPrefix).append(encoded);
    secureWipe(encoded);
    return uri;
}

Result<otp::Params> migrationEntryParams(const MigrationEntry& entry)
{
    if (entry.secret.empty()) {
        return fail(Errc::EmptySecret, "entry has no secret");
    }
    // Google Authenticator reads an unspecified (0) type as TOTP, algorithm as SHA-1 and digit
    // count as six; its own exports always set them. Any other value is reported, never guessed.
    otp::Type type = otp::Type::Totp;
    if (entry.type == kTypeHotp) {
        type = otp::Type::Hotp;
    } else if (entry.type != kTypeTotp && entry.type != kUnspecified) {
        return fail(Errc::UnsupportedMigrationEntry, "OTP type " + std::to_string(entry.type));
    }
    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    if (entry.algorithm == kAlgorithmSha256) {
        algorithm = otp::Algorithm::Sha256;
    } else if (entry.algorithm == kAlgorithmSha512) {
        algorithm = otp::Algorithm::Sha512;
    } else if (entry.algorithm != kAlgorithmSha1 && entry.algorithm != kUnspecified) {
        return fail(Errc::UnsupportedAlgorithm, "algorithm " + std::to_string(entry.algorithm)); // 4 is MD5
    }
    int digits = otp::kDefaultDigits;
    if (entry.digits == kDigitsEight) {
        digits = 8;
    } else if (entry.digits != kDigitsSix && entry.digits != kUnspecified) {
        return fail(Errc::InvalidDigits, "digit count " + std::to_string(entry.digits));
    }
    return otp::Params::create(type, algorithm, digits);
}

Result<OtpauthUri> migrationEntryAccount(MigrationEntry&& entry)
{
    auto params = migrationEntryParams(entry);
    SecretBytes secret = std::move(entry.secret); // wiped here unless it moves on into the account
    if (!params) {
        return tl::unexpected(std::move(params.error()));
    }
    OtpauthUri account;
    account.params = *params;
    account.counter = entry.counter;
    const std::string_view name = entry.name;
    const std::string& issuer = entry.issuer;
    std::size_t cut = name.find(':');
    // An issuer that itself holds a colon ("Acme:EU") is cut at its own length, as in a label.
    if (!issuer.empty() && name.size() > issuer.size() && name.starts_with(issuer) && name[issuer.size()] == ':') {
        cut = issuer.size();
    }
    if (cut == std::string_view::npos) {
        account.account = std::string(name);
    } else {
        account.labelIssuer = std::string(name.substr(0, cut));
        const std::string_view rest = name.substr(cut + 1);
        const std::size_t start = rest.find_first_not_of(' ');
        account.account = start == std::string_view::npos ? std::string{} : std::string(rest.substr(start));
    }
    account.issuer = issuer.empty() ? account.labelIssuer : issuer;
    account.issuerParamPresent = !issuer.empty();
    if (account.account.empty() && account.issuer.empty()) {
        return fail(Errc::MissingLabel, "entry has neither name nor issuer");
    }
    account.secret = std::move(secret);
    return account;
}

} // namespace sandi::uri
