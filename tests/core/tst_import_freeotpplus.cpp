// FreeOTP+ JSON exports (importsamples.h), in the layout FreeOTP+ writes ("tokens" with secrets as
// lists of signed Java bytes, "tokenOrder").
#include "core/import/freeotpplus.h"

#include "core/encoding/json.h"
#include "core/import/registry.h"
#include "importsamples.h"
#include "importtestutil.h"

#include <gtest/gtest.h>

namespace sandi::importer {
namespace {

TEST(ImportFreeOtpPlus, Export)
{
    const std::string text = test::samples::freeOtpPlusExport();
    EXPECT_EQ(detect(text).format, Format::FreeOtpPlus);
    const auto result = importFile(text, std::nullopt);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(test::describeAll(*result), test::samples::kFreeOtpPlusAccounts);
    EXPECT_EQ(test::describeUnusable(*result), test::samples::kFreeOtpPlusUnusable);
}

TEST(ImportFreeOtpPlus, DamagedExport)
{
    EXPECT_EQ(importFreeOtpPlus("{\"tokens\": {}}").error().code, Errc::CorruptedFile);
    EXPECT_EQ(importFile("{\"tokenOrder\": [], \"tokens\": [", std::nullopt).error().code, Errc::CorruptedFile);
}

} // namespace
} // namespace sandi::importer
