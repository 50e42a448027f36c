#include "app/cli/commands.h"

#include "app/cli/jsonwriter.h"
#include "app/errortext.h"
#include "core/crypto/secretbytes.h"
#include "core/uri/migration.h"
#include "core/uri/otpauth.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <istream>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

// The translation context of sandi-cli's messages ("sandi::cli"), in a form lupdate reads.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const char a = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (a != prefix[i]) {
            return false;
        }
    }
    return true;
}

void writeOtpauth(JsonWriter& json, const uri::OtpauthUri& uri)
{
    json.beginObject();
    json.key("type");
    json.value(otp::typeName(uri.params.type()));
    json.key("issuer");
    json.value(uri.issuer);
    json.key("account");
    json.value(uri.account);
    json.key("algorithm");
    json.value(otp::algorithmName(uri.params.algorithm()));
    json.key("digits");
    json.value(uri.params.digits());
    json.key("period");
    uri.params.timeBased() ? json.value(uri.params.period()) : json.null();
    json.key("counter");
    uri.params.timeBased() ? json.null() : json.value(uri.counter);
    json.key("secret_bytes");
    json.value(static_cast<std::uint64_t>(uri.secret.size()));
    json.key("unknown_params");
    json.beginObject();
    for (const auto& param : uri.extraParams) {
        json.key(param.name);
        json.value(param.value);
    }
    json.endObject();
    json.endObject();
}

std::string_view migrationAlgorithmName(int algorithm)
{
    switch (algorithm) {
    case 0:
    case 1:
        return "SHA1";
    case 2:
        return "SHA256";
    case 3:
        return "SHA512";
    case 4:
        return "MD5";
    default:
        return "unknown";
    }
}

void writeMigrationEntry(JsonWriter& json, const uri::MigrationEntry& entry, const uri::MigrationPayload& payload)
{
    const auto params = uri::migrationEntryParams(entry);
    const bool hotp = entry.type == 1;
    // Google writes the label as "Issuer:account"; the account is what follows the issuer prefix.
    std::string_view account = entry.name;
    if (const auto colon = account.find(':'); colon != std::string_view::npos) {
        account.remove_prefix(colon + 1);
        while (!account.empty() && account.front() == ' ') {
            account.remove_prefix(1);
        }
    }
    json.beginObject();
    json.key("type");
    json.value(hotp ? "hotp" : (entry.type == 0 || entry.type == 2 ? "totp" : "unknown"));
    json.key("issuer");
    json.value(entry.issuer);
    json.key("account");
    json.value(account);
    json.key("algorithm");
    json.value(migrationAlgorithmName(entry.algorithm));
    json.key("digits");
    json.value(entry.digits == 2 ? 8 : (entry.digits == 0 || entry.digits == 1 ? 6 : 0));
    json.key("period");
    hotp ? json.null() : json.value(std::int64_t{otp::kDefaultPeriod});
    json.key("counter");
    hotp ? json.value(entry.counter) : json.null();
    json.key("secret_bytes");
    json.value(static_cast<std::uint64_t>(entry.secret.size()));
    json.key("unknown_params");
    json.beginObject();
    json.endObject();
    json.key("batch_index");
    json.value(payload.batchIndex);
    json.key("batch_size");
    json.value(payload.batchSize);
    if (!params) {
        json.key("error");
        json.value(errcName(params.error().code));
    }
    json.endObject();
}

} // namespace

bool parseArgs(QCommandLineParser& parser, const QStringList& args, qsizetype positional, Io io)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{u"sandi-cli"_s} + args)) {
        io.err << "sandi-cli: " << parser.errorText().toStdString() << '\n';
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        io.err << CliText::tr("sandi-cli: expected %n argument(s); see sandi-cli --help", nullptr, int(positional))
                      .toStdString()
               << '\n';
        return false;
    }
    return true;
}

std::string uriArgument(const QString& arg, Io io)
{
    std::string text;
    if (arg == u"-"_s) {
        std::getline(io.in, text);
    } else {
        text = arg.toStdString();
    }
    return text;
}

Exit reportError(const Error& error, Io io)
{
    io.err << "sandi-cli: " << errorText(error.code).toStdString() << " [" << errcName(error.code) << "]\n";
    return Exit::BadInput;
}

std::optional<std::int64_t> timeArgument(const QCommandLineParser& parser, const QCommandLineOption& option,
                                         std::int64_t now, Io io)
{
    if (!parser.isSet(option)) {
        return now;
    }
    bool ok = false;
    const std::int64_t when = parser.value(option).toLongLong(&ok);
    if (!ok) {
        io.err << CliText::tr("sandi-cli: --time needs a whole number of seconds, e.g. --time 1700000000").toStdString()
               << '\n';
        return std::nullopt;
    }
    return when;
}

Exit runCode(const QStringList& args, Io io, std::int64_t now)
{
    QCommandLineParser parser;
    const QCommandLineOption timeOption(u"time"_s, CliText::tr("Unix time in seconds (may be negative)."),
                                        u"seconds"_s);
    parser.addOption(timeOption);
    if (!parseArgs(parser, args, 1, io)) {
        return Exit::Usage;
    }
    const auto when = timeArgument(parser, timeOption, now, io);
    if (!when) {
        return Exit::Usage;
    }
    std::string text = uriArgument(parser.positionalArguments().first(), io);
    auto parsed = uri::parseOtpauth(text);
    secureWipe(text);
    if (!parsed) {
        return reportError(parsed.error(), io);
    }
    auto code = parsed->params.timeBased() ? otp::totpAt(parsed->secret.view(), parsed->params, *when)
                                           : otp::codeAt(parsed->secret.view(), parsed->params, parsed->counter);
    if (!code) {
        return reportError(code.error(), io);
    }
    io.out << *code << '\n';
    return Exit::Ok;
}

Exit runInspect(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    if (!parseArgs(parser, args, 1, io)) {
        return Exit::Usage;
    }
    std::string text = uriArgument(parser.positionalArguments().first(), io);
    JsonWriter json;
    if (startsWithNoCase(text, "otpauth-migration:")) {
        auto payload = uri::parseMigration(text);
        secureWipe(text);
        if (!payload) {
            return reportError(payload.error(), io);
        }
        json.beginArray();
        for (const auto& entry : payload->entries) {
            writeMigrationEntry(json, entry, *payload);
        }
        json.endArray();
    } else {
        auto parsed = uri::parseOtpauth(text);
        secureWipe(text);
        if (!parsed) {
            return reportError(parsed.error(), io);
        }
        writeOtpauth(json, *parsed);
    }
    io.out << json.text() << '\n';
    return Exit::Ok;
}

} // namespace sandi::cli
