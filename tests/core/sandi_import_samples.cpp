// Writes importsamples.h's files into a folder, for the sandi-cli and app tests:
//   sandi_import_samples DIR
// makes DIR/<sample file> for each sample and DIR/manifest.json, a list of
// {"file", "password", "accounts": ["type alg digits period counter|issuer|account|SECRET"...],
//  "unusable": ["index|label|ErrcName"...]} (the forms of importtestutil.h).
#include "core/encoding/json.h"
#include "importsamples.h"

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: sandi_import_samples DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    sandi::json::Value manifest = sandi::json::Value::array();
    for (const auto& sample : sandi::test::samples::allSamples()) {
        std::ofstream out(dir + "/" + sample.name, std::ios::binary);
        out << sample.bytes;
        if (!out) {
            std::cerr << "cannot write " << dir << "/" << sample.name << "\n";
            return 1;
        }
        manifest.push_back({{"file", sample.name},
                            {"password", sample.password},
                            {"accounts", sample.accounts},
                            {"unusable", sample.unusable}});
    }
    std::ofstream out(dir + "/manifest.json", std::ios::binary);
    out << sandi::json::dump(manifest) << "\n";
    return out ? 0 : 1;
}
