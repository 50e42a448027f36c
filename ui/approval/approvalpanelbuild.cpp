// ApprovalPanel: its widgets and their look (the behaviour is in approvalpanel.cpp).

#include "ui/approval/approvalpanel.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandi {

namespace {

QFont scaledFont(QFont font, qreal factor, QFont::Weight weight)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the acceptor's text, shown as it is
    label->setWordWrap(true);
    label->setFont(scaledFont(label->font(), 1.0, QFont::DemiBold));
    return label;
}

// Number buttons: equal weight (protocol §8), large, and clearly marked once picked.
const auto kNumberStyle = uR"(
QPushButton {
    border: 2px solid palette(mid); border-radius: 10px;
    background: palette(base); color: palette(text); padding: 0.3em 0.6em;
}
QPushButton:hover { border-color: palette(highlight); }
QPushButton:focus { border: 2px dashed palette(highlight); }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); border: 2px solid palette(highlight); }
QPushButton:checked:focus { border: 2px dashed palette(highlighted-text); }
QPushButton:disabled { color: palette(mid); border-color: palette(midlight); }
)"_s;

// Ya in the accent colour, Tidak plain: the one action that lets someone in stands out.
const auto kApproveStyle = uR"(
QPushButton {
    border: 1px solid palette(highlight); border-radius: 8px;
    background: palette(highlight); color: palette(highlighted-text); padding: 0.3em 1.2em;
}
QPushButton:focus { border: 2px dashed palette(highlighted-text); }
QPushButton:disabled { background: palette(midlight); color: palette(mid); border-color: palette(midlight); }
)"_s;
const auto kDenyStyle = uR"(
QPushButton {
    border: 1px solid palette(mid); border-radius: 8px;
    background: palette(button); color: palette(button-text); padding: 0.3em 1.2em;
}
QPushButton:hover { border-color: palette(highlight); }
QPushButton:focus { border: 2px dashed palette(highlight); }
QPushButton:disabled { color: palette(mid); border-color: palette(midlight); }
)"_s;

} // namespace

ApprovalPanel::ApprovalPanel(std::function<qint64()> nowMs, QWidget* parent) : QFrame(parent), m_nowMs(std::move(nowMs))
{
    setObjectName(u"approvalPanel"_s);
    setAccessibleName(tr("Login approval request"));
    setFocusPolicy(Qt::StrongFocus); // the prompt takes the focus, not one of its buttons

    const int unit = fontMetrics().height();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(unit, unit, unit, unit);
    outer->addStretch(1);
    auto* card = new QFrame(this);
    card->setObjectName(u"approvalCard"_s);
    card->installEventFilter(this); // its paints tell when a request is on the screen
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    card->setMaximumWidth(unit * 32);
    auto* centred = new QHBoxLayout; // up to 32 lines of text wide, centred in a wider window
    centred->addStretch(1);
    centred->addWidget(card, 20);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(unit * 3 / 2, unit, unit * 3 / 2, unit);
    layout->setSpacing(unit * 2 / 3);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(card);
    m_title->setObjectName(u"approvalTitle"_s);
    m_title->setFont(scaledFont(font(), 1.45, QFont::Bold));
    m_position = new QLabel(card);
    m_position->setObjectName(u"approvalPosition"_s);
    header->addWidget(m_title, 1);
    header->addWidget(m_position, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(header);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(unit);
    form->setVerticalSpacing(unit / 4);
    m_site = valueLabel(card, u"approvalSite"_s);
    m_account = valueLabel(card, u"approvalAccount"_s);
    m_browser = valueLabel(card, u"approvalBrowser"_s);
    m_ip = valueLabel(card, u"approvalIp"_s);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Browser:"), m_browser);
    form->addRow(tr("IP address:"), m_ip);
    layout->addLayout(form);

    m_timeLeft = new QLabel(card);
    m_timeLeft->setObjectName(u"approvalTimeLeft"_s);
    m_timeBar = new QProgressBar(card);
    m_timeBar->setTextVisible(false);
    m_timeBar->setMaximumHeight(std::max(4, unit / 4));
    m_timeBar->setAccessibleName(tr("Time left"));
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_timeBar);

    // Two pages, one shown at a time (not a QStackedWidget, which would not pass on the height that
    // the wrapped texts need at the card's width).
    m_askingPage = new QWidget(card);
    buildAsking(m_askingPage);
    layout->addWidget(m_askingPage);
    m_notePage = new QWidget(card);
    buildNote(m_notePage);
    m_notePage->hide();
    layout->addWidget(m_notePage);

    m_armTimer.setSingleShot(true);
    connect(&m_armTimer, &QTimer::timeout, this, &ApprovalPanel::arm);
    m_countdown.setSingleShot(true);
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, &ApprovalPanel::updateCountdown);
    m_noteTimer.setSingleShot(true);
    connect(&m_noteTimer, &QTimer::timeout, this, &ApprovalPanel::next);
}

