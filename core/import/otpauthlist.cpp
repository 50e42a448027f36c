#include "core/import/otpauthlist.h"

#include "core/import/entryfields.h"
#include "core/uri/migration.h"

#include <algorithm>
#include <cctype>

namespace sandi::importer {

namespace {

std::string_view trim(std::string_view line)
{
    const auto first = line.find_first_not_of(" \t\r\f\v");
    if (first == std::string_view::npos) {
        return {};
    }
    return line.substr(first, line.find_last_not_of(" \t\r\f\v") - first + 1);
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) noexcept
{
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

std::string_view withoutBom(std::string_view text) noexcept
{
    return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

// Calls `f(lineNumber, line)` for each line that is not blank or a comment.
template <class F> void forEachLine(std::string_view text, F&& f)
{
    std::size_t number = 0;
    while (!text.empty()) {
        ++number;
        const auto end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (!line.empty() && line.front() != '#') {
            if (!f(number, line)) {
                return;
            }
        }
    }
}

void readMigration(std::size_t number, std::string_view line, ImportResult& result)
{
    auto payload = uri::parseMigration(line);
    if (!payload) {
        addUnusable(result, number, {}, payload.error().code,
                    "line " + std::to_string(number) + ": " + std::string(errcName(payload.error().code)));
        return;
    }
    for (auto& entry : payload->entries) {
        std::string label = accountLabel(entry.issuer, entry.name);
        auto account = uri::migrationEntryAccount(std::move(entry));
        if (account) {
            result.accounts.push_back(std::move(*account));
        } else {
            addUnusable(result, number, std::move(label), account.error().code, account.error().detail);
        }
    }
}

} // namespace

bool looksLikeOtpauthList(std::string_view text) noexcept
{
    bool found = false;
    forEachLine(withoutBom(text.substr(0, 64 * 1024)), [&](std::size_t, std::string_view line) {
        found = startsWithNoCase(line, "otpauth://") || startsWithNoCase(line, "otpauth-migration://");
        return false;
    });
    return found;
}

Result<ImportResult> importOtpauthList(std::string_view text, const ReadLimits& limits)
{
    if (text.size() > limits.maxFileBytes) {
        return fail(Errc::FileTooLarge, std::to_string(text.size()) + " bytes");
    }
    if (!looksLikeOtpauthList(text)) {
        return fail(Errc::UnknownFileFormat, "the first line is not an otpauth:// URI");
    }
    ImportResult result;
    forEachLine(withoutBom(text), [&](std::size_t number, std::string_view line) {
        if (startsWithNoCase(line, "otpauth-migration:")) {
            readMigration(number, line, result);
            return true;
        }
        auto account = uri::parseOtpauth(line);
        if (account) {
            result.accounts.push_back(std::move(*account));
        } else {
            // The line may hold a secret: it is not quoted, only its error.
            addUnusable(result, number, {}, account.error().code,
                        "line " + std::to_string(number) + ": " + std::string(errcName(account.error().code)));
        }
        return true;
    });
    return result;
}

} // namespace sandi::importer
