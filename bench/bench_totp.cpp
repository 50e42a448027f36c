// TOTP codes per second: sandi_core's public API next to the fastest direct use of OpenSSL 3 ("bare",
// the ceiling for code that computes HMAC through OpenSSL) and liboath, in one run so that the ratios
// share the machine's state. bench/run.sh builds it in Release and turns the JSON output into the table.
//
// Every contender computes a complete 6-digit code per iteration: key in, digits out. The time moves on
// by one 30 s period per iteration, so every HMAC sees a new counter and nothing is cached. Before
// measuring, main() checks that all contenders agree with RFC 6238 and with each other.

#include "bench/baretotp.h"
#include "core/otp/otp.h"

#include <benchmark/benchmark.h>
#include <liboath/oath.h>
#include <openssl/crypto.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

namespace sandi::bench {
namespace {

using otp::Algorithm;

constexpr std::int64_t kStartTime = 1'700'000'000;
constexpr std::array kAlgorithms = {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512};

// RFC 6238 Appendix B seeds: 20, 32 and 64 ASCII bytes for SHA-1, SHA-256 and SHA-512.
std::string_view seedFor(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return "12345678901234567890";
    case Algorithm::Sha256:
        return "12345678901234567890123456789012";
    case Algorithm::Sha512:
        return "1234567890123456789012345678901234567890123456789012345678901234";
    }
    return {};
}

std::span<const std::byte> bytesOf(std::string_view text)
{
    return std::as_bytes(std::span(text.data(), text.size()));
}

const char* digestName(Algorithm algorithm)
{
    return otp::algorithmName(algorithm).data(); // "SHA1", "SHA256", "SHA512": NUL-terminated literals
}

// ---- liboath --------------------------------------------------------------------------------------

int oathFlags(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return 0;
    case Algorithm::Sha256:
        return OATH_TOTP_HMAC_SHA256;
    case Algorithm::Sha512:
        return OATH_TOTP_HMAC_SHA512;
    }
    return -1;
}

bool oathCode(std::string_view key, Algorithm algorithm, std::int64_t unixTime, Code& code)
{
    return oath_totp_generate2(key.data(), key.size(), static_cast<time_t>(unixTime), kPeriod,
                               OATH_TOTP_DEFAULT_START_TIME, kDigits, oathFlags(algorithm), code.data()) == OATH_OK;
}

// ---- benchmarks ------------------------------------------------------------------------------------

otp::Params paramsFor(Algorithm algorithm)
{
    return otp::Params::create(otp::Type::Totp, algorithm, kDigits, kPeriod).value();
}

void sandiTotp(benchmark::State& state, Algorithm algorithm)
{
    const auto key = bytesOf(seedFor(algorithm));
    const otp::Params params = paramsFor(algorithm);
    std::int64_t now = kStartTime;
    for (auto _ : state) {
        auto code = otp::totpAt(key, params, now);
        if (!code) {
            state.SkipWithError("otp::totpAt failed");
            break;
        }
        benchmark::DoNotOptimize(code->data());
        now += kPeriod;
    }
    state.SetItemsProcessed(state.iterations());
}

void bareTotp(benchmark::State& state, Algorithm algorithm, Way way)
{
    const std::string_view key = seedFor(algorithm);
    OpenSsl openssl(algorithm);
    if (!openssl.ready()) {
        state.SkipWithError("OpenSSL setup failed");
        return;
    }
    std::int64_t now = kStartTime;
    Code code{};
    for (auto _ : state) {
        if (!way(openssl, key, now, code)) {
            state.SkipWithError("OpenSSL HMAC failed");
            break;
        }
        benchmark::DoNotOptimize(code.data());
        now += kPeriod;
    }
    state.SetItemsProcessed(state.iterations());
}

void liboathTotp(benchmark::State& state, Algorithm algorithm)
{
    const std::string_view key = seedFor(algorithm);
    std::int64_t now = kStartTime;
    Code code{};
    for (auto _ : state) {
        if (!oathCode(key, algorithm, now, code)) {
            state.SkipWithError("oath_totp_generate2 failed");
            break;
        }
        benchmark::DoNotOptimize(code.data());
        now += kPeriod;
    }
    state.SetItemsProcessed(state.iterations());
}

void registerAll()
{
    for (const Algorithm algorithm : kAlgorithms) {
        const std::string hash(otp::algorithmName(algorithm));
        benchmark::RegisterBenchmark(("totp/sandi/" + hash).c_str(), sandiTotp, algorithm);
        for (const NamedWay& way : bareWays()) {
            benchmark::RegisterBenchmark(("totp/" + std::string(way.name) + "/" + hash).c_str(), bareTotp, algorithm,
                                         way.way);
        }
        benchmark::RegisterBenchmark(("totp/liboath/" + hash).c_str(), liboathTotp, algorithm);
    }
}

// ---- agreement check -------------------------------------------------------------------------------

// RFC 6238 Appendix B at T = 59 s: the last six of the eight digits.
std::string_view rfc6238At59(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return "287082";
    case Algorithm::Sha256:
        return "119246";
    case Algorithm::Sha512:
        return "693936";
    }
    return {};
}

// True when sandi gives the RFC code at 59 s and every contender gives sandi's code at 1000 times.
bool contendersAgree()
{
    for (const Algorithm algorithm : kAlgorithms) {
        const std::string_view key = seedFor(algorithm);
        OpenSsl openssl(algorithm);
        if (!openssl.ready()) {
            std::fputs("bench_totp: OpenSSL setup failed\n", stderr);
            return false;
        }
        for (std::int64_t i = 0; i < 1000; ++i) {
            const std::int64_t now = i == 0 ? 59 : kStartTime + i * 7919;
            const auto expected = otp::totpAt(bytesOf(key), paramsFor(algorithm), now);
            bool ok = expected.has_value() && (i != 0 || *expected == rfc6238At59(algorithm));
            Code code{};
            ok = ok && oathCode(key, algorithm, now, code) && *expected == code.data();
            for (const NamedWay& way : bareWays()) {
                ok = ok && way.way(openssl, key, now, code) && *expected == code.data();
            }
            if (!ok) {
                std::fprintf(stderr, "bench_totp: contenders disagree (%s, t=%lld)\n", digestName(algorithm),
                             static_cast<long long>(now));
                return false;
            }
        }
    }
    return true;
}

} // namespace
} // namespace sandi::bench

int main(int argc, char** argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    if (oath_init() != OATH_OK) {
        std::fputs("bench_totp: oath_init failed\n", stderr);
        return 1;
    }
    if (!sandi::bench::contendersAgree()) {
        return 1;
    }
    benchmark::AddCustomContext("openssl", OpenSSL_version(OPENSSL_VERSION));
    benchmark::AddCustomContext("liboath", oath_check_version(nullptr));
    sandi::bench::registerAll();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    oath_done();
    return 0;
}
