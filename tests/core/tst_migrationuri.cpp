// otpauth-migration:// URI syntax: the spellings of the data value and of the URI around it, and the
// errors before the protobuf layer. The payload itself is tested in tst_migration.cpp.
#include "core/uri/migration.h"

#include "core/encoding/base64.h"
#include "tests/core/migrationtestdata.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace sandi::uri {
namespace {

using namespace sandi::uri::testdata;
using namespace std::literals;

// A payload whose standard Base64 has '+', '/' and '=' in it, to be written the ways tools write it.
const Bytes kPlusSlashBytes = concat({"\x0A\x1A\x0A\x07\xFB\xEF\x00\xFF\xBF\xFE"sv, "x"sv, "\x12\x0D"sv,
                                      "Example:alice"sv, "\x30\x02\x10\x01\x18\x01"sv});

struct Spelling
{
    const char* name;
    std::string (*data)(const std::string& standardPadded);
};

std::ostream& operator<<(std::ostream& out, const Spelling& s)
{
    return out << s.name;
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

std::string urlSafe(const std::string& s)
{
    return replaceAll(replaceAll(s, "+", "-"), "/", "_");
}

std::string unpadded(const std::string& s)
{
    return replaceAll(s, "=", "");
}

std::string googleEscaped(const std::string& s)
{
    return replaceAll(replaceAll(replaceAll(s, "+", "%2B"), "/", "%2F"), "=", "%3D");
}

std::string everyCharEscaped(const std::string& s)
{
    std::string out;
    for (char c : s) {
        constexpr std::string_view kHex = "0123456789abcdef";
        const auto b = static_cast<unsigned char>(c);
        out += {'%', kHex[b >> 4U], kHex[b & 0x0FU]};
    }
    return out;
}

class MigrationDataSpelling : public ::testing::TestWithParam<Spelling>
{};

TEST_P(MigrationDataSpelling, DecodesTheSamePayload)
{
    const std::string standard = base64::encode(kPlusSlashBytes);
    ASSERT_NE(standard.find('+'), std::string::npos);
    ASSERT_NE(standard.find('/'), std::string::npos);
    ASSERT_EQ(standard.back(), '=');
    const auto p = parseMigration("otpauth-migration://offline?data=" + GetParam().data(standard));
    ASSERT_TRUE(p) << errcName(p.error().code) << ": " << p.error().detail;
    const auto expected = decodeMigrationPayload(kPlusSlashBytes);
    ASSERT_TRUE(expected);
    expectSamePayload(*p, *expected);
}

INSTANTIATE_TEST_SUITE_P(
    Variants, MigrationDataSpelling,
    ::testing::Values(Spelling{"GooglePercentEncoded", googleEscaped},
                      Spelling{"EveryCharacterEscapedLowerHex", everyCharEscaped},
                      Spelling{"RawStandardPadded", [](const std::string& s) { return s; }},
                      Spelling{"RawStandardUnpadded", unpadded}, Spelling{"UrlSafePadded", urlSafe},
                      Spelling{"UrlSafeUnpadded", [](const std::string& s) { return unpadded(urlSafe(s)); }},
                      Spelling{"UrlSafePercentEncodedPadding",
                               [](const std::string& s) { return googleEscaped(urlSafe(s)); }}),
    ByName{});

struct UriCase
{
    const char* name;
    std::string_view prefix; // put before the data value
    std::string_view suffix; // and after it
};

std::ostream& operator<<(std::ostream& out, const UriCase& c)
{
    return out << c.name;
}

class MigrationUriLeniency : public ::testing::TestWithParam<UriCase>
{};

TEST_P(MigrationUriLeniency, Parses)
{
    const std::string data(kKudusUri.substr(kKudusUri.find("data=") + 5));
    const auto p = parseMigration(std::string(GetParam().prefix) + data + std::string(GetParam().suffix));
    ASSERT_TRUE(p) << errcName(p.error().code) << ": " << p.error().detail;
    expectSamePayload(*p, kudusPayload());
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, MigrationUriLeniency,
    ::testing::Values(UriCase{"UpperCaseSchemeAndHost", "OTPAUTH-MIGRATION://OFFLINE?data=", ""},
                      UriCase{"MixedCase", "Otpauth-Migration://Offline?Data=", ""},
                      UriCase{"SlashAfterHost", "otpauth-migration://offline/?data=", ""},
                      UriCase{"SurroundingWhitespace", " \totpauth-migration://offline?data=", "\r\n"},
                      UriCase{"OtherParameters", "otpauth-migration://offline?v=1&data=", "&x&y=z"},
                      UriCase{"Fragment", "otpauth-migration://offline?data=", "#page"}),
    ByName{});

struct ErrorCase
{
    const char* name;
    std::string_view uri;
    Errc code;
};

std::ostream& operator<<(std::ostream& out, const ErrorCase& c)
{
    return out << c.name;
}

class MigrationUriErrors : public ::testing::TestWithParam<ErrorCase>
{};

TEST_P(MigrationUriErrors, AreReported)
{
    const auto p = parseMigration(GetParam().uri);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, GetParam().code) << errcName(p.error().code) << ": " << p.error().detail;
}

INSTANTIATE_TEST_SUITE_P(
    Errors, MigrationUriErrors,
    ::testing::Values(
        ErrorCase{"Empty", "", Errc::NotMigrationUri},
        ErrorCase{"OtpauthUri", "otpauth://totp/x?secret=JBSWY3DP", Errc::NotMigrationUri},
        ErrorCase{"NoScheme", "offline?data=CgA", Errc::NotMigrationUri},
        ErrorCase{"SchemeWithoutSlashes", "otpauth-migration:offline?data=CgA", Errc::NotMigrationUri},
        ErrorCase{"WrongHost", "otpauth-migration://online?data=CgA", Errc::NotMigrationUri},
        ErrorCase{"NoHost", "otpauth-migration://?data=CgA", Errc::NotMigrationUri},
        ErrorCase{"HostWithPort", "otpauth-migration://offline:80?data=CgA", Errc::NotMigrationUri},
        ErrorCase{"PathAfterHost", "otpauth-migration://offline/x?data=CgA", Errc::MalformedUri},
        ErrorCase{"NoQuery", "otpauth-migration://offline", Errc::MissingMigrationData},
        ErrorCase{"NoDataParameter", "otpauth-migration://offline?foo=bar", Errc::MissingMigrationData},
        ErrorCase{"DataIsOnlyAPrefix", "otpauth-migration://offline?database=CgA", Errc::MissingMigrationData},
        ErrorCase{"DataInFragment", "otpauth-migration://offline#?data=CgA", Errc::MissingMigrationData},
        ErrorCase{"DuplicateData", "otpauth-migration://offline?data=CgA&data=CgA", Errc::DuplicateParameter},
        ErrorCase{"BadPercentHex", "otpauth-migration://offline?data=Cg%G0", Errc::InvalidPercentEncoding},
        ErrorCase{"ShortPercent", "otpauth-migration://offline?data=CgA%3", Errc::InvalidPercentEncoding},
        ErrorCase{"Base64BadCharacter", "otpauth-migration://offline?data=Cg*A", Errc::InvalidBase64},
        ErrorCase{"Base64Space", "otpauth-migration://offline?data=Cg A", Errc::InvalidBase64},
        ErrorCase{"Base64EscapedSpace", "otpauth-migration://offline?data=Cg%20A", Errc::InvalidBase64},
        ErrorCase{"Base64OneSymbol", "otpauth-migration://offline?data=C", Errc::InvalidBase64},
        ErrorCase{"Base64MixedAlphabets", "otpauth-migration://offline?data=Cg%2B_", Errc::InvalidBase64},
        ErrorCase{"Base64BadPadding", "otpauth-migration://offline?data=CgA%3D%3D", Errc::InvalidBase64},
        ErrorCase{"TruncatedProtobuf", "otpauth-migration://offline?data=CgE", Errc::MalformedProtobuf},
        ErrorCase{"GroupInProtobuf", "otpauth-migration://offline?data=Cww", Errc::MalformedProtobuf}),
    ByName{});

TEST(Migration, EmptyDataIsTheEmptyPayload)
{
    for (const char* uri : {"otpauth-migration://offline?data=", "otpauth-migration://offline?data"}) {
        const auto p = parseMigration(uri);
        ASSERT_TRUE(p) << uri;
        expectSamePayload(*p, MigrationPayload{});
    }
    EXPECT_EQ(serializeMigration(MigrationPayload{}), "otpauth-migration://offline?data=");
}

} // namespace
} // namespace sandi::uri
