#include "app/cli/transfercommands.h"

#include "app/cli/commands.h"
#include "app/cli/storesession.h"
#include "app/errortext.h"
#include "app/store/accountsnapshot.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "app/transfer/fileexport.h"
#include "app/transfer/fileimport.h"
#include "core/crypto/secretbytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <istream>
#include <memory>
#include <optional>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

constexpr qint64 kMaxPasswordFile = 64 * 1024;

// The password in `path` ("-": standard input): its first line, exactly as written, without the
// line end. nullopt (with the reason printed) when the file cannot be read.
std::optional<QString> readPassword(const QString& path, Io io)
{
    std::string text;
    if (path == u"-"_s) {
        std::getline(io.in, text);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "sandi-cli: "
                   << CliText::tr("the password file “%1” could not be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())
                          .toStdString()
                   << '\n';
            return std::nullopt;
        }
        QByteArray bytes = file.read(kMaxPasswordFile);
        text.assign(bytes.constData(), std::size_t(bytes.size()));
        bytes.fill('\0');
        if (const auto end = text.find('\n'); end != std::string::npos) {
            text.resize(end);
        }
    }
    if (!text.empty() && text.back() == '\r') {
        text.pop_back();
    }
    QString password = QString::fromStdString(text);
    secureWipe(text);
    return password;
}

class TransferSession : public StoreSession
{
public:
    TransferSession(StoreContext context, std::function<void(Exit)> finished)
        : StoreSession(std::move(context), std::move(finished))
    {}

    // Loads the list, asks the keychain for every key (duplicates are told by their key, exports
    // carry them), then `next` once every answer is in.
    void loadWithSecretsThen(std::function<void()> next)
    {
        whenLoaded([this, next = std::move(next)] {
            m_store.retrySecrets();
            if (!secretsPending(m_store)) {
                return next();
            }
            auto waiting = std::make_shared<bool>(true);
            const auto check = [this, waiting, next] {
                if (*waiting && !secretsPending(m_store)) {
                    *waiting = false;
                    next();
                }
            };
            connect(&m_store, &AccountStore::secretLoaded, this, check);
            connect(&m_store, &AccountStore::secretFailed, this, check);
        });
        m_store.load(SecretLoading::OnDemand);
    }

private:
};

void printUnusable(const FileImport& import, Io io)
{
    for (const UnusableEntry& entry : import.unusable()) {
        const QString label = entry.label.isEmpty() ? QString() : u" “%1”"_s.arg(entry.label);
        io.err << "  " << (entry.position + label).toStdString() << ": " << entry.reason.toStdString() << " ["
               << errcName(entry.code) << "]\n";
    }
}

void runImport(TransferSession* session, const QString& path, std::optional<QString> password)
{
    auto* import = new FileImport(&session->store(), session);
    QObject::connect(import, &FileImport::failed, session,
                     [session](const QString& message) { session->fail(message); });
    QObject::connect(import, &FileImport::passwordNeeded, session, [session, import, path, password] {
        if (!password) {
            return session->fail(CliText::tr("“%1” is an encrypted %2: give its password with --password-file FILE "
                                             "(or - for standard input)")
                                     .arg(QDir::toNativeSeparators(path), FileImport::formatText(import->format())));
        }
        import->unlock(*password);
    });
    QObject::connect(import, &FileImport::wrongPassword, session,
                     [session] { session->fail(errorText(Errc::WrongPassword)); });
    QObject::connect(import, &FileImport::ready, session, [import] { import->add(import->defaultChecks()); });
    QObject::connect(import, &FileImport::finished, session, [session, import](const FileImportReport& report) {
        const Io io = session->io();
        io.out << CliText::tr("imported %1, skipped %2 duplicates, %3 unusable")
                      .arg(report.added)
                      .arg(report.skipped)
                      .arg(import->unusable().size())
                      .toStdString()
               << '\n';
        if (report.restored > 0) {
            io.out << CliText::tr("restored the lost key of %n account(s) already listed", nullptr, report.restored)
                          .toStdString()
                   << '\n';
        }
        printUnusable(*import, io);
        if (!report.failure.isEmpty()) {
            return session->fail(
                report.failure + u' ' +
                CliText::tr("%n account(s) of the file were not imported.", nullptr, report.notReached));
        }
        session->finish(Exit::Ok);
    });
    session->loadWithSecretsThen([import, path] { import->open(path); });
}

