#include "app/cli/approvalcommands.h"

#include "app/approval/approvalservice.h"
#include "app/cli/commands.h"
#include "app/cli/jsonwriter.h"
#include "app/cli/storesession.h"
#include "app/store/accountstore.h"
#include "app/store/storemessages.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <ostream>

using namespace Qt::StringLiterals;

namespace sandi::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(sandi::cli)
};

std::function<qint64()> clockFrom(std::int64_t now)
{
    // The command's "now", moving on with the system clock.
    const qint64 offset = qint64(now) * 1000 - QDateTime::currentMSecsSinceEpoch();
    return [offset] { return QDateTime::currentMSecsSinceEpoch() + offset; };
}

std::string column(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }
    return text.toStdString();
}

// One command's run: store, service, the event-loop steps; finishes once, then deletes itself.
class ApprovalSession : public StoreSession
{
public:
    ApprovalSession(StoreContext context, std::function<void(Exit)> finished)
        : StoreSession(std::move(context), std::move(finished)),
          m_service(&m_store, m_context.store.secrets, clockFrom(m_context.now), this)
    {}

    ApprovalService& service() { return m_service; }
    [[nodiscard]] qint64 nowMs() const { return clockFrom(m_context.now)(); }

    // Loads the accounts, polls every enrolled one once, prints problems; then `next`.
    void pollThen(std::function<void()> next)
    {
        whenLoaded([this, next = std::move(next)] {
            const bool any =
                std::any_of(m_store.accounts().cbegin(), m_store.accounts().cend(),
                            [this](const Account& a) { return m_service.state(a.id) == ApprovalState::Active; });
            if (!any) {
                return fail(CliText::tr("no account has login approval active; add one with sandi-cli add URI"),
                            Exit::NotFound);
            }
            m_service.pollOnce(kQuietPollMs, [this, next](const QStringList& problems) {
                m_problems = problems;
                for (const QString& problem : problems) {
                    io().err << "sandi-cli: " << problem.toStdString() << '\n';
                }
                next();
            });
        });
        m_store.load(SecretLoading::OnDemand);
    }

    [[nodiscard]] bool hadProblems() const { return !m_problems.isEmpty(); }

    // The waiting request that `id` names (all of it, or a unique beginning); else prints why.
    std::optional<ApprovalPrompt> select(const QString& id)
    {
        QList<ApprovalPrompt> matches;
        for (const ApprovalPrompt& prompt : m_service.pending()) {
            if (prompt.id == id) {
                return prompt;
            }
            if (id.size() >= 4 && prompt.id.startsWith(id)) {
                matches.append(prompt);
            }
        }
        if (matches.size() == 1) {
            return matches.first();
        }
        if (matches.isEmpty()) {
            fail(CliText::tr("no login request \"%1\" is waiting; see sandi-cli approvals").arg(id), Exit::NotFound);
        } else {
            fail(CliText::tr("\"%1\" is the beginning of %n waiting requests; give more of the id", nullptr,
                             int(matches.size()))
                     .arg(id));
        }
        return std::nullopt;
    }

private:
    ApprovalService m_service;
    QStringList m_problems;
};

QString numbersText(const ApprovalPrompt& prompt)
{
    return u"%1 %2 %3"_s.arg(prompt.numbers[0]).arg(prompt.numbers[1]).arg(prompt.numbers[2]);
}

void printJson(ApprovalSession* session, const QList<ApprovalPrompt>& prompts, const QStringList& problems)
{
    JsonWriter json;
    json.beginObject();
    json.key("approvals");
    json.beginArray();
    for (const ApprovalPrompt& p : prompts) {
        json.beginObject();
        json.key("id");
        json.value(p.id.toStdString());
        json.key("account_id");
        json.value(p.accountId.toStdString());
        json.key("site");
        json.value(p.site.toStdString());
        json.key("account");
        json.value(p.account.toStdString());
        json.key("browser");
        json.value(p.userAgent.toStdString());
        json.key("ip");
        json.value(p.ip.toStdString());
        json.key("numbers");
        json.beginArray();
        for (const int n : p.numbers) {
            json.value(n);
        }
        json.endArray();
        json.key("seconds_left");
        json.value(std::int64_t(std::max<qint64>(0, (p.expiresAtMs - session->nowMs()) / 1000)));
        json.key("expires");
        json.value(std::int64_t(p.expiresAtMs / 1000));
        json.endObject();
    }
    json.endArray();
    json.key("problems");
    json.beginArray();
    for (const QString& problem : problems) {
        json.value(problem.toStdString());
    }
    json.endArray();
    json.endObject();
    session->io().out << json.text() << '\n';
}

