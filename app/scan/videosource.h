#pragma once
// Something that plays pictures into a QVideoSink: a camera (CameraSource), or in tests a video
// file. The camera dialog and CameraScan only see this interface, so the whole camera path runs
// headless on a clip.

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QVideoSink;

namespace sandi {

class VideoSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Where the pictures go: the preview's sink, which the frame scanner reads as well. Set it
    // before start(); the sink outlives the source or is replaced first.
    virtual void setVideoSink(QVideoSink* sink) = 0;
    // Starts delivering pictures. Failures arrive as failed(), possibly before this returns.
    virtual void start() = 0;
    // Stops delivering pictures and releases the device. Harmless when already stopped.
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;

    // The inputs the user can choose between, with their names as Qt::DisplayRole (for cameras a
    // CameraListModel); nullptr when there is nothing to choose.
    [[nodiscard]] virtual QAbstractItemModel* inputs() { return nullptr; }
    // The row of inputs() in use, or -1.
    [[nodiscard]] virtual int currentInput() const { return -1; }
    // Chooses row `row` of inputs() for the next start().
    virtual void selectInput(int row) { Q_UNUSED(row) }

    // What to tell the user when the source is active but no picture arrives, in their language.
    [[nodiscard]] virtual QString noPictureText() const = 0;

Q_SIGNALS:
    void activeChanged(bool active);
    // The source stopped or could not start; `message` is translated and says what to do.
    void failed(const QString& message);
};

} // namespace sandi
