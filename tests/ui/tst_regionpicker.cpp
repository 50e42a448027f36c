// RegionPicker on the offscreen platform: a mouse drag over the frozen screenshot gives the
// rectangle in virtual desktop device pixels (also when the screen is shown at 200 %), Esc and the
// right button cancel, Enter scans the whole screen, the rest of the screen is dimmed, and a group
// of pickers closes together.

#include "ui/regionpicker.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sandi::RegionPicker;
using sandi::RegionPickerGroup;
using sandi::ScreenGrab;

namespace {

const QColor kScreenColor(200, 220, 240);

// An 800 × 600 device-pixel screen at (1280, 0) of the virtual desktop.
ScreenGrab grab(const QString& name = u"right"_s, QRect geometry = QRect(1280, 0, 800, 600))
{
    QImage image(geometry.size(), QImage::Format_RGB32);
    image.fill(kScreenColor);
    return {name, geometry, image, 2};
}

} // namespace

class TestRegionPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dragPicksDevicePixels()
    {
        RegionPicker picker(grab());
        picker.resize(400, 300); // the screen at 200 %: 400 × 300 logical pixels
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy picked(&picker, &RegionPicker::regionPicked);

        QTest::mousePress(&picker, Qt::LeftButton, {}, QPoint(50, 40));
        QTest::mouseMove(&picker, QPoint(150, 90));
        QCOMPARE(picker.selection(), QRect(1280 + 100, 80, 200, 100));
        QVERIFY(picked.isEmpty());

        // Dimmed outside the selection, as it was inside.
        const QImage shown = picker.grab().toImage();
        const QPoint inside(100, 60);
        const QPoint outside(300, 250);
        QCOMPARE(QColor(shown.pixel(inside * shown.devicePixelRatio())), kScreenColor);
        QVERIFY(QColor(shown.pixel(outside * shown.devicePixelRatio())).lightness() < kScreenColor.lightness() / 2);

        QTest::mouseRelease(&picker, Qt::LeftButton, {}, QPoint(150, 90));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0][0].toRect(), QRect(1280 + 100, 80, 200, 100));
    }

    void dragInAnyDirection_data()
    {
        QTest::addColumn<QPoint>("from");
        QTest::addColumn<QPoint>("to");
        QTest::addColumn<QRect>("region");
        QTest::newRow("up and left") << QPoint(390, 290) << QPoint(300, 200) << QRect(1280 + 600, 400, 180, 180);
        QTest::newRow("beyond the edge") << QPoint(300, 200) << QPoint(450, 350) << QRect(1280 + 600, 400, 200, 200);
    }

    void dragInAnyDirection()
    {
        QFETCH(QPoint, from);
        QFETCH(QPoint, to);
        QFETCH(QRect, region);
        RegionPicker picker(grab());
        picker.resize(400, 300);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy picked(&picker, &RegionPicker::regionPicked);
        QTest::mousePress(&picker, Qt::LeftButton, {}, from);
        QTest::mouseMove(&picker, to);
        QTest::mouseRelease(&picker, Qt::LeftButton, {}, to);
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0][0].toRect(), region);
    }

    void clickIsNoPick()
    {
        RegionPicker picker(grab());
        picker.resize(400, 300);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy picked(&picker, &RegionPicker::regionPicked);
        QTest::mouseClick(&picker, Qt::LeftButton, {}, QPoint(100, 100));
        QVERIFY(picked.isEmpty());
        QVERIFY(picker.selection().isEmpty());
    }

    void keyboard()
    {
        RegionPicker picker(grab());
        picker.resize(400, 300);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QVERIFY(!picker.accessibleName().isEmpty());
        QVERIFY(picker.accessibleDescription().contains(u"Esc"_s));
        QCOMPARE(picker.focusPolicy(), Qt::StrongFocus);
        QSignalSpy picked(&picker, &RegionPicker::regionPicked);
        QSignalSpy cancelled(&picker, &RegionPicker::cancelled);

        QTest::keyClick(&picker, Qt::Key_Return); // nothing selected: the whole screen
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0][0].toRect(), QRect(1280, 0, 800, 600));

        QTest::mousePress(&picker, Qt::LeftButton, {}, QPoint(10, 10));
        QTest::mouseMove(&picker, QPoint(30, 40));
        QTest::keyClick(&picker, Qt::Key_Enter); // the selection so far
        QCOMPARE(picked.size(), 2);
        QCOMPARE(picked[1][0].toRect(), QRect(1280 + 20, 20, 40, 60));

        QTest::keyClick(&picker, Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
        QTest::mouseClick(&picker, Qt::RightButton, {}, QPoint(5, 5));
        QCOMPARE(cancelled.size(), 2);
    }

    void letterboxedPortalPicture()
    {
        // A portal screenshot of two monitors (3200 × 1080) shown on one 1600 × 900 window:
        // drawn at half size, centred vertically (180 px bands above and below).
        ScreenGrab wide{QString(), QRect(0, 0, 3200, 1080), QImage(3200, 1080, QImage::Format_RGB32), 1};
        wide.image.fill(kScreenColor);
        RegionPicker picker(wide);
        picker.resize(1600, 900);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy picked(&picker, &RegionPicker::regionPicked);
        QTest::mousePress(&picker, Qt::LeftButton, {}, QPoint(1000, 300));
        QTest::mouseMove(&picker, QPoint(1100, 400));
        QTest::mouseRelease(&picker, Qt::LeftButton, {}, QPoint(1100, 400));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0][0].toRect(), QRect(2000, 240, 200, 200));
    }

    void groupClosesTogether()
    {
        RegionPickerGroup group({grab(u"left"_s, QRect(0, 0, 640, 480)), grab(u"right"_s, QRect(640, 0, 800, 600))});
        QSignalSpy picked(&group, &RegionPickerGroup::regionPicked);
        QSignalSpy cancelled(&group, &RegionPickerGroup::cancelled);
        group.show();
        const auto pickers = group.pickers();
        QCOMPARE(pickers.size(), 2);
        QVERIFY(pickers[0]->isVisible());
        QVERIFY(pickers[1]->isVisible());
        QVERIFY(pickers[0]->isFullScreen());

        QTest::keyClick(pickers[1], Qt::Key_Escape);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(picked.isEmpty());
        QVERIFY(!pickers[0]->isVisible());
        QVERIFY(!pickers[1]->isVisible());
    }
};

QTEST_MAIN(TestRegionPicker)
#include "tst_regionpicker.moc"