void runApprovals(ApprovalSession* session, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, CliText::tr("Print one JSON document."));
    parser.addOption(jsonOption);
    if (!parseArgs(parser, args, 0, session->io())) {
        return session->finish(Exit::Usage);
    }
    const bool json = parser.isSet(jsonOption);
    session->pollThen([session, json] {
        const QList<ApprovalPrompt> prompts = session->service().pending();
        if (json) {
            printJson(session, prompts, {});
        } else {
            for (const ApprovalPrompt& p : prompts) {
                const qint64 left = std::max<qint64>(0, (p.expiresAtMs - session->nowMs()) / 1000);
                session->io().out << column(p.id) << '\t' << column(p.site) << '\t' << column(p.account) << '\t'
                                  << numbersText(p).toStdString() << '\t' << left << '\t' << column(p.ip) << '\t'
                                  << column(p.userAgent) << '\n';
            }
            if (prompts.isEmpty() && !session->hadProblems()) {
                session->io().err << CliText::tr("No login request is waiting.").toStdString() << '\n';
            }
        }
        session->finish(session->hadProblems() && prompts.isEmpty() ? Exit::BadInput : Exit::Ok);
    });
}

// Request ids are base64url, so one begins with "-" now and then, and QCommandLineParser would
// read "-nz7NG" as five unknown short options. approve and deny have no option but --number, so
// every other argument that begins with "-" is the id: it goes after "--".
QStringList idsAfterDashes(const QStringList& args)
{
    QStringList options;
    QStringList ids;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == u"--"_s) {
            ids += args.mid(i + 1);
            break;
        }
        if (arg == u"--number"_s && i + 1 < args.size()) {
            options << arg << args.at(++i);
        } else if (arg.startsWith(u"--number="_s) || !arg.startsWith(u'-') || arg == u"-"_s) {
            options << arg;
        } else {
            ids << arg;
        }
    }
    return ids.isEmpty() ? options : options + QStringList{u"--"_s} + ids;
}

void runAnswer(ApprovalSession* session, const QStringList& args, bool approve)
{
    QCommandLineParser parser;
    const QCommandLineOption numberOption(u"number"_s, CliText::tr("The number the browser shows."), u"N"_s);
    if (approve) {
        parser.addOption(numberOption);
    }
    if (!parseArgs(parser, idsAfterDashes(args), 1, session->io())) {
        return session->finish(Exit::Usage);
    }
    int number = 0;
    if (approve) {
        bool ok = false;
        number = parser.value(numberOption).toInt(&ok);
        if (!parser.isSet(numberOption) || !ok) {
            return session->fail(CliText::tr("approve needs --number N, the number the browser shows"), Exit::Usage);
        }
    }
    const QString id = parser.positionalArguments().first();
    session->pollThen([session, id, approve, number] {
        const auto prompt = session->select(id);
        if (!prompt) {
            return;
        }
        if (approve && std::find(prompt->numbers.cbegin(), prompt->numbers.cend(), number) == prompt->numbers.cend()) {
            return session->fail(CliText::tr("%1 is not one of the numbers offered (%2); nothing was sent")
                                     .arg(number)
                                     .arg(numbersText(*prompt)));
        }
        const QString promptId = prompt->id;
        QObject::connect(&session->service(), &ApprovalService::promptEnded, session,
                         [session, promptId](const QString& ended, PromptEnd end, const QString& detail) {
                             if (ended != promptId) {
                                 return;
                             }
                             if (end == PromptEnd::Approved || end == PromptEnd::Denied) {
                                 session->io().out << detail.toStdString() << '\n';
                                 return session->finish(Exit::Ok);
                             }
                             session->fail(detail);
                         });
        if (approve) {
            session->service().approve(promptId, number);
        } else {
            session->service().deny(promptId);
        }
    });
}

} // namespace

bool isApprovalCommand(const QString& command)
{
    return command == u"approvals"_s || command == u"approve"_s || command == u"deny"_s;
}

void startApprovalCommand(const QString& command, const QStringList& args, StoreContext context,
                          std::function<void(Exit)> finished)
{
    if (context.store.dataDir.isEmpty() || context.store.secrets == nullptr) {
        context.io.err << "sandi-cli: "
                       << CliText::tr("no folder for the accounts was found; is HOME set?").toStdString() << '\n';
        return finished(Exit::BadInput);
    }
    auto* session = new ApprovalSession(std::move(context), std::move(finished));
    if (command == u"approvals"_s) {
        runApprovals(session, args);
    } else {
        runAnswer(session, args, command == u"approve"_s);
    }
}

ApprovalService* enrollingService(AccountStore* store, const StoreContext& context, QObject* parent)
{
    return new ApprovalService(store, context.store.secrets, clockFrom(context.now), parent);
}

void reportEnrollment(ApprovalService* service, const QString& id, Io io, std::function<void(Exit)> finished)
{
    if (service->state(id) != ApprovalState::Enrolling) {
        return finished(Exit::Ok);
    }
    QObject::connect(service, &ApprovalService::enrollmentFinished, service,
                     [id, io, finished](const QString& account, bool ok, const QString& detail) {
                         if (account != id) {
                             return;
                         }
                         if (ok) {
                             io.out << detail.toStdString() << '\n';
                         } else {
                             io.err << "sandi-cli: " << detail.toStdString() << '\n';
                         }
                         finished(ok ? Exit::Ok : Exit::BadInput);
                     });
}

} // namespace sandi::cli