ApprovalPanel::~ApprovalPanel() = default;

void ApprovalPanel::buildAsking(QWidget* page)
{
    const int unit = fontMetrics().height();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, unit / 2, 0, 0);
    layout->setSpacing(unit * 2 / 3);
    m_pickHint = new QLabel(page);
    m_pickHint->setObjectName(u"approvalPickHint"_s);
    m_pickHint->setWordWrap(true);
    m_pickHint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_pickHint);

    auto* numbers = new QHBoxLayout;
    numbers->setSpacing(unit);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int i = 0; i < 3; ++i) {
        auto* button = new QPushButton(page);
        button->setObjectName(u"approvalNumber%1"_s.arg(i + 1));
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setDefault(false);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setFont(scaledFont(font(), 2.3, QFont::DemiBold));
        button->setMinimumSize(unit * 4, unit * 3);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setStyleSheet(kNumberStyle);
        m_group->addButton(button, i);
        m_numbers.append(button);
        numbers->addWidget(button);
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool) { updateButtons(); });
    layout->addLayout(numbers);

    m_answerRow = new QWidget(page);
    auto* answers = new QHBoxLayout(m_answerRow);
    answers->setContentsMargins(0, unit / 2, 0, 0);
    //: The answer that refuses a login (SPSE Authenticator: Tidak)
    m_deny = new QPushButton(tr("&No"), m_answerRow);
    m_deny->setObjectName(u"approvalDeny"_s);
    m_deny->setAccessibleName(tr("No, refuse this login"));
    //: The answer that allows a login (SPSE Authenticator: Ya)
    m_approve = new QPushButton(tr("&Yes"), m_answerRow);
    m_approve->setObjectName(u"approvalApprove"_s);
    m_approve->setAccessibleName(tr("Yes, allow this login with the number picked"));
    for (QPushButton* button : {m_deny, m_approve}) {
        button->setAutoDefault(false); // Enter never answers: see the header
        button->setDefault(false);
        button->setFont(scaledFont(font(), 1.15, QFont::DemiBold));
        button->setMinimumSize(unit * 7, unit * 5 / 2);
    }
    m_approve->setStyleSheet(kApproveStyle);
    m_deny->setStyleSheet(kDenyStyle);
    answers->addWidget(m_deny);
    answers->addStretch(1);
    answers->addWidget(m_approve);
    layout->addWidget(m_answerRow);
    connect(m_deny, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_approve, &QPushButton::clicked, this, [this] { answer(true); });

    m_lockRow = new QWidget(page);
    auto* lock = new QHBoxLayout(m_lockRow);
    lock->setContentsMargins(0, 0, 0, 0);
    auto* lockText = new QLabel(tr("Sandi is locked. Unlock it to answer this login request."), m_lockRow);
    lockText->setWordWrap(true);
    auto* unlock = new QPushButton(tr("&Unlock…"), m_lockRow);
    unlock->setObjectName(u"approvalUnlock"_s);
    unlock->setAutoDefault(false);
    lock->addWidget(lockText, 1);
    lock->addWidget(unlock);
    connect(unlock, &QPushButton::clicked, this, &ApprovalPanel::unlockRequested);
    m_lockRow->hide();
    layout->addWidget(m_lockRow);

    m_footnote = new QLabel(tr("Not logging in right now? Press No: someone else may know your password."), page);
    m_footnote->setObjectName(u"approvalFootnote"_s);
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_footnote);
}

void ApprovalPanel::buildNote(QWidget* page)
{
    const int unit = fontMetrics().height();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, unit, 0, 0);
    auto* row = new QHBoxLayout;
    m_noteIcon = new QLabel(page);
    m_noteTitle = new QLabel(page);
    m_noteTitle->setObjectName(u"approvalNoteTitle"_s);
    m_noteTitle->setWordWrap(true);
    m_noteTitle->setFont(scaledFont(font(), 1.25, QFont::Bold));
    row->addWidget(m_noteIcon, 0, Qt::AlignTop);
    row->addWidget(m_noteTitle, 1);
    layout->addLayout(row);
    m_noteDetail = new QLabel(page);
    m_noteDetail->setObjectName(u"approvalNoteDetail"_s);
    m_noteDetail->setWordWrap(true);
    layout->addWidget(m_noteDetail);
    m_noteClose = new QPushButton(page);
    m_noteClose->setObjectName(u"approvalNoteClose"_s);
    m_noteClose->setAutoDefault(false);
    layout->addWidget(m_noteClose, 0, Qt::AlignRight);
    connect(m_noteClose, &QPushButton::clicked, this, &ApprovalPanel::next);
}

} // namespace sandi