void runExport(TransferSession* session, const QString& path, ExportFormat format, const QString& password)
{
    auto* exporter = new FileExport(session);
    QObject::connect(exporter, &FileExport::finished, session, [session, format](const ExportReport& report) {
        if (!report.ok) {
            return session->fail(report.error);
        }
        const QString file = QDir::toNativeSeparators(report.path);
        session->io().out
            << CliText::tr("exported %n account(s) to %1", nullptr, report.accounts).arg(file).toStdString() << '\n';
        if (format == ExportFormat::OtpauthList) {
            session->io().err << "sandi-cli: "
                              << CliText::tr("warning: %1 holds the secret keys unencrypted; anyone who can read it "
                                             "can make your codes. Delete it once it is imported elsewhere.")
                                     .arg(file)
                                     .toStdString()
                              << '\n';
        }
        session->finish(Exit::Ok);
    });
    session->loadWithSecretsThen([session, exporter, format, path, password] {
        if (const QString problem = snapshotProblemText(session->store()); !problem.isEmpty()) {
            return session->fail(problem);
        }
        exporter->start(format, path, session->store(), password);
    });
}

} // namespace

bool isTransferCommand(const QString& command)
{
    return command == u"import"_s || command == u"export"_s;
}

void startTransferCommand(const QString& command, const QStringList& args, StoreContext context,
                          std::function<void(Exit)> finished)
{
    const Io io = context.io;
    QCommandLineParser parser;
    const QCommandLineOption passwordOption(u"password-file"_s, CliText::tr("Read the password from FILE."), u"file"_s);
    const QCommandLineOption formatOption(u"format"_s, CliText::tr("sandi or uris."), u"format"_s);
    parser.addOption(passwordOption);
    if (command == u"export"_s) {
        parser.addOption(formatOption);
    }
    if (!parseArgs(parser, args, 1, io)) {
        return finished(Exit::Usage);
    }
    const QString path = parser.positionalArguments().first();
    ExportFormat format = ExportFormat::SandiBackup;
    if (command == u"export"_s) {
        const QString name = parser.value(formatOption);
        if (name != u"sandi"_s && name != u"uris"_s) {
            io.err << CliText::tr("sandi-cli: export needs --format sandi or --format uris").toStdString() << '\n';
            return finished(Exit::Usage);
        }
        format = name == u"sandi"_s ? ExportFormat::SandiBackup : ExportFormat::OtpauthList;
        if (format == ExportFormat::SandiBackup && !parser.isSet(passwordOption)) {
            io.err << CliText::tr("sandi-cli: a Sandi backup is encrypted: give its password with --password-file FILE "
                                  "(or - for standard input)")
                          .toStdString()
                   << '\n';
            return finished(Exit::Usage);
        }
        if (format == ExportFormat::OtpauthList && parser.isSet(passwordOption)) {
            io.err << CliText::tr("sandi-cli: a list of links is not encrypted; --password-file is only for "
                                  "--format sandi")
                          .toStdString()
                   << '\n';
            return finished(Exit::Usage);
        }
    }
    std::optional<QString> password;
    if (parser.isSet(passwordOption)) {
        password = readPassword(parser.value(passwordOption), io);
        if (!password) {
            return finished(Exit::BadInput);
        }
    }
    if (command == u"export"_s && format == ExportFormat::SandiBackup) {
        if (const QString problem = backupPasswordProblem(*password, *password); !problem.isEmpty()) {
            io.err << "sandi-cli: " << problem.toStdString() << '\n';
            return finished(Exit::BadInput);
        }
    }
    if (context.store.dataDir.isEmpty() || context.store.secrets == nullptr) {
        io.err << "sandi-cli: " << CliText::tr("no folder for the accounts was found; is HOME set?").toStdString()
               << '\n';
        return finished(Exit::BadInput);
    }
    auto* session = new TransferSession(std::move(context), std::move(finished));
    if (command == u"import"_s) {
        runImport(session, path, std::move(password));
    } else {
        runExport(session, path, format, password.value_or(QString()));
    }
}

} // namespace sandi::cli
