#include "app/cli/storecommands.h"

#include "app/cli/approvalcommands.h"
#include "app/cli/commands.h"
#include "app/cli/storesession.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"
#include "core/crypto/secretbytes.h"
#include "core/uri/otpauth.h"

#include <QCoreApplication>

#include <memory>
#include <ostream>
#include <utility>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

// The translation context of sandi-cli's messages ("sandi::cli"), in a form lupdate reads.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

// One output column: a tab or line break inside a name would break the line format.
std::string column(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }
    return text.toStdString();
}

std::string accountLine(const Account& account)
{
    return column(account.issuer) + '\t' + column(account.name);
}

bool isUriArgument(const QString& arg)
{
    return arg == u"-"_s || arg.contains(u"://"_s);
}

// One command's run: owns the store, finishes exactly once, then deletes itself.
class Session : public StoreSession
{
public:
    Session(StoreContext context, std::function<void(Exit)> finished)
        : StoreSession(std::move(context), std::move(finished))
    {
        connect(&m_store, &AccountStore::secretLoaded, this,
                [this](const QString& id) { secretAnswered(id, SecretResult{}); });
        connect(&m_store, &AccountStore::secretFailed, this, &Session::secretAnswered);
    }

    // Loads the metadata only (no keychain access) and warns about a recovered file; then `next`.
    void loadThen(std::function<void()> next)
    {
        whenLoaded(std::move(next));
        m_store.load(SecretLoading::OnDemand);
    }

    // The one account `query` names (an exact id, else a case-insensitive part of the issuer or
    // the account name); otherwise prints why and finishes.
    const Account* select(const QString& query)
    {
        QList<const Account*> matches;
        for (const auto& account : m_store.accounts()) {
            if (account.id.compare(query, Qt::CaseInsensitive) == 0) {
                return &account;
            }
            if (account.issuer.contains(query, Qt::CaseInsensitive) ||
                account.name.contains(query, Qt::CaseInsensitive)) {
                matches.append(&account);
            }
        }
        if (matches.size() == 1) {
            return matches.first();
        }
        if (matches.isEmpty()) {
            fail(CliText::tr("no account matches \"%1\"; see sandi-cli list").arg(query), Exit::NotFound);
            return nullptr;
        }
        io().err << "sandi-cli: "
                 << CliText::tr("\"%1\" matches %n accounts; give more of the name, or the id:", nullptr,
                                int(matches.size()))
                        .arg(query)
                        .toStdString()
                 << '\n';
        for (const Account* account : matches) {
            io().err << "  " << accountLine(*account) << '\t' << account->id.toStdString() << '\n';
        }
        finish(Exit::BadInput);
        return nullptr;
    }

    // Asks the keychain for the account's secret; `next` gets the answer.
    void secretThen(const QString& id, std::function<void(SecretResult)> next)
    {
        m_waitingFor = id;
        m_secretNext = std::move(next);
        m_store.fetchSecret(id);
    }

private:
    void secretAnswered(const QString& id, const SecretResult& result)
    {
        if (id != m_waitingFor || !m_secretNext) {
            return;
        }
        m_waitingFor.clear();
        std::exchange(m_secretNext, nullptr)(result);
    }

    QString m_waitingFor;
    std::function<void(SecretResult)> m_secretNext;
};

void runAdd(Session* session, const QStringList& args)
{
    QCommandLineParser parser;
    if (!parseArgs(parser, args, 1, session->io())) {
        return session->finish(Exit::Usage);
    }
    std::string text = uriArgument(parser.positionalArguments().first(), session->io());
    auto parsed = uri::parseOtpauth(text);
    secureWipe(text);
    if (!parsed) {
        return session->finish(reportError(parsed.error(), session->io()));
    }
    auto account = std::make_shared<uri::OtpauthUri>(std::move(*parsed));
    // A link with acceptor parameters also activates login approval, once the account is saved.
    ApprovalService* approvals = enrollingService(&session->store(), session->context(), session);
    session->loadThen([session, account, approvals] {
        session->store().add(std::move(*account), [session, approvals](const StoreResult& result) {
            if (!result.ok()) {
                return session->fail(storeErrorText(result.error));
            }
            session->io().out << accountLine(*session->store().find(result.id)) << '\n';
            reportEnrollment(approvals, result.id, session->io(), [session](Exit exit) { session->finish(exit); });
        });
    });
}

