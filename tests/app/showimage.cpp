// sandi-test-showimage: shows an image at 1:1 device pixels in a frameless window of its own
// process, as a browser shows the SPSE activation QR, for the screen scan tests under Xvfb.
//
//   sandi-test-showimage IMAGE [--screen N] [--at X,Y]
//
// Prints "ready" once the window's pixels are on the screen (read back from the screen itself),
// then runs until it is terminated.

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QRasterWindow>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

class ImageWindow : public QRasterWindow
{
public:
    explicit ImageWindow(QImage image) : m_image(std::move(image)) {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.drawImage(QRect(QPoint(0, 0), size()), m_image);
    }

private:
    QImage m_image;
};

// True once the screen shows the image's top-left and bottom-right pixels where the window is:
// reading the screen is a round trip to the display server, after our own drawing requests.
bool onScreen(const ImageWindow& window, const QImage& image)
{
    const QImage shown = window.screen()->grabWindow(0).toImage();
    const QPoint origin = window.geometry().topLeft() - window.screen()->geometry().topLeft();
    const QPoint last(image.width() - 1, image.height() - 1);
    return shown.valid(origin + last) && shown.pixel(origin) == image.pixel(0, 0) &&
           shown.pixel(origin + last) == image.pixel(last);
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption screenOption(u"screen"_s, u"Screen index."_s, u"n"_s, u"0"_s);
    const QCommandLineOption atOption(u"at"_s, u"Position on the screen, in pixels."_s, u"x,y"_s, u"0,0"_s);
    parser.addOptions({screenOption, atOption});
    parser.addPositionalArgument(u"image"_s, u"The image to show."_s);
    parser.process(app);
    const QImage image = QImage(parser.positionalArguments().value(0)).convertToFormat(QImage::Format_RGB32);
    const auto screens = QGuiApplication::screens();
    const int index = parser.value(screenOption).toInt();
    const QStringList at = parser.value(atOption).split(u',');
    if (image.isNull() || index < 0 || index >= screens.size() || at.size() != 2) {
        std::fprintf(stderr, "sandi-test-showimage: bad image, screen or position\n");
        return 2;
    }

    ImageWindow window(image);
    window.setFlags(Qt::Window | Qt::FramelessWindowHint);
    window.setScreen(screens[index]);
    const QPoint position = screens[index]->geometry().topLeft() + QPoint(at[0].toInt(), at[1].toInt());
    window.setGeometry(QRect(position, image.size()));
    window.show();

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &window, [&] {
        if (window.isExposed() && onScreen(window, image)) {
            poll.stop();
            std::printf("ready\n");
            std::fflush(stdout);
        }
    });
    poll.start(20);
    return app.exec();
}
