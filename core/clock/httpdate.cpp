#include "core/clock/httpdate.h"

#include <array>
#include <optional>
#include <string>

namespace sandi::clock {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 7> kLongDays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

struct Fields
{
    int weekday = -1;
    int year = 0;
    int month = 0; // 1..12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

// A fixed-width run of ASCII digits; a leading space counts as a zero only when `spacePad`.
std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count, bool spacePad = false)
{
    if (at + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c == ' ' && spacePad && i + 1 < count && value == 0) {
            continue;
        }
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

template <std::size_t N> int indexOf(const std::array<std::string_view, N>& names, std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kLengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kLengths[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms", days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return std::int64_t{era} * 146097 + doe - 719468;
}

// "HH:MM:SS" at `at`.
bool readTime(std::string_view text, std::size_t at, Fields& f)
{
    const auto h = digits(text, at, 2);
    const auto m = digits(text, at + 3, 2);
    const auto s = digits(text, at + 6, 2);
    if (!h || !m || !s || text.substr(at + 2, 1) != ":" || text.substr(at + 5, 1) != ":") {
        return false;
    }
    f.hour = *h;
    f.minute = *m;
    f.second = *s;
    return true;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
std::optional<Fields> imfFixdate(std::string_view t)
{
    Fields f;
    if (t.size() != 29 || t.substr(3, 2) != ", " || t[7] != ' ' || t[11] != ' ' || t[16] != ' ' ||
        t.substr(25) != " GMT") {
        return std::nullopt;
    }
    const auto day = digits(t, 5, 2);
    const auto year = digits(t, 12, 4);
    if (!day || !year || !readTime(t, 17, f)) {
        return std::nullopt;
    }
    f.weekday = indexOf(kDays, t.substr(0, 3));
    f.month = indexOf(kMonths, t.substr(8, 3)) + 1;
    f.day = *day;
    f.year = *year;
    return f;
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
std::optional<Fields> rfc850(std::string_view t)
{
    const std::size_t comma = t.find(", ");
    if (comma == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view rest = t.substr(comma + 2);
    Fields f;
    if (rest.size() != 22 || rest[2] != '-' || rest[6] != '-' || rest[9] != ' ' || rest.substr(18) != " GMT") {
        return std::nullopt;
    }
    const auto day = digits(rest, 0, 2);
    const auto year = digits(rest, 7, 2);
    if (!day || !year || !readTime(rest, 10, f)) {
        return std::nullopt;
    }
    f.weekday = indexOf(kLongDays, t.substr(0, comma));
    f.month = indexOf(kMonths, rest.substr(3, 3)) + 1;
    f.day = *day;
    f.year = *year + (*year >= 70 ? 1900 : 2000);
    return f;
}

// "Sun Nov  6 08:49:37 1994"
std::optional<Fields> asctime(std::string_view t)
{
    Fields f;
    if (t.size() != 24 || t[3] != ' ' || t[7] != ' ' || t[10] != ' ' || t[19] != ' ') {
        return std::nullopt;
    }
    const auto day = digits(t, 8, 2, true);
    const auto year = digits(t, 20, 4);
    if (!day || !year || !readTime(t, 11, f)) {
        return std::nullopt;
    }
    f.weekday = indexOf(kDays, t.substr(0, 3));
    f.month = indexOf(kMonths, t.substr(4, 3)) + 1;
    f.day = *day;
    f.year = *year;
    return f;
}

} // namespace

Result<std::int64_t> parseHttpDate(std::string_view text)
{
    std::optional<Fields> fields = imfFixdate(text);
    if (!fields) {
        fields = text.find('-') != std::string_view::npos ? rfc850(text) : asctime(text);
    }
    if (!fields) {
        return fail(Errc::InvalidHttpDate, "not an IMF-fixdate, RFC 850 or asctime date in GMT");
    }
    const Fields& f = *fields;
    if (f.weekday < 0 || f.month < 1) {
        return fail(Errc::InvalidHttpDate, "unknown day or month name");
    }
    if (f.year < 1900 || f.day < 1 || f.day > daysInMonth(f.year, f.month)) {
        return fail(Errc::InvalidHttpDate, "no such day");
    }
    // Second 60: a leap second (RFC 5322 §3.3 allows it).
    if (f.hour > 23 || f.minute > 59 || f.second > 60) {
        return fail(Errc::InvalidHttpDate, "no such time of day");
    }
    const std::int64_t days = daysFromCivil(f.year, f.month, f.day);
    const auto weekday = static_cast<int>(((days % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    if (weekday != f.weekday) {
        return fail(Errc::InvalidHttpDate, "the weekday does not match the date");
    }
    return days * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
}

std::int64_t httpDateOffsetMicros(std::int64_t dateUnixSeconds, std::int64_t sentUnixMicros,
                                  std::int64_t receivedUnixMicros) noexcept
{
    const std::int64_t serverMiddle = dateUnixSeconds * 1'000'000 + 500'000;
    const std::int64_t ourMiddle = sentUnixMicros + (receivedUnixMicros - sentUnixMicros) / 2;
    return serverMiddle - ourMiddle;
}

} // namespace sandi::clock