void runList(Session* session, const QStringList& args)
{
    QCommandLineParser parser;
    if (!parseArgs(parser, args, 0, session->io())) {
        return session->finish(Exit::Usage);
    }
    session->loadThen([session] {
        for (const auto& account : session->store().accounts()) {
            session->io().out << accountLine(account) << '\n';
        }
        session->finish(Exit::Ok);
    });
}

void printCode(Session* session, const QString& id, std::int64_t when)
{
    AccountStore& store = session->store();
    if (store.find(id)->params.timeBased()) {
        const auto code = store.code(id, when);
        if (!code) {
            return session->finish(reportError(code.error(), session->io()));
        }
        session->io().out << *code << '\n';
        return session->finish(Exit::Ok);
    }
    // HOTP: the counter is saved before the code is printed.
    store.advanceHotp(id, [session](const StoreResult& result, const std::string& code) {
        if (!result.ok()) {
            return session->fail(storeErrorText(result.error));
        }
        session->io().out << code << '\n';
        session->finish(Exit::Ok);
    });
}

void runCodeQuery(Session* session, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption timeOption(u"time"_s, CliText::tr("Unix time in seconds (may be negative)."),
                                        u"seconds"_s);
    parser.addOption(timeOption);
    if (!parseArgs(parser, args, 1, session->io())) {
        return session->finish(Exit::Usage);
    }
    const auto when = timeArgument(parser, timeOption, session->now(), session->io());
    if (!when) {
        return session->finish(Exit::Usage);
    }
    const QString query = parser.positionalArguments().first();
    session->loadThen([session, query, when = *when] {
        const Account* account = session->select(query);
        if (account == nullptr) {
            return;
        }
        const QString id = account->id;
        session->secretThen(id, [session, id, when](const SecretResult& result) {
            if (!result.ok()) {
                return session->fail(secretStateText(session->store().secretState(id)));
            }
            printCode(session, id, when);
        });
    });
}

void runRemove(Session* session, const QStringList& args)
{
    QCommandLineParser parser;
    if (!parseArgs(parser, args, 1, session->io())) {
        return session->finish(Exit::Usage);
    }
    const QString query = parser.positionalArguments().first();
    session->loadThen([session, query] {
        const Account* account = session->select(query);
        if (account == nullptr) {
            return;
        }
        const QString id = account->id;
        const std::string line = accountLine(*account);
        // Reading the secret first tells whether the keychain is there: without it the store is
        // read-only, and removing only the metadata would orphan the keychain item.
        session->secretThen(id, [session, id, line](const SecretResult&) {
            session->store().remove(id, [session, line](const StoreResult& result) {
                if (!result.ok()) {
                    return session->fail(storeErrorText(result.error));
                }
                if (!result.detail.isEmpty()) {
                    session->io().err << "sandi-cli: " << result.detail.toStdString() << '\n';
                }
                session->io().out << line << '\n';
                session->finish(Exit::Ok);
            });
        });
    });
}

} // namespace

bool isStoreCommand(const QString& command, const QStringList& args)
{
    if (command == u"add"_s || command == u"list"_s || command == u"remove"_s) {
        return true;
    }
    if (command != u"code"_s) {
        return false;
    }
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"time"_s, {}, u"seconds"_s));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // Anything odd (bad options, no argument) goes to the URI command, which explains the error.
    return parser.parse(QStringList{u"sandi-cli"_s} + args) && parser.positionalArguments().size() == 1 &&
           !isUriArgument(parser.positionalArguments().first());
}

void startStoreCommand(const QString& command, const QStringList& args, StoreContext context,
                       std::function<void(Exit)> finished)
{
    if (context.store.dataDir.isEmpty() || context.store.secrets == nullptr) {
        // QStandardPaths found no home folder: never fall back to the working directory.
        context.io.err << "sandi-cli: "
                       << CliText::tr("no folder for the accounts was found; is HOME set?").toStdString() << '\n';
        return finished(Exit::BadInput);
    }
    auto* session = new Session(std::move(context), std::move(finished));
    if (command == u"add"_s) {
        runAdd(session, args);
    } else if (command == u"list"_s) {
        runList(session, args);
    } else if (command == u"remove"_s) {
        runRemove(session, args);
    } else {
        runCodeQuery(session, args);
    }
}

} // namespace sandi::cli
