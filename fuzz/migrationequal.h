#pragma once
// Field-by-field equality of two migration payloads, for the migration fuzz targets.

#include "core/uri/migration.h"

#include <cstdlib>
#include <string>

namespace sandi::fuzz {

inline bool sameEntry(const uri::MigrationEntry& a, const uri::MigrationEntry& b)
{
    return constantTimeEquals(a.secret.view(), b.secret.view()) && a.name == b.name && a.issuer == b.issuer &&
           a.algorithm == b.algorithm && a.digits == b.digits && a.type == b.type && a.counter == b.counter;
}

inline bool samePayload(const uri::MigrationPayload& a, const uri::MigrationPayload& b)
{
    if (a.entries.size() != b.entries.size() || a.version != b.version || a.batchSize != b.batchSize ||
        a.batchIndex != b.batchIndex || a.batchId != b.batchId) {
        return false;
    }
    for (std::size_t i = 0; i < a.entries.size(); ++i) {
        if (!sameEntry(a.entries[i], b.entries[i])) {
            return false;
        }
    }
    return true;
}

// Serializes `payload`, parses the URI again and aborts unless the result is identical; also
// checks that every entry's parameters can be asked for. Returns the URI, which the caller wipes.
inline std::string checkRoundTrip(const uri::MigrationPayload& payload)
{
    for (const auto& entry : payload.entries) {
        (void)uri::migrationEntryParams(entry);
    }
    std::string text = uri::serializeMigration(payload);
    const auto again = uri::parseMigration(text);
    if (!again || !samePayload(payload, *again)) {
        std::abort();
    }
    return text;
}

} // namespace sandi::fuzz
