#include "core/import/importutil.h"

namespace sandi::importer::detail {

Result<json::Value> parseJsonFile(std::string_view text, const ReadLimits& limits)
{
    if (text.size() > limits.maxFileBytes) {
        return fail(Errc::FileTooLarge, std::to_string(text.size()) + " bytes");
    }
    auto value = json::parse(text, {limits.maxFileBytes, 64});
    if (!value) {
        const Errc code = value.error().code == Errc::JsonTooDeep ? Errc::JsonTooDeep : Errc::CorruptedFile;
        return fail(code, "the file is damaged or truncated: " + value.error().detail);
    }
    return value;
}

std::optional<SecretBytes> hexBytes(std::string_view text, std::size_t size, std::size_t maxSize)
{
    if (text.size() % 2 != 0 || (size != 0 && text.size() != 2 * size) ||
        (size == 0 && (text.empty() || text.size() > 2 * maxSize))) {
        return std::nullopt;
    }
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    };
    SecretBytes out = SecretBytes::zeroed(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i]);
        const int lo = nibble(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            return std::nullopt;
        }
        out.mutableView()[i] = static_cast<std::byte>(hi * 16 + lo);
    }
    return out;
}

std::span<const std::byte> bytesOf(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

std::string_view textOf(const SecretBytes& bytes)
{
    return {reinterpret_cast<const char*>(bytes.view().data()), bytes.size()};
}

void wipeMember(json::Value& list, std::string_view key)
{
    if (!list.is_array()) {
        return;
    }
    for (auto& entry : list) {
        if (entry.is_object()) {
            const auto it = entry.find(key);
            if (it != entry.end() && it->is_string()) {
                secureWipe(it->get_ref<std::string&>());
            }
        }
    }
}

} // namespace sandi::importer::detail
