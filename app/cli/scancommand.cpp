#include "app/cli/scancommand.h"

#include "app/cli/jsonwriter.h"
#include "app/scan/filescanner.h"
#include "app/scan/imagescan.h"
#include "app/scan/screenscanner.h"
#include "core/crypto/secretbytes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <istream>
#include <iterator>
#include <optional>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

// The translation context of sandi-cli's messages ("sandi::cli"), in a form lupdate reads.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

enum class Source
{
    Screen,
    File,
    Stdin,
};

struct Entry
{
    Source source = Source::File;
    QString file;
    ScanResult result;
};

struct ScanRequest
{
    bool screen = false;
    bool json = false;
    QStringList files;
};

std::string_view sourceName(Source source)
{
    switch (source) {
    case Source::Screen:
        return "screen";
    case Source::Stdin:
        return "stdin";
    case Source::File:
        break;
    }
    return "file";
}

Entry scanFile(const QString& file, Io io)
{
    Entry entry;
    entry.file = file;
    if (file == u"-"_s) {
        entry.source = Source::Stdin;
        const std::string bytes{std::istreambuf_iterator<char>(io.in), std::istreambuf_iterator<char>()};
        const LoadedImage loaded =
            loadImageData(QByteArray::fromStdString(bytes), CliText::tr("standard input", "the image source \"-\""));
        if (!loaded.error.isEmpty()) {
            entry.result.error = loaded.error;
        } else {
            entry.result = scanImage(loaded.image);
        }
    } else {
        entry.result = scanImageFile(file);
    }
    return entry;
}

void writeEntry(JsonWriter& json, const Entry& entry)
{
    json.beginObject();
    json.key("source");
    json.value(sourceName(entry.source));
    json.key("file");
    entry.source == Source::Screen ? json.null() : json.value(entry.file.toStdString());
    json.key("codes");
    json.beginArray();
    for (const auto& code : entry.result.codes) {
        json.beginObject();
        json.key("text");
        std::string text = code.text.toStdString();
        json.value(text);
        secureWipe(text);
        json.key("corners");
        json.beginArray();
        for (const QPoint& corner : code.corners) {
            json.beginArray();
            json.value(corner.x());
            json.value(corner.y());
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("elapsed_ms");
    json.value(std::int64_t{entry.result.elapsedMs});
    json.key("timed_out");
    json.value(entry.result.timedOut);
    json.key("error");
    entry.result.ok() ? json.null() : json.value(entry.result.error.toStdString());
    json.endObject();
}

// Prints every entry and answers the exit status.
Exit report(const QList<Entry>& entries, const ScanRequest& request, Io io)
{
    bool failed = false;
    bool found = false;
    for (const auto& entry : entries) {
        failed = failed || !entry.result.ok();
        found = found || !entry.result.codes.isEmpty();
    }
    if (request.json) {
        JsonWriter json;
        json.beginArray();
        for (const auto& entry : entries) {
            writeEntry(json, entry);
        }
        json.endArray();
        io.out << json.text() << '\n';
    } else {
        for (const auto& entry : entries) {
            if (!entry.result.ok()) {
                io.err << "sandi-cli: " << entry.result.error.toStdString() << '\n';
            }
            for (const auto& code : entry.result.codes) {
                std::string text = code.text.toStdString();
                io.out << text << '\n';
                secureWipe(text);
            }
        }
        if (!found && !failed) {
            io.err << "sandi-cli: " << CliText::tr("no QR code found").toStdString() << '\n';
        }
    }
    io.out.flush();
    if (failed) {
        return Exit::BadInput;
    }
    return found ? Exit::Ok : Exit::NotFound;
}

std::optional<ScanRequest> parseScan(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    const QCommandLineOption screen(u"screen"_s, CliText::tr("Scan every screen."));
    const QCommandLineOption json(u"json"_s, CliText::tr("Print one JSON document."));
    parser.addOption(screen);
    parser.addOption(json);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{u"sandi-cli"_s} + args)) {
        io.err << "sandi-cli: " << parser.errorText().toStdString() << '\n';
        return std::nullopt;
    }
    ScanRequest request{parser.isSet(screen), parser.isSet(json), parser.positionalArguments()};
    if (!request.screen && request.files.isEmpty()) {
        io.err << CliText::tr("sandi-cli: scan needs --screen or at least one image FILE; see sandi-cli --help")
                      .toStdString()
               << '\n';
        return std::nullopt;
    }
    return request;
}

} // namespace

bool wantsScreen(const QStringList& arguments)
{
    return arguments.value(1) == u"scan"_s && arguments.mid(2).contains(u"--screen"_s);
}

void startScan(const QStringList& args, Io io, std::function<void(Exit)> finished)
{
    const auto request = parseScan(args, io);
    if (!request) {
        return finished(Exit::Usage);
    }
    QList<Entry> entries;
    for (const QString& file : request->files) {
        entries.append(scanFile(file, io));
    }
    if (!request->screen) {
        return finished(report(entries, *request, io));
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        io.err << "sandi-cli: " << CliText::tr("--screen needs a graphical session.").toStdString() << '\n';
        return finished(Exit::BadInput);
    }
    // Owned by the application object until the scan has finished.
    auto* scanner = new ScreenScanner(QCoreApplication::instance());
    QObject::connect(scanner, &ScreenScanner::finished, scanner,
                     [scanner, entries, request = *request, io, finished](const ScanResult& result) mutable {
                         entries.prepend(Entry{Source::Screen, QString(), result});
                         scanner->deleteLater();
                         finished(report(entries, request, io));
                     });
    scanner->start();
}

} // namespace sandi::cli
