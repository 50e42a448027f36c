#include "ui/cameradialog.h"

#include "app/scan/camerasource.h"
#include "app/scan/videosource.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

namespace sandi {

CameraDialog::CameraDialog(QWidget* parent) : CameraDialog(nullptr, parent) {}

CameraDialog::CameraDialog(VideoSource* source, QWidget* parent) : QDialog(parent), m_source(source)
{
    if (!m_source) {
        m_ownSource = std::make_unique<CameraSource>();
        m_source = m_ownSource.get();
    }
    setWindowTitle(tr("Scan with camera"));
    setObjectName(u"cameraDialog"_s);
    build();
    // The preview's own sink feeds the scanner too: one stream of frames, no copy.
    m_scan = std::make_unique<CameraScan>(m_source, m_preview->videoSink());
    connect(m_scan.get(), &CameraScan::stateChanged, this, &CameraDialog::showState);
    connect(m_scan.get(), &CameraScan::codeFound, this, [this](const ScanResult& result) {
        const QPointer<CameraDialog> self(this); // a receiver may delete the dialog
        Q_EMIT codeFound(result);
        if (self) {
            accept();
        }
    });
    if (QAbstractItemModel* inputs = m_source->inputs()) {
        connect(inputs, &QAbstractItemModel::modelReset, this, &CameraDialog::syncPicker);
        connect(inputs, &QAbstractItemModel::rowsInserted, this, &CameraDialog::syncPicker);
        connect(inputs, &QAbstractItemModel::rowsRemoved, this, &CameraDialog::syncPicker);
    }
    syncPicker();
    showState(CameraScan::State::Idle);
}

CameraDialog::~CameraDialog() = default;

void CameraDialog::build()
{
    auto* layout = new QVBoxLayout(this);

    auto* pickerRow = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(u"cameraPicker"_s);
    m_picker->setAccessibleName(tr("Camera"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (QAbstractItemModel* inputs = m_source->inputs()) {
        m_picker->setModel(inputs);
    }
    m_pickerLabel = new QLabel(tr("&Camera:"), this);
    m_pickerLabel->setBuddy(m_picker);
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker, 1);
    layout->addLayout(pickerRow);
    connect(m_picker, &QComboBox::activated, this, &CameraDialog::pickerActivated);

    // A dark box until the first picture, then the preview; nothing at all once the camera failed.
    // The video widget stays hidden until a picture arrives (its sink receives frames all the
    // same), so a camera that fails at start never brings up a video window.
    m_previewStack = new QStackedWidget(this);
    m_previewStack->setMinimumSize(480, 360); // 4:3, the shape of most webcams' picture
    auto* placeholder = new QWidget(m_previewStack);
    placeholder->setAutoFillBackground(true);
    QPalette dark = placeholder->palette();
    dark.setColor(QPalette::Window, Qt::black);
    placeholder->setPalette(dark);
    m_previewStack->addWidget(placeholder);
    m_preview = new QVideoWidget(m_previewStack);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAccessibleName(tr("Camera preview"));
    m_preview->setAccessibleDescription(tr("What the camera sees. Hold the QR code in front of it."));
    // Nothing to type into: Tab goes picker → Cancel. (Qt 6.4's QVideoWidget holds a window
    // container that would otherwise take the focus.)
    m_preview->setFocusPolicy(Qt::NoFocus);
    for (QWidget* child : m_preview->findChildren<QWidget*>()) {
        child->setFocusPolicy(Qt::NoFocus);
    }
    m_previewStack->addWidget(m_preview);
    layout->addWidget(m_previewStack, 1);

    // No accessible name of its own: the text is the name, so screen readers hear each change.
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CameraDialog::reject);
    layout->addWidget(m_buttons);
}

void CameraDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_started && !event->spontaneous()) {
        // The camera goes on once the dialog is on screen, not before: the window appears at once,
        // and a failure at start finds the window active to give its Close button the focus.
        m_started = true;
        QTimer::singleShot(0, this, [this]() { m_scan->start(); });
    }
}

void CameraDialog::done(int result)
{
    m_scan->stop();
    QDialog::done(result);
}

void CameraDialog::syncPicker()
{
    QAbstractItemModel* inputs = m_source->inputs();
    const bool choice = inputs && inputs->rowCount() > 1;
    m_picker->setVisible(choice);
    m_pickerLabel->setVisible(choice);
    if (choice) {
        m_picker->setCurrentIndex(m_source->currentInput());
    }
}

void CameraDialog::pickerActivated(int row)
{
    if (row == m_source->currentInput() && m_scan->state() != CameraScan::State::Failed) {
        return;
    }
    m_source->selectInput(row);
    m_scan->start();
}

void CameraDialog::showState(CameraScan::State state)
{
    const bool failed = state == CameraScan::State::Failed;
    m_status->setText(m_scan ? m_scan->statusText() : QString());
    m_previewStack->setVisible(!failed);
    m_previewStack->setCurrentWidget(state == CameraScan::State::Scanning ? static_cast<QWidget*>(m_preview)
                                                                          : m_previewStack->widget(0));
    QPushButton* button = m_buttons->button(QDialogButtonBox::Cancel);
    button->setText(failed ? tr("Close") : tr("Cancel"));
    if (failed) {
        button->setFocus(); // Enter or Space closes; the picker stays reachable with Tab
        adjustSize();
    }
}

} // namespace sandi
