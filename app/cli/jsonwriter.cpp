#include "app/cli/jsonwriter.h"

#include <cstdio>

namespace sandi::cli {

void JsonWriter::separate()
{
    if (m_needComma) {
        m_out.push_back(',');
    }
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.push_back('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.push_back('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.push_back('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.push_back(']');
    m_needComma = true;
}

void JsonWriter::key(std::string_view name)
{
    separate();
    escaped(name);
    m_out.push_back(':');
    m_needComma = false;
}

void JsonWriter::value(std::string_view text)
{
    separate();
    escaped(text);
}

void JsonWriter::value(std::int64_t number)
{
    separate();
    m_out += std::to_string(number);
}

void JsonWriter::value(std::uint64_t number)
{
    separate();
    m_out += std::to_string(number);
}

void JsonWriter::value(double number)
{
    separate();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", number);
    m_out += buffer;
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::escaped(std::string_view text)
{
    m_out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", u);
                m_out += buffer;
            } else {
                m_out.push_back(c); // UTF-8 passes through; the core has validated it
            }
        }
    }
    m_out.push_back('"');
}

} // namespace sandi::cli
