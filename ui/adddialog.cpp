#include "ui/adddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

AddDialog::AddDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Add account"));
    setObjectName(u"addDialog"_s);
    buildForm();
    updateTypeFields();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // an LPSE name fits: "LPSE Provinsi Nusa Tenggara Timur"
    m_issuer->setFocus();
}

AddDialog::~AddDialog()
{
    m_secret->clear();
}

void AddDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    m_heading =
        new QLabel(tr("Type the account's details and its secret key (the text shown next to the QR code)."), this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addLayout(buildMainFields());

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setAccessibleName(tr("Error"));
    QPalette errorPalette = m_error->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    errorPalette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setAccessibleName(tr("Advanced settings"));
    layout->addWidget(m_advancedToggle);
    m_advanced = buildAdvanced();
    m_advanced->hide();
    layout->addWidget(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddDialog::reject);
    layout->addStretch();
    layout->addWidget(m_buttons);
}

QFormLayout* AddDialog::buildMainFields()
{
    auto* form = new QFormLayout;
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(u"issuer"_s);
    m_issuer->setPlaceholderText(tr("e.g. LPSE Kabupaten Kudus"));
    m_issuer->setAccessibleName(tr("Issuer"));
    form->addRow(tr("&Issuer (LPSE name):"), m_issuer);
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"account"_s);
    m_account->setPlaceholderText(tr("e.g. ppk1"));
    m_account->setAccessibleName(tr("Account (user ID)"));
    form->addRow(tr("A&ccount (user ID):"), m_account);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Secret key"));
    m_secret->setPlaceholderText(tr("Letters A–Z and digits 2–7"));
    m_showSecret = new QToolButton(this);
    m_showSecret->setObjectName(u"showSecret"_s);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setAccessibleName(tr("Show the secret key"));
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
        m_showSecret->setAccessibleName(shown ? tr("Hide the secret key") : tr("Show the secret key"));
    });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    auto* secretLabel = new QLabel(tr("&Secret key:"), this);
    secretLabel->setBuddy(m_secret); // a layout cannot be a buddy: Alt+S goes to the field
    form->addRow(secretLabel, secretRow);
    return form;
}

QWidget* AddDialog::buildAdvanced()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(box);
    m_type->setObjectName(u"type"_s);
    m_type->addItem(tr("TOTP (time-based, most services and SPSE)"), static_cast<int>(otp::Type::Totp));
    m_type->addItem(tr("HOTP (counter-based)"), static_cast<int>(otp::Type::Hotp));
    m_type->addItem(tr("Steam"), static_cast<int>(otp::Type::Steam));
    m_type->setAccessibleName(tr("Type"));
    form->addRow(tr("&Type:"), m_type);
    m_algorithm = new QComboBox(box);
    m_algorithm->setObjectName(u"algorithm"_s);
    m_algorithm->addItem(u"SHA1"_s, static_cast<int>(otp::Algorithm::Sha1));
    m_algorithm->addItem(u"SHA256"_s, static_cast<int>(otp::Algorithm::Sha256));
    m_algorithm->addItem(u"SHA512"_s, static_cast<int>(otp::Algorithm::Sha512));
    m_algorithm->setAccessibleName(tr("Algorithm"));
    form->addRow(tr("A&lgorithm:"), m_algorithm);
    m_digits = new QSpinBox(box);
    m_digits->setObjectName(u"digits"_s);
    m_digits->setRange(otp::kMinDigits, otp::kMaxDigits);
    m_digits->setValue(otp::kDefaultDigits);
    m_digits->setAccessibleName(tr("Digits"));
    form->addRow(tr("&Digits:"), m_digits);
    m_period = new QSpinBox(box);
    m_period->setObjectName(u"period"_s);
    m_period->setRange(static_cast<int>(otp::kMinPeriod), static_cast<int>(otp::kMaxPeriod));
    m_period->setValue(static_cast<int>(otp::kDefaultPeriod));
    m_period->setSuffix(tr(" s", "seconds"));
    m_period->setAccessibleName(tr("Period in seconds"));
    form->addRow(tr("&Period:"), m_period);
    m_counter = new QLineEdit(u"0"_s, box);
    m_counter->setObjectName(u"counter"_s);
    m_counter->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,19}"_s), m_counter));
    m_counter->setAccessibleName(tr("Counter"));
    form->addRow(tr("C&ounter:"), m_counter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &AddDialog::updateTypeFields);
    return box;
}

void AddDialog::updateTypeFields()
{
    const auto type = static_cast<otp::Type>(m_type->currentData().toInt());
    m_algorithm->setEnabled(type != otp::Type::Steam);
    m_digits->setEnabled(type != otp::Type::Steam);
    m_period->setEnabled(type == otp::Type::Totp);
    m_counter->setEnabled(type == otp::Type::Hotp);
}

void AddDialog::prefill(const ManualEntry& entry)
{
    m_prefilled = entry;
    m_issuer->setText(entry.issuer);
    m_account->setText(entry.account);
    m_secret->setText(entry.secret);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(entry.type)));
    m_algorithm->setCurrentIndex(m_algorithm->findData(static_cast<int>(entry.algorithm)));
    m_digits->setValue(entry.digits);
    m_period->setValue(entry.period);
    m_counter->setText(QString::number(entry.counter));
    for (QLineEdit* field : {m_issuer, m_account, m_secret}) {
        field->setCursorPosition(0); // show the start of a long name, not its end
    }
    setWindowTitle(tr("Add account?"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_heading->setFont(big);
    m_heading->setText(tr("Add account?"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

ManualEntry AddDialog::entry() const
{
    ManualEntry e = m_prefilled;
    e.issuer = m_issuer->text();
    e.account = m_account->text();
    e.secret = m_secret->text();
    e.type = static_cast<otp::Type>(m_type->currentData().toInt());
    e.algorithm = static_cast<otp::Algorithm>(m_algorithm->currentData().toInt());
    e.digits = m_digits->value();
    e.period = m_period->value();
    e.counter = m_counter->text().toULongLong();
    return e;
}

void AddDialog::accept()
{
    auto account = buildAccount(entry());
    if (!account) {
        showError(account.error());
        return;
    }
    m_result = std::move(*account);
    m_secret->clear();
    QDialog::accept();
}

std::optional<uri::OtpauthUri> AddDialog::takeAccount()
{
    auto result = std::move(m_result);
    m_result.reset();
    return result;
}

void AddDialog::showError(const EntryError& error)
{
    m_error->setText(error.message);
    m_error->show();
    QWidget* field = m_issuer;
    switch (error.field) {
    case EntryError::Field::Name:
        field = m_issuer;
        break;
    case EntryError::Field::Secret:
    case EntryError::Field::Link:
        field = m_secret;
        break;
    case EntryError::Field::Digits:
    case EntryError::Field::Period:
    case EntryError::Field::Algorithm:
        m_advancedToggle->setChecked(true);
        field = error.field == EntryError::Field::Digits   ? static_cast<QWidget*>(m_digits)
                : error.field == EntryError::Field::Period ? static_cast<QWidget*>(m_period)
                                                           : static_cast<QWidget*>(m_algorithm);
        break;
    }
    field->setFocus();
}

} // namespace sandi
