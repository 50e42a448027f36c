#pragma once
// A minimal JSON writer that keeps keys in the order written (QJsonObject sorts them), for the
// CLI's machine-readable output.

#include <cstdint>
#include <string>
#include <string_view>

namespace sandi::cli {

class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    void value(double number);
    void value(bool flag);
    void null();

    [[nodiscard]] const std::string& text() const noexcept { return m_out; }

private:
    void separate();
    void escaped(std::string_view text);

    std::string m_out;
    bool m_needComma = false;
};

} // namespace sandi::cli
