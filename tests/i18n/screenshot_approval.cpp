// Draws the login approval prompt and the account rows' approval states, in English or Indonesian,
// for checking the look and that a translation fits (the README's pictures of the real window come
// from the end-to-end test, tests/e2e/approval_e2e.py). Not a test: it only draws, with grab().
//
//   QT_QPA_PLATFORM=offscreen sandi_approval_screenshot id OUT.png [prompt|picked|queue|note|locked|rows]

#include "app/accountlistmodel.h"
#include "app/approval/approvalprompt.h"
#include "ui/accountdelegate.h"
#include "ui/accountview.h"
#include "ui/approval/approvalpanel.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'790'000'000'000;
constexpr QSize kWindowSize(560, 760);

bool installTranslation(QApplication& app, const QString& language)
{
    auto* own = new QTranslator(&app);
    if (!own->load(u":/i18n/sandi_%1.qm"_s.arg(language))) {
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (language == u"id"_s) {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Indonesian), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
    }
    return true;
}

sandi::ApprovalPrompt prompt(const QString& id, std::array<int, 3> numbers)
{
    sandi::ApprovalPrompt p;
    p.id = id;
    p.site = u"LPSE Kota Demo"_s;
    p.account = u"ppk1"_s;
    p.userAgent = u"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 "
                  "Safari/537.36"_s;
    p.ip = u"127.0.0.1"_s;
    p.numbers = numbers;
    p.expiresAtMs = kNow + 94'000;
    return p;
}

QStandardItem* row(const QString& issuer, const QString& name, const QString& code, sandi::ApprovalState state,
                   const QString& text)
{
    using M = sandi::AccountListModel;
    auto* item = new QStandardItem;
    item->setData(issuer, M::IssuerRole);
    item->setData(name, M::NameRole);
    item->setData(code, M::GroupedCodeRole);
    item->setData(code, M::CodeRole);
    item->setData(17, M::SecondsLeftRole);
    item->setData(30, M::PeriodRole);
    item->setData(static_cast<int>(M::State::Ready), M::StateRole);
    item->setData(static_cast<int>(state), M::ApprovalStateRole);
    item->setData(text, M::ApprovalTextRole);
    return item;
}

QWidget* rows()
{
    using sandi::AccountListModel;
    using sandi::ApprovalState;
    auto* model = new QStandardItemModel;
    model->appendRow(row(u"LPSE Kota Demo"_s, u"ppk1"_s, u"492 039"_s, ApprovalState::Active,
                         AccountListModel::tr("Login approval active")));
    model->appendRow(row(u"LPSE Kabupaten Kudus"_s, u"pokja.konstruksi2"_s, u"818 347"_s, ApprovalState::Revoked,
                         AccountListModel::tr("This device is no longer active for this account; activate again")));
    model->appendRow(row(
        u"LPSE Kota Kupang"_s, u"cv.maju.jaya"_s, u"104 662"_s, ApprovalState::EnrollFailed,
        QCoreApplication::translate("sandi::Approval", "Login approval was not activated; the account's codes work as "
                                                       "before. %1")
            .arg(QCoreApplication::translate("sandi::Approval",
                                             "The activation code has expired. Show a new activation code "
                                             "on the SPSE page and scan it again."))));
    model->appendRow(row(u"LPSE Provinsi NTT"_s, u"ppk.dinas"_s, u"330 981"_s, ApprovalState::Enrolling,
                         AccountListModel::tr("Activating login approval…")));
    model->appendRow(row(u"Bank Daerah"_s, u"bendahara"_s, u"775 120"_s, ApprovalState::None, {}));
    auto* view = new sandi::AccountView;
    view->setModel(model);
    view->setItemDelegate(new sandi::AccountDelegate(view));
    model->setParent(view);
    view->setCurrentIndex(model->index(0, 0));
    return view;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString scene = args.value(3, u"prompt"_s);
    const QStringList scenes{u"prompt"_s, u"picked"_s, u"queue"_s, u"note"_s, u"locked"_s, u"rows"_s};
    if (args.size() < 3 || !scenes.contains(scene) || !installTranslation(app, args.at(1))) {
        std::fprintf(stderr, "usage: sandi_approval_screenshot en|id OUTPUT.png [%s]\n", qPrintable(scenes.join(u'|')));
        return 1;
    }
    std::unique_ptr<QWidget> shown;
    if (scene == u"rows"_s) {
        shown.reset(rows());
    } else {
        auto* panel = new sandi::ApprovalPanel([] { return kNow; });
        shown.reset(panel);
        panel->setLocked(scene == u"locked"_s);
        panel->addPrompt(prompt(u"c1"_s, {47, 12, 83}));
        if (scene == u"queue"_s) {
            panel->addPrompt(prompt(u"c2"_s, {20, 30, 40}));
            panel->addPrompt(prompt(u"c3"_s, {51, 52, 53}));
        }
        shown->resize(kWindowSize);
        shown->show();
        if (scene == u"picked"_s || scene == u"queue"_s || scene == u"note"_s) {
            (void)QTest::qWaitFor([panel] { return panel->armed(); }, 3000);
            if (scene != u"queue"_s) {
                panel->numberButtons().at(0)->click();
            }
        }
        if (scene == u"note"_s) {
            panel->endPrompt(u"c1"_s, sandi::PromptEnd::WrongNumber, {});
        }
    }
    shown->resize(kWindowSize);
    shown->show();
    QTest::qWait(200);
    if (!shown->grab().save(args.at(2))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
