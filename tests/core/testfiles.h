#pragma once
// Reads files of the source tree (tests/core/data, docs) in tests.

#include <fstream>
#include <sstream>
#include <string>

namespace sandi::test {

inline std::string readSourceFile(const std::string& relative)
{
    std::ifstream in(std::string(SANDI_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace sandi::test
