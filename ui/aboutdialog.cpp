#include "ui/aboutdialog.h"

#include "app/aboutinfo.h"
#include "ui/appicon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sandi {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Sandi"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto* title = new QLabel(this);
    title->setObjectName(u"aboutTitle"_s);
    title->setTextFormat(Qt::PlainText);
    title->setText(tr("Sandi %1").arg(QCoreApplication::applicationVersion()));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    auto* description =
        new QLabel(tr("One-time login codes (TOTP) for SPSE, Indonesia's e-procurement system, and for any other "
                      "service that uses them."),
                   this);
    description->setWordWrap(true);
    text->addWidget(description);
    auto* license = new QLabel(tr("Sandi is free software: you may share and change it under the GNU General Public "
                                  "License, version 3 or (at your choice) any later version. It comes with no "
                                  "warranty."),
                               this);
    license->setObjectName(u"aboutLicense"_s);
    license->setWordWrap(true);
    text->addWidget(license);
    header->addLayout(text, 1);
    layout->addLayout(header);

    auto* librariesTitle = new QLabel(tr("Sandi runs with these libraries:"), this);
    layout->addWidget(librariesTitle);
    auto* libraries = new QFormLayout;
    libraries->setObjectName(u"aboutLibraries"_s);
    for (const LibraryInfo& library : usedLibraries()) {
        auto* version = new QLabel(library.version, this);
        version->setTextInteractionFlags(Qt::TextSelectableByMouse);
        libraries->addRow(library.name + u':', version);
    }
    layout->addLayout(libraries);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    layout->addWidget(buttons);
}

} // namespace sandi
