#pragma once
// Scanning a QR code with the webcam: a live preview, a camera picker (only with two cameras or
// more), a status line and Cancel. When a code is found the dialog emits it and closes (accepted);
// the camera stops whenever the dialog closes or goes away. Without a camera, or when it fails,
// the dialog shows why instead of the preview and offers only Close. The scanning itself is
// CameraScan's (app/); this is only its face.

#include "app/scan/camerascan.h"
#include "app/scan/scanresult.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QStackedWidget;
class QVideoWidget;

namespace sandi {

class VideoSource;

class CameraDialog : public QDialog
{
    Q_OBJECT
public:
    // Scans with the webcam (a CameraSource of its own).
    explicit CameraDialog(QWidget* parent = nullptr);
    // Scans what `source` shows, e.g. a video file in tests; `source` outlives the dialog.
    explicit CameraDialog(VideoSource* source, QWidget* parent = nullptr);
    // Stops the camera.
    ~CameraDialog() override;

    // After accepted(): what was found. (Not result(): that is QDialog's Accepted/Rejected.)
    [[nodiscard]] const ScanResult& scanResult() const { return m_scan->result(); }
    [[nodiscard]] CameraScan* scan() const { return m_scan.get(); }

    // Stops the camera, then closes.
    void done(int result) override;

Q_SIGNALS:
    // A code was found; the dialog accepts right after.
    void codeFound(const sandi::ScanResult& result);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void syncPicker();
    void pickerActivated(int row);
    void showState(CameraScan::State state);

    std::unique_ptr<VideoSource> m_ownSource; // the webcam, unless a source was given
    VideoSource* m_source = nullptr;
    QStackedWidget* m_previewStack = nullptr;
    QVideoWidget* m_preview = nullptr;
    QLabel* m_pickerLabel = nullptr;
    QComboBox* m_picker = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::unique_ptr<CameraScan> m_scan; // after the sources: destroyed (and stops them) first
    bool m_started = false;
};

} // namespace sandi
